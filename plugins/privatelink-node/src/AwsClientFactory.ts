import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { Config } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import {
  AwsCredentialsManager,
  DefaultAwsCredentialsManager,
} from '@backstage/integration-aws-node';
import { AwsApiCallCounter } from './AwsApiCallCounter';
import { readWriteRoles } from './config';

/**
 * The portal's one way to AWS: SDK clients per account and region, and the counter of every call
 * they make.
 *
 * @public
 */
export interface AwsAccessService {
  /** Read-only clients: the inventory's credentials for the account. */
  forAccount(accountId: string, region: string): Promise<AwsClients>;
  /**
   * An EC2 client acting as the account's write role (`privatelink.accounts[].writeRoleArn`),
   * for the request actions alone; a `NotAllowedError` naming the key when the account has none.
   */
  forAccountWrite(accountId: string, region: string): Promise<AwsWriteClients>;
  readonly counter: AwsApiCallCounter;
}

/** What the request actions change AWS with, and the role they act as. @public */
export interface AwsWriteClients {
  ec2: EC2Client;
  roleArn: string;
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
      5,
      readWriteRoles(config),
    );
  }

  private readonly writeClients = new Map<string, AwsWriteClients>();

  constructor(
    private readonly credentials: AwsCredentialsManager,
    readonly counter: AwsApiCallCounter,
    private readonly maxAttempts = 5,
    private readonly writeRoles: Map<string, string> = new Map(),
    /**
     * Milliseconds to open a connection, and for AWS to answer one attempt of a call (a
     * GetMetricData page of 500 metrics takes a few seconds).
     */
    private readonly timeouts = { connectionMs: 5_000, requestMs: 30_000 },
  ) {}

  /**
   * Every client's options: adaptive retries, the portal's user agent, and time limits, so that a
   * call AWS never answers fails (and is retried) instead of holding a refresh until its task's
   * lock expires.
   */
  private clientOptions<C>(region: string, credentials: C) {
    return {
      region,
      credentials,
      retryMode: 'adaptive',
      maxAttempts: this.maxAttempts,
      customUserAgent: 'backstage-privatelink',
      requestHandler: {
        connectionTimeout: this.timeouts.connectionMs,
        requestTimeout: this.timeouts.requestMs,
        // Without it the handler only warns when an answer is late, and the call waits on.
        throwOnRequestTimeout: true,
      },
    };
  }

  async forAccountWrite(
    accountId: string,
    region: string,
  ): Promise<AwsWriteClients> {
    const roleArn = this.writeRoles.get(accountId);
    if (!roleArn) {
      throw new NotAllowedError(
        `account ${accountId} has no write role: set privatelink.accounts[].writeRoleArn for it to a role that may call ec2:CreateVpcEndpoint (the inventory's role stays read-only)`,
      );
    }
    const key = `${accountId}/${region}`;
    const cached = this.writeClients.get(key);
    if (cached) return cached;
    // The portal's own identity (aws.mainAccount or the SDK's default chain) assumes the role.
    const { sdkCredentialProvider: masterCredentials } =
      await this.credentials.getCredentialProvider();
    const ec2 = new EC2Client(
      this.clientOptions(
        region,
        fromTemporaryCredentials({
          params: {
            RoleArn: roleArn,
            RoleSessionName: 'backstage-privatelink-request',
          },
          masterCredentials,
          clientConfig: { region },
        }),
      ),
    );
    this.counter.instrument(ec2, accountId, region);
    const clients = { ec2, roleArn };
    this.writeClients.set(key, clients);
    return clients;
  }

  async forAccount(accountId: string, region: string): Promise<AwsClients> {
    const key = `${accountId}/${region}`;
    const cached = this.clients.get(key);
    if (cached) return cached;
    const { sdkCredentialProvider } =
      await this.credentials.getCredentialProvider({ accountId });
    const options = this.clientOptions(region, sdkCredentialProvider);
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
