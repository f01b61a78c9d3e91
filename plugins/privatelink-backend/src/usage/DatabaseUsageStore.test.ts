import knexFactory from 'knex';
import { requiredDatabases } from '@internal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { DatabaseUsageStore } from './DatabaseUsageStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const day = (d: string, bytes: number, extra = {}) => ({
  entityRef: 'resource:default/vpce-1',
  day: d,
  bytesProcessed: bytes,
  newConnections: 1,
  activeConnectionsMax: 2,
  packetsDropped: 0,
  resetPackets: 0,
  ...extra,
});

describe.each(ids)('DatabaseUsageStore on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    return { knex, store: new DatabaseUsageStore(knex) };
  }

  it('migrates once when replicas start together, each on its own pool', async () => {
    const knex = await databases.init(databaseId);
    // On PostgreSQL a second pool, as a second instance has; SQLite in memory has one connection.
    const other = databaseId.startsWith('POSTGRES')
      ? knexFactory({ client: knex.client.config.client, connection: knex.client.config.connection })
      : knex;
    try {
      await Promise.all([migrate(knex), migrate(other), migrate(knex)]);
    } finally {
      if (other !== knex) await other.destroy();
    }
    expect(await knex.schema.hasTable('privatelink_daily_usage')).toBe(true);
    expect(await knex.schema.hasTable('privatelink_alert_incidents')).toBe(true);
    const applied = await knex('knex_migrations').select('name').count('* as n').groupBy('name');
    expect(applied.filter(m => Number(m.n) !== 1)).toEqual([]);
  });

  it('upserts days idempotently and lists a window in order', async () => {
    const { store } = await createStore();
    await store.upsertDailyUsage([day('2026-11-02', 20), day('2026-11-01', 10), day('2026-11-03', 30)]);
    await store.upsertDailyUsage([day('2026-11-02', 25, { healthyHostsMin: 2, unhealthyHostsMax: 1 })]);
    const rows = await store.listDailyUsage('resource:default/vpce-1', '2026-11-01', '2026-11-02');
    expect(rows).toEqual([
      { day: '2026-11-01', bytesProcessed: 10, newConnections: 1, activeConnectionsMax: 2, packetsDropped: 0, resetPackets: 0 },
      {
        day: '2026-11-02',
        bytesProcessed: 25,
        newConnections: 1,
        activeConnectionsMax: 2,
        packetsDropped: 0,
        resetPackets: 0,
        healthyHostsMin: 2,
        unhealthyHostsMax: 1,
      },
    ]);
  });

  it('answers many entities at once: bytes per day, latest day, first and last traffic day', async () => {
    const { store } = await createStore();
    const other = (d: string, bytes: number, extra = {}) => ({ ...day(d, bytes, extra), entityRef: 'resource:default/vpce-2' });
    await store.upsertDailyUsage([
      day('2026-11-01', 10),
      day('2026-11-02', 0),
      day('2026-11-03', 0, { zones: { 'subnet-1': { bytesProcessed: 0, packetsDropped: 3 } } }),
      other('2026-10-20', 0),
      other('2026-11-01', 0),
    ]);
    const refs = ['resource:default/vpce-1', 'resource:default/vpce-2', 'resource:default/vpce-3'];
    const totals = await store.windowTotals(refs, '2026-11-01', '2026-11-02');
    expect(totals.get('resource:default/vpce-1')).toEqual({
      bytesProcessed: 10,
      days: 2,
      firstDay: '2026-11-01',
      lastDay: '2026-11-02',
    });
    expect(totals.get('resource:default/vpce-2')).toMatchObject({ bytesProcessed: 0, days: 1 });
    expect(totals.has('resource:default/vpce-3')).toBe(false);

    const latest = await store.latestDays(refs, '2026-10-01', '2026-11-30');
    expect(latest.get('resource:default/vpce-1')).toMatchObject({
      day: '2026-11-03',
      zones: { 'subnet-1': { bytesProcessed: 0, packetsDropped: 3 } },
    });
    expect(latest.get('resource:default/vpce-2')?.day).toBe('2026-11-01');
    expect(latest.has('resource:default/vpce-3')).toBe(false);

    const facts = await store.trafficFacts(refs);
    expect(facts.get('resource:default/vpce-1')).toEqual({ firstDay: '2026-11-01', lastTrafficDay: '2026-11-01' });
    expect(facts.get('resource:default/vpce-2')).toEqual({ firstDay: '2026-10-20', lastTrafficDay: undefined });
    expect(facts.has('resource:default/vpce-3')).toBe(false);
    // Later upserts move the facts: an earlier backfilled day, then traffic on a later day.
    await store.upsertDailyUsage([day('2026-10-15', 0), day('2026-11-05', 7), other('2026-11-06', 0)]);
    const moved = await store.trafficFacts(refs);
    expect(moved.get('resource:default/vpce-1')).toEqual({ firstDay: '2026-10-15', lastTrafficDay: '2026-11-05' });
    expect(moved.get('resource:default/vpce-2')).toEqual({ firstDay: '2026-10-20', lastTrafficDay: undefined });
  });

  it('stores more rows than one insert holds, batches long ref lists, and keeps large byte counts exact', async () => {
    const { store } = await createStore();
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      ...day('2026-01-01', 5e12 + i),
      entityRef: `resource:default/vpce-${i}`,
    }));
    await store.upsertDailyUsage(rows);
    const refs = rows.map(r => r.entityRef);
    const all = await store.windowTotals(refs, '2026-01-01', '2026-01-01');
    expect(all.size).toBe(1200);
    expect(all.get('resource:default/vpce-1199')?.bytesProcessed).toBe(5e12 + 1199);
    expect((await store.latestDays(refs, '2026-01-01', '2026-01-01')).size).toBe(1200);
    expect((await store.trafficFacts(refs)).size).toBe(1200);
  });

  it('says which days each entity has, and forgets old days', async () => {
    const { store } = await createStore();
    await store.upsertDailyUsage([day('2026-10-01', 0), day('2026-10-02', 2)]);
    await store.upsertDailyUsage([{ ...day('2026-10-02', 5), entityRef: 'resource:default/vpce-2' }]);
    const collected = await store.listCollectedDays(
      ['resource:default/vpce-1', 'resource:default/vpce-2', 'resource:default/vpce-3'],
      '2026-09-01',
      '2026-12-01',
    );
    expect(collected.get('resource:default/vpce-1')).toEqual(new Set(['2026-10-01', '2026-10-02']));
    expect(collected.get('resource:default/vpce-2')).toEqual(new Set(['2026-10-02']));
    expect(collected.get('resource:default/vpce-3')).toEqual(new Set());
    expect(await store.deleteBefore('2026-10-02')).toBe(1);
    const after = await store.trafficFacts(['resource:default/vpce-1']);
    expect(after.get('resource:default/vpce-1')).toEqual({ firstDay: '2026-10-02', lastTrafficDay: '2026-10-02' });
    // Traffic that retention deleted is no longer known.
    expect(await store.deleteBefore('2026-10-03')).toBe(2);
    expect((await store.trafficFacts(['resource:default/vpce-1'])).get('resource:default/vpce-1')).toEqual({
      firstDay: '2026-10-03',
      lastTrafficDay: undefined,
    });
  });
});
