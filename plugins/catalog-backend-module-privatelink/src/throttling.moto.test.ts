/*
 * A throttling storm against moto_server: half of the first EC2 calls answer
 * RequestLimitExceeded, as EC2 does under load. The region's read completes with exactly what a
 * calm read gets, each call is retried by the SDK within its configured attempts and no further,
 * and the portal counts each call once.
 */
import { ConfigReader } from '@backstage/config';
import { AwsClientFactory } from '@privatelink-portal/plugin-privatelink-node';
import {
  FaultProxy,
  MotoServer,
  seedPrivateLinkTopology,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { AwsInventoryReader } from './lib/AwsInventoryReader';

jest.setTimeout(120_000);

const CONSUMER = '111111111111';
const SECOND = '222222222222';
const REGION = 'us-east-1';
/** The SDK's attempts per call, as the portal configures its clients. */
const MAX_ATTEMPTS = 5;

describe('an EC2 throttling storm', () => {
  let moto: MotoServer;
  let proxy: FaultProxy;
  const savedEnv = { ...process.env };
  const config = new ConfigReader({
    aws: {
      accounts: [{ accountId: CONSUMER, roleName: 'privatelink-reader' }],
    },
  });

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    await seedPrivateLinkTopology(moto, CONSUMER, SECOND);
    // Every other EC2 call of the first 40 is refused, then EC2 calms down.
    proxy = await FaultProxy.start(
      moto.url,
      (n, call) => call.service === 'ec2' && n < 40 && n % 2 === 0,
    );
  });

  afterAll(async () => {
    await proxy?.stop();
    await moto?.stop();
    process.env = savedEnv;
  });

  it('reads the region completely, retrying each call within the configured attempts', async () => {
    const calm = await new AwsInventoryReader(
      AwsClientFactory.fromConfig(config),
    ).readRegion(CONSUMER, REGION);

    process.env.AWS_ENDPOINT_URL = proxy.url;
    const clients = AwsClientFactory.fromConfig(config);
    const stormy = await new AwsInventoryReader(clients).readRegion(
      CONSUMER,
      REGION,
    );

    expect(stormy).toEqual(calm);
    expect(stormy.vpcEndpoints.length).toBeGreaterThan(0);
    const invocations = [...proxy.invocations().values()];
    expect(proxy.calls.filter(c => c.throttled).length).toBeGreaterThan(3);
    for (const attempts of invocations) {
      // Attempts 1, 2, ... of one call, never more than configured, the last one answered.
      expect(attempts.map(a => a.attempt)).toEqual(
        attempts.map((_, i) => i + 1),
      );
      expect(attempts.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
      expect(attempts.at(-1)).toMatchObject({ throttled: false, status: 200 });
    }
    // The portal counts calls, not attempts.
    expect(clients.counter.total({ service: 'EC2' })).toBe(invocations.length);
  });
});
