import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { Config } from '@backstage/config';
import {
  AwsCredentialsManager,
  DefaultAwsCredentialsManager,
} from '@backstage/integration-aws-node';
import { AwsApiCallCounter } from './AwsApiCallCounter';

/**
 * The portal's one way to AWS: SDK clients per account and region, and the counter of every call
 * they make.
 *
 * @public
 */
export interface AwsAccessService {
  forAccount(accountId: string, region: string): Promise<AwsClients>;
  readonly counter: AwsApiCallCounter;
}

/** The SDK clients the portal uses, one of each per account and region. @public */
export interface AwsClients {
  ec2: EC2Client;
  cloudWatch: CloudWatchClient;
  elbv2: ElasticLoadBalancingV2Client;
}

/**
 * The one place that builds AWS SDK clients for the portal.
 *
 * - Credentials come from `@backstage/integration-aws-node` (`aws.accounts` with AssumeRole and
 *   external id, `aws.mainAccount`, or the SDK's default chain).
 * - Endpoints are the SDK's own: `AWS_ENDPOINT_URL` and `AWS_ENDPOINT_URL_<SERVICE>` keep working,
 *   nothing is hard-coded.
 * - Retries use the SDK's adaptive mode, which rate-limits on throttling per client; that is why
 *   there is exactly one client per account and region, cached for the life of the process.
 * - Every call is counted per account, region and API in {@link AwsApiCallCounter}.
 *
 * @public
 */
export class AwsClientFactory implements AwsAccessService {
  private readonly clients = new Map<string, AwsClients>();

  static fromConfig(
    config: Config,
    options?: { counter?: AwsApiCallCounter },
  ): AwsClientFactory {
    return new AwsClientFactory(
      DefaultAwsCredentialsManager.fromConfig(config),
      options?.counter ?? new AwsApiCallCounter(),
    );
  }

  constructor(
    private readonly credentials: AwsCredentialsManager,
    readonly counter: AwsApiCallCounter,
    private readonly maxAttempts = 5,
  ) {}

  async forAccount(accountId: string, region: string): Promise<AwsClients> {
    const key = `${accountId}/${region}`;
    const cached = this.clients.get(key);
    if (cached) return cached;
    const { sdkCredentialProvider } =
      await this.credentials.getCredentialProvider({ accountId });
    const options = {
      region,
      credentials: sdkCredentialProvider,
      retryMode: 'adaptive',
      maxAttempts: this.maxAttempts,
      customUserAgent: 'backstage-privatelink',
    };
    const clients: AwsClients = {
      ec2: new EC2Client(options),
      cloudWatch: new CloudWatchClient(options),
      elbv2: new ElasticLoadBalancingV2Client(options),
    };
    for (const client of Object.values(clients)) {
      this.counter.instrument(client, accountId, region);
    }
    this.clients.set(key, clients);
    return clients;
  }
}
