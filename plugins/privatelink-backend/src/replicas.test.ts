/*
 * Two backend instances on one PostgreSQL database, each with its own connection pool and the
 * real scheduler, started on an empty database: the migrations run once, the global
 * posture task never runs on both at the same time nor more than once a period, and however many
 * times it runs, an incident is alerted once and the quarter's campaign opens once.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import knexFactory, { Knex } from 'knex';
import { privatelinkPlugin } from './plugin';
import { PostureService, postureServiceRef } from './posture/PostureService';
import { ConsolidationService } from './consolidation';
import { endpointEntity } from './testEntities';
import { DatabaseUsageStore } from './usage/DatabaseUsageStore';
import { addDays, lastCompleteDay } from './calendar';
import { FindingsStore } from './posture/FindingsStore';
import { PrivateLinkEntities } from './entities/PrivateLinkEntities';
import { UsageService } from './usage/UsageService';
import { readPrivateLinkBackendConfig } from './settings';
import { ConfigReader } from '@backstage/config';

jest.setTimeout(90_000);

const { databases, ids } = requiredDatabases();

const config = {
  privatelink: {
    accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
    // Usage is seeded below; the collector stays out of the way.
    usage: {
      schedule: {
        frequency: { hours: 1 },
        timeout: { minutes: 1 },
        initialDelay: { hours: 1 },
      },
    },
    posture: {
      schedule: {
        frequency: { seconds: 1 },
        timeout: { seconds: 30 },
        initialDelay: { seconds: 0 },
      },
    },
    alerts: { enabled: true },
    // (A triggered task runs only once its worker's initial delay has passed: a short one here.)
    audit: {
      openOnStartup: true,
      notifications: {
        enabled: true,
        schedule: {
          frequency: { hours: 1 },
          timeout: { minutes: 1 },
          initialDelay: { seconds: 1 },
        },
      },
    },
  },
};

describe.each(ids.filter(id => id.startsWith('POSTGRES')))(
  'two backend instances on one %s database',
  databaseId => {
    it('migrate once, run the global task once at a time, and alert and open the campaign once', async () => {
      const first = await databases.init(databaseId);
      const second = knexFactory({
        client: first.client.config.client,
        connection: first.client.config.connection,
      });
      const runs: Array<{ instance: string; start: number; end: number }> = [];
      const sent: Array<{ payload: { topic?: string; title: string } }> = [];
      const catalog = catalogServiceMock({
        entities: [endpointEntity('vpce-1')],
      });
      const settings = readPrivateLinkBackendConfig(new ConfigReader(config));

      /** The real posture service, recording when each run starts and ends. */
      const recordedPosture = (instance: string, knex: Knex) =>
        createServiceFactory({
          service: postureServiceRef,
          deps: {},
          factory: () => {
            const store = new DatabaseUsageStore(knex);
            const usage = new UsageService(store, settings);
            const real = new PostureService({
              auth: mockServices.auth(),
              entities: new PrivateLinkEntities({
                catalog,
                permissions: mockServices.permissions(),
                logger: mockServices.logger.mock(),
              }),
              usage,
              consolidation: new ConsolidationService({ usage, settings }),
              findings: new FindingsStore(knex),
              settings,
            });
            return Object.assign(Object.create(real), {
              evaluate: async (now: Date) => {
                const start = Date.now();
                try {
                  return await real.evaluate(now);
                } finally {
                  runs.push({ instance, start, end: Date.now() });
                }
              },
            }) as PostureService;
          },
        });
      const instance = (name: string, knex: Knex) =>
        startTestBackend({
          features: [
            privatelinkPlugin,
            mockServices.rootConfig.factory({ data: config }),
            mockServices.database.factory({ knex }),
            // The real scheduler: global tasks coordinate through the database, as in production.
            schedulerServiceFactory,
            catalogServiceMock.factory({
              entities: [endpointEntity('vpce-1')],
            }),
            createServiceFactory({
              service: notificationService,
              deps: {},
              factory: () => ({ send: async (n: any) => void sent.push(n) }),
            }),
            recordedPosture(name, knex),
          ],
        });

      const started = Date.now();
      // One after the other: Backstage's scheduler creates its own lock table without retrying, so
      // two instances starting in the same instant on an empty database can fail in the scheduler
      // (ours wait: see database.test.ts and DatabaseUsageStore.test.ts for racing migrations).
      const backends = [
        await instance('a', first),
        await instance('b', second),
      ];
      try {
        // Yesterday vpce-1 dropped 5000 packets: degraded, an incident.
        await new DatabaseUsageStore(first).upsertDailyUsage([
          {
            entityRef: 'resource:default/vpce-1',
            day: lastCompleteDay(new Date()),
            bytesProcessed: 2 ** 30,
            newConnections: 1,
            activeConnectionsMax: 1,
            packetsDropped: 5000,
            resetPackets: 0,
          },
          ...[1, 2].map(i => ({
            entityRef: 'resource:default/vpce-1',
            day: addDays(lastCompleteDay(new Date()), -i),
            bytesProcessed: 2 ** 30,
            newConnections: 1,
            activeConnectionsMax: 1,
            packetsDropped: 0,
            resetPackets: 0,
          })),
        ]);
        const deadline = Date.now() + 60_000;
        while ((runs.length < 4 || sent.length < 2) && Date.now() < deadline) {
          await new Promise(resolve => setTimeout(resolve, 250));
        }
        const elapsedSeconds = (Date.now() - started) / 1000;

        // Migrations: each once.
        const migrations = await first('knex_migrations')
          .select('name')
          .count('* as n')
          .groupBy('name');
        expect(migrations.length).toBeGreaterThan(0);
        expect(migrations.filter(m => Number(m.n) !== 1)).toEqual([]);

        // The global task: runs, never two at once, at most once a second.
        expect(runs.length).toBeGreaterThanOrEqual(4);
        const sorted = [...runs].sort((x, y) => x.start - y.start);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
        expect(runs.length).toBeLessThanOrEqual(Math.ceil(elapsedSeconds) + 1);

        // However many runs and instances: one incident notice, one campaign and its one notice.
        const topics = sent.map(n => n.payload.topic).sort();
        expect(topics).toEqual(['privatelink-audit', 'privatelink-health']);
        const campaigns = await first('privatelink_audit_campaigns').select(
          'owner_ref',
          'quarter',
        );
        expect(campaigns).toHaveLength(1);
        expect(
          Number(
            (await first('privatelink_alert_incidents').count('* as n'))[0].n,
          ),
        ).toBe(1);
      } finally {
        await Promise.all(backends.map(b => b.stop()));
        await second.destroy();
      }
    });
  },
);
