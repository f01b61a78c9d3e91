import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { InventoryStore, KeptRow } from './InventoryStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const kept = (name: string, cost: number): KeptRow => ({
  kind: 'endpoint',
  entityRef: `resource:default/${name}`,
  etag: `etag-${name}`,
  row: { endpointId: name, monthlyCostUsd: cost } as any,
});

describe.each(ids)('InventoryStore on %s', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    let queries = 0;
    knex.on('query', () => {
      queries++;
    });
    return { store: new InventoryStore(knex), queries: () => queries };
  }

  it('reads the rows asked for, and reads them again only after the next evaluation replaced them', async () => {
    const { store, queries } = await setUp();
    const refs = ['resource:default/vpce-1', 'resource:default/vpce-2'];
    expect((await store.rowsOf(refs)).size).toBe(0);
    await store.replace(
      [kept('vpce-1', 7.3), kept('vpce-2', 14.6)],
      new Date('2026-12-03T06:00:00Z'),
    );

    const first = await store.rowsOf(refs);
    expect(first.get(refs[1])).toEqual({
      ...kept('vpce-2', 14.6),
      computedAt: '2026-12-03T06:00:00.000Z',
    });
    // Asked again: one read of the evaluation's time, no row read again.
    const before = queries();
    const again = await store.rowsOf(refs);
    expect(queries() - before).toBe(1);
    expect(again.get(refs[0])).toBe(first.get(refs[0]));

    // The next evaluation (on any replica) replaces them: the new figures, not the kept ones.
    await store.replace(
      [kept('vpce-1', 21.9)],
      new Date('2026-12-03T07:00:00Z'),
    );
    const next = await store.rowsOf(refs);
    expect(next.get(refs[0])?.row).toMatchObject({ monthlyCostUsd: 21.9 });
    expect(next.get(refs[0])?.computedAt).toBe('2026-12-03T07:00:00.000Z');
    expect(next.has(refs[1])).toBe(false);
  });

  it('reads more rows than one query may bind, in batches', async () => {
    const { store } = await setUp();
    const rows = Array.from({ length: 1203 }, (_, i) => kept(`vpce-${i}`, i));
    await store.replace(rows, new Date('2026-12-03T06:00:00Z'));
    const read = await store.rowsOf(rows.map(r => r.entityRef));
    expect(read.size).toBe(1203);
    expect(read.get('resource:default/vpce-1202')?.row).toMatchObject({
      monthlyCostUsd: 1202,
    });
  });
});
