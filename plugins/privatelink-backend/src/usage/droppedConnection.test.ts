/*
 * PostgreSQL drops the connection in the middle of a usage write (the server terminates the
 * backend while it writes the facts, after the day rows went in): none of that write's days is
 * stored, the other account's history is untouched, and the next collection fetches exactly the
 * days that are missing.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { PrivateLinkEntities } from '../entities';
import { endpointEntity } from '../testEntities';
import { DatabaseUsageStore } from './DatabaseUsageStore';
import { RecordingSource } from './testMetricSource';
import { UsageCollector } from './UsageCollector';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

describe.each(ids.filter(id => id.startsWith('POSTGRES')))(
  'a connection dropped during a usage write, on %s',
  databaseId => {
    it('stores none of the cut write, keeps the rest, and the next run fills the gap', async () => {
      const knex = await databases.init(databaseId);
      await migrate(knex);
      const store = new DatabaseUsageStore(knex);
      const source = new RecordingSource();
      const collector = new UsageCollector({
        entities: new PrivateLinkEntities({
          catalog: catalogServiceMock({
            entities: [
              endpointEntity('vpce-a1', { accountId: '111111111111' }),
              endpointEntity('vpce-b1', { accountId: '222222222222' }),
            ],
          }),
          permissions: mockServices.permissions(),
          logger: mockServices.logger.mock(),
        }),
        auth: mockServices.auth(),
        store,
        source,
        settings: {
          backfillDays: 5,
          retentionDays: 400,
          perZone: false,
          concurrency: 4,
        },
        logger: mockServices.logger.mock(),
      });
      const monday = new Date('2026-11-23T12:00:00Z');
      const tuesday = new Date('2026-11-24T12:00:00Z');
      await collector.collect(monday);
      const before = await store.listDailyUsage(
        'resource:default/vpce-b1',
        '2026-11-01',
        '2026-11-30',
      );

      // The next write of account 111111111111's facts makes the server end that connection.
      await knex.raw('create sequence privatelink_test_drops');
      await knex.raw(`
      create function privatelink_test_drop() returns trigger language plpgsql as $$
      begin
        if new.entity_ref = 'resource:default/vpce-a1' and nextval('privatelink_test_drops') = 1 then
          perform pg_terminate_backend(pg_backend_pid());
        end if;
        return new;
      end $$`);
      await knex.raw(
        'create trigger privatelink_test_drop before insert on privatelink_usage_facts for each row execute function privatelink_test_drop()',
      );

      const cut = await collector.collect(tuesday);
      expect(
        cut.cells.find(c => c.accountId === '111111111111')?.error,
      ).toMatch(/terminat/i);
      expect(
        cut.cells.find(c => c.accountId === '222222222222')?.error,
      ).toBeUndefined();
      // Monday's days of vpce-a1 only: Tuesday's new day did not half-arrive.
      const a1 = await store.listDailyUsage(
        'resource:default/vpce-a1',
        '2026-11-01',
        '2026-11-30',
      );
      expect(a1.map(d => d.day)).toEqual([
        '2026-11-18',
        '2026-11-19',
        '2026-11-20',
        '2026-11-21',
        '2026-11-22',
      ]);
      expect(
        (await store.trafficFacts(['resource:default/vpce-a1'])).get(
          'resource:default/vpce-a1',
        ),
      ).toMatchObject({
        lastTrafficDay: '2026-11-22',
      });
      // The other account's history went on as usual.
      const b1 = await store.listDailyUsage(
        'resource:default/vpce-b1',
        '2026-11-01',
        '2026-11-30',
      );
      expect(b1.slice(0, before.length)).toEqual(before);
      expect(b1.at(-1)?.day).toBe('2026-11-23');

      // The next run, with the server behaving again, fetches the missing day and nothing else.
      source.calls = [];
      const next = await collector.collect(tuesday);
      expect(next.cells.map(c => c.error)).toEqual([undefined, undefined]);
      expect(source.calls).toEqual([
        {
          accountId: '111111111111',
          from: '2026-11-23',
          to: '2026-11-23',
          queries: 5,
        },
      ]);
      expect(
        (
          await store.listDailyUsage(
            'resource:default/vpce-a1',
            '2026-11-01',
            '2026-11-30',
          )
        ).at(-1),
      ).toMatchObject({
        day: '2026-11-23',
        bytesProcessed: 2 ** 30,
      });
      expect(
        (await store.trafficFacts(['resource:default/vpce-a1'])).get(
          'resource:default/vpce-a1',
        ),
      ).toMatchObject({
        lastTrafficDay: '2026-11-23',
      });
    });
  },
);
