/*
 * A CloudWatch throttling storm against moto_server: every other CloudWatch call of the first
 * few answers Throttling. The collection completes with exactly the rows a calm collection
 * stores, each call retried by the SDK within its configured attempts, and the CloudWatch cost
 * the operators see counts the metrics requested once.
 */
import {
  PutMetricDataCommand,
  CloudWatchClient,
} from '@aws-sdk/client-cloudwatch';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AwsClientFactory } from '@privatelink-portal/plugin-privatelink-node';
import {
  FaultProxy,
  MotoServer,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { PrivateLinkEntities } from '../entities';
import { endpointEntity } from '../testEntities';
import { DatabaseUsageStore } from './DatabaseUsageStore';
import { addDays, lastCompleteDay } from '../calendar';
import { CloudWatchMetricSource } from './MetricSource';
import { UsageCollector } from './UsageCollector';

jest.setTimeout(120_000);

const ACCOUNT = '111111111111';
const MAX_ATTEMPTS = 5;
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('a CloudWatch throttling storm', () => {
  let moto: MotoServer;
  let proxy: FaultProxy;
  const savedEnv = { ...process.env };
  const config = new ConfigReader({
    aws: { accounts: [{ accountId: ACCOUNT, roleName: 'privatelink-reader' }] },
  });
  const now = new Date();
  const lastDay = lastCompleteDay(now);

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    const cloudWatch = new CloudWatchClient(
      await moto.clientConfig(ACCOUNT, 'us-east-1'),
    );
    const dimensions = [
      { Name: 'Endpoint Type', Value: 'Interface' },
      { Name: 'Service Name', Value: 'com.amazonaws.us-east-1.kms' },
      { Name: 'VPC Endpoint Id', Value: 'vpce-busy' },
      { Name: 'VPC Id', Value: 'vpc-0abc' },
    ];
    await cloudWatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/PrivateLinkEndpoints',
        MetricData: [0, 1, 2].map(daysAgo => ({
          MetricName: 'BytesProcessed',
          Dimensions: dimensions,
          Timestamp: new Date(`${addDays(lastDay, -daysAgo)}T12:00:00Z`),
          Value: (daysAgo + 1) * 2 ** 30,
        })),
      }),
    );
    proxy = await FaultProxy.start(
      moto.url,
      (n, call) => call.service === 'cloudwatch' && n < 8 && n % 2 === 0,
    );
  });

  afterAll(async () => {
    await proxy?.stop();
    await moto?.stop();
    process.env = savedEnv;
  });

  async function collect() {
    const knex = await databases.init('SQLITE_3');
    await migrate(knex);
    const store = new DatabaseUsageStore(knex);
    const clients = AwsClientFactory.fromConfig(config);
    const collector = new UsageCollector({
      entities: new PrivateLinkEntities({
        catalog: catalogServiceMock({
          entities: [endpointEntity('vpce-busy'), endpointEntity('vpce-quiet')],
        }),
        permissions: mockServices.permissions(),
        logger: mockServices.logger.mock(),
      }),
      auth: mockServices.auth(),
      store,
      source: new CloudWatchMetricSource(clients),
      settings: {
        backfillDays: 10,
        retentionDays: 400,
        perZone: true,
        concurrency: 4,
      },
      logger: mockServices.logger.mock(),
    });
    const report = await collector.collect(now);
    const from = addDays(lastDay, -9);
    const rows = {
      busy: await store.listDailyUsage(
        'resource:default/vpce-busy',
        from,
        lastDay,
      ),
      quiet: await store.listDailyUsage(
        'resource:default/vpce-quiet',
        from,
        lastDay,
      ),
    };
    return { report, rows, clients };
  }

  it('stores every day a calm collection stores, retrying each call within the configured attempts', async () => {
    const calm = await collect();
    process.env.AWS_ENDPOINT_URL = proxy.url;
    const stormy = await collect();

    expect(stormy.report.cells.map(c => c.error)).toEqual([undefined]);
    expect(stormy.rows).toEqual(calm.rows);
    expect(stormy.rows.busy.map(d => d.bytesProcessed).slice(-3)).toEqual(
      [3, 2, 1].map(n => n * 2 ** 30),
    );
    expect(stormy.report.cells[0].metricsRequested).toBe(
      calm.report.cells[0].metricsRequested,
    );

    const invocations = [...proxy.invocations().values()];
    expect(proxy.calls.filter(c => c.throttled).length).toBeGreaterThan(0);
    for (const attempts of invocations) {
      expect(attempts.map(a => a.attempt)).toEqual(
        attempts.map((_, i) => i + 1),
      );
      expect(attempts.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
      expect(attempts.at(-1)).toMatchObject({ throttled: false, status: 200 });
    }
    expect(stormy.clients.counter.total({ service: 'CloudWatch' })).toBe(
      invocations.length,
    );
  });
});
