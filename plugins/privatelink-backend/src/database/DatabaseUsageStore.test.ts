import { mockServices } from '@backstage/backend-test-utils';
import { requiredDatabases } from '@internal/plugin-privatelink-node/testUtils';
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
    const store = await DatabaseUsageStore.create(mockServices.database({ knex }));
    return { knex, store };
  }

  it('migrates twice without harm, as replicas starting together do', async () => {
    const knex = await databases.init(databaseId);
    await Promise.all([
      DatabaseUsageStore.create(mockServices.database({ knex })),
      DatabaseUsageStore.create(mockServices.database({ knex })),
    ]);
    expect(await knex.schema.hasTable('privatelink_daily_usage')).toBe(true);
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
    const many = await store.listDailyUsageOf(
      ['resource:default/vpce-1', 'resource:default/vpce-2'],
      '2026-11-01',
      '2026-11-30',
    );
    expect(many.get('resource:default/vpce-1')).toHaveLength(3);
    expect(many.get('resource:default/vpce-2')).toEqual([]);
  });

  it('stores more rows than one insert holds, and large byte counts exactly', async () => {
    const { store } = await createStore();
    const rows = Array.from({ length: 250 }, (_, i) => ({
      ...day('2026-01-01', 5e12 + i),
      entityRef: `resource:default/vpce-${i}`,
    }));
    await store.upsertDailyUsage(rows);
    const all = await store.listDailyUsageOf(rows.map(r => r.entityRef), '2026-01-01', '2026-01-01');
    expect([...all.values()].flat()).toHaveLength(250);
    expect(all.get('resource:default/vpce-249')?.[0].bytesProcessed).toBe(5e12 + 249);
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
    expect(await store.firstCollectedDay('resource:default/vpce-1')).toBe('2026-10-01');
    expect(await store.firstCollectedDay('resource:default/vpce-9')).toBeUndefined();
    expect(await store.deleteBefore('2026-10-02')).toBe(1);
    expect(await store.firstCollectedDay('resource:default/vpce-1')).toBe('2026-10-02');
  });
});
