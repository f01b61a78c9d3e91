import { resolvePackagePath } from '@backstage/backend-plugin-api';
import knexFactory, { Knex } from 'knex';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { addDays } from '../calendar';
import { DatabaseUsageStore } from './DatabaseUsageStore';
import { TRAILING_DAYS, WindowTotals } from './UsageStore';

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
    // On PostgreSQL each replica has a pool of its own (the test database's pool holds one
    // connection: two migrations on it would wait for each other's connection, which no two
    // instances do); SQLite in memory has one connection, shared.
    const pool = () =>
      databaseId.startsWith('POSTGRES')
        ? knexFactory({
            client: knex.client.config.client,
            connection: knex.client.config.connection,
          })
        : knex;
    const replicas = [knex, pool(), pool()];
    try {
      await Promise.all(replicas.map(replica => migrate(replica)));
    } finally {
      await Promise.all(
        replicas
          .filter(replica => replica !== knex)
          .map(replica => replica.destroy()),
      );
    }
    expect(await knex.schema.hasTable('privatelink_daily_usage')).toBe(true);
    expect(await knex.schema.hasTable('privatelink_alert_incidents')).toBe(
      true,
    );
    const applied = await knex('knex_migrations')
      .select('name')
      .count('* as n')
      .groupBy('name');
    expect(applied.filter(m => Number(m.n) !== 1)).toEqual([]);
  });

  it('upserts days idempotently and lists a window in order', async () => {
    const { store } = await createStore();
    await store.upsertDailyUsage([
      day('2026-11-02', 20),
      day('2026-11-01', 10),
      day('2026-11-03', 30),
    ]);
    await store.upsertDailyUsage([
      day('2026-11-02', 25, { healthyHostsMin: 2, unhealthyHostsMax: 1 }),
    ]);
    const rows = await store.listDailyUsage(
      'resource:default/vpce-1',
      '2026-11-01',
      '2026-11-02',
    );
    expect(rows).toEqual([
      {
        day: '2026-11-01',
        bytesProcessed: 10,
        newConnections: 1,
        activeConnectionsMax: 2,
        packetsDropped: 0,
        resetPackets: 0,
      },
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
    const other = (d: string, bytes: number, extra = {}) => ({
      ...day(d, bytes, extra),
      entityRef: 'resource:default/vpce-2',
    });
    await store.upsertDailyUsage([
      day('2026-11-01', 10),
      day('2026-11-02', 0),
      day('2026-11-03', 0, {
        zones: { 'subnet-1': { bytesProcessed: 0, packetsDropped: 3 } },
      }),
      other('2026-10-20', 0),
      other('2026-11-01', 0),
    ]);
    const refs = [
      'resource:default/vpce-1',
      'resource:default/vpce-2',
      'resource:default/vpce-3',
    ];
    const totals = await store.windowTotals(refs, '2026-11-01', '2026-11-02');
    expect(totals.get('resource:default/vpce-1')).toEqual({
      bytesProcessed: 10,
      days: 2,
      firstDay: '2026-11-01',
      lastDay: '2026-11-02',
    });
    expect(totals.get('resource:default/vpce-2')).toMatchObject({
      bytesProcessed: 0,
      days: 1,
    });
    expect(totals.has('resource:default/vpce-3')).toBe(false);

    const latest = await store.latestDays(refs, '2026-10-01', '2026-11-30');
    expect(latest.get('resource:default/vpce-1')).toMatchObject({
      day: '2026-11-03',
      zones: { 'subnet-1': { bytesProcessed: 0, packetsDropped: 3 } },
    });
    expect(latest.get('resource:default/vpce-2')?.day).toBe('2026-11-01');
    expect(latest.has('resource:default/vpce-3')).toBe(false);

    const facts = await store.trafficFacts(refs);
    expect(facts.get('resource:default/vpce-1')).toEqual({
      firstDay: '2026-11-01',
      lastTrafficDay: '2026-11-01',
    });
    expect(facts.get('resource:default/vpce-2')).toEqual({
      firstDay: '2026-10-20',
      lastTrafficDay: undefined,
    });
    expect(facts.has('resource:default/vpce-3')).toBe(false);
    // Later upserts move the facts: an earlier backfilled day, then traffic on a later day.
    await store.upsertDailyUsage([
      day('2026-10-15', 0),
      day('2026-11-05', 7),
      other('2026-11-06', 0),
    ]);
    const moved = await store.trafficFacts(refs);
    expect(moved.get('resource:default/vpce-1')).toEqual({
      firstDay: '2026-10-15',
      lastTrafficDay: '2026-11-05',
    });
    expect(moved.get('resource:default/vpce-2')).toEqual({
      firstDay: '2026-10-20',
      lastTrafficDay: undefined,
    });
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
    expect(all.get('resource:default/vpce-1199')?.bytesProcessed).toBe(
      5e12 + 1199,
    );
    expect(
      (await store.latestDays(refs, '2026-01-01', '2026-01-01')).size,
    ).toBe(1200);
    expect((await store.trafficFacts(refs)).size).toBe(1200);
  });

  it("sums each entity's collected days and bytes by UTC month within a window", async () => {
    const { store } = await createStore();
    await store.upsertDailyUsage([
      day('2026-09-30', 7),
      day('2026-10-01', 1),
      day('2026-10-31', 2 ** 40),
      day('2026-11-01', 3),
      { ...day('2026-11-02', 5), entityRef: 'resource:default/vpce-2' },
    ]);
    const months = await store.monthlyTotals(
      [
        'resource:default/vpce-1',
        'resource:default/vpce-2',
        'resource:default/vpce-3',
      ],
      '2026-10-01',
      '2026-11-30',
    );
    expect(months.get('resource:default/vpce-1')).toEqual([
      { month: '2026-10', days: 2, bytesProcessed: 2 ** 40 + 1 },
      { month: '2026-11', days: 1, bytesProcessed: 3 },
    ]);
    expect(months.get('resource:default/vpce-2')).toEqual([
      { month: '2026-11', days: 1, bytesProcessed: 5 },
    ]);
    expect(months.has('resource:default/vpce-3')).toBe(false);
  });

  it('says which days each entity has, and forgets old days', async () => {
    const { store } = await createStore();
    await store.upsertDailyUsage([day('2026-10-01', 0), day('2026-10-02', 2)]);
    await store.upsertDailyUsage([
      { ...day('2026-10-02', 5), entityRef: 'resource:default/vpce-2' },
    ]);
    const collected = await store.listCollectedDays(
      [
        'resource:default/vpce-1',
        'resource:default/vpce-2',
        'resource:default/vpce-3',
      ],
      '2026-09-01',
      '2026-12-01',
    );
    expect(collected.get('resource:default/vpce-1')).toEqual(
      new Set(['2026-10-01', '2026-10-02']),
    );
    expect(collected.get('resource:default/vpce-2')).toEqual(
      new Set(['2026-10-02']),
    );
    expect(collected.get('resource:default/vpce-3')).toEqual(new Set());
    expect(await store.deleteBefore('2026-10-02')).toBe(1);
    const after = await store.trafficFacts(['resource:default/vpce-1']);
    expect(after.get('resource:default/vpce-1')).toEqual({
      firstDay: '2026-10-02',
      lastTrafficDay: '2026-10-02',
    });
    // Traffic that retention deleted is no longer known.
    expect(await store.deleteBefore('2026-10-03')).toBe(2);
    expect(
      (await store.trafficFacts(['resource:default/vpce-1'])).get(
        'resource:default/vpce-1',
      ),
    ).toEqual({
      firstDay: '2026-10-03',
      lastTrafficDay: undefined,
    });
  });

  /** The totals of a window as the rows say, summed here. */
  async function summed(
    store: DatabaseUsageStore,
    entityRef: string,
    from: string,
    to: string,
  ) {
    const rows = await store.listDailyUsage(entityRef, from, to);
    if (rows.length === 0) return undefined;
    const total: WindowTotals = {
      bytesProcessed: rows.reduce((sum, r) => sum + r.bytesProcessed, 0),
      days: rows.length,
      firstDay: rows[0].day,
      lastDay: rows[rows.length - 1].day,
    };
    return total;
  }

  /** The SQL of every query `run` makes. */
  async function queriesOf(
    knex: Knex,
    run: () => Promise<unknown>,
  ): Promise<string[]> {
    const sql: string[] = [];
    const listen = (query: { sql: string }) => sql.push(query.sql);
    knex.on('query', listen);
    try {
      await run();
    } finally {
      knex.removeListener('query', listen);
    }
    return sql;
  }

  it("keeps each entity's trailing totals and latest day through backfills, rewrites, gaps and retention, as the rows say", async () => {
    const { knex, store } = await createStore();
    const refs = [
      'resource:default/vpce-a',
      'resource:default/vpce-b',
      'resource:default/vpce-c',
    ];
    const row = (entityRef: string, d: string, bytes: number) => ({
      ...day(d, bytes),
      entityRef,
    });
    // a: the latest 10 days, then a 60-day backfill that overlaps them, then one day rewritten.
    await store.upsertDailyUsage(
      Array.from({ length: 10 }, (_, i) =>
        row(refs[0], addDays('2026-11-20', -i), 100 + i),
      ),
    );
    await store.upsertDailyUsage(
      Array.from({ length: 60 }, (_, i) =>
        row(refs[0], addDays('2026-11-15', -i), 1000 * i),
      ),
    );
    await store.upsertDailyUsage([row(refs[0], '2026-11-01', 7)]);
    // b: days with gaps, its latest day earlier than a's; c: one old day.
    await store.upsertDailyUsage(
      ['2026-11-18', '2026-11-05', '2026-10-20', '2026-10-19'].map((d, i) =>
        row(refs[1], d, 10 ** i),
      ),
    );
    await store.upsertDailyUsage([row(refs[2], '2026-08-01', 5)]);

    const windows: Array<[string, string]> = [
      [addDays('2026-11-20', -(TRAILING_DAYS - 1)), '2026-11-20'], // a's trailing window
      [addDays('2026-11-18', -(TRAILING_DAYS - 1)), '2026-11-18'], // b's
      [addDays('2026-11-19', -(TRAILING_DAYS - 1)), '2026-11-19'], // a window that ends before a's latest day
      [addDays('2026-11-21', -(TRAILING_DAYS - 1)), '2026-11-21'], // one that ends after every latest day
      ['2026-07-01', '2026-11-30'], // any other window
    ];
    const check = async () => {
      for (const [from, to] of windows) {
        const totals = await store.windowTotals(refs, from, to);
        for (const ref of refs)
          expect([from, to, ref, totals.get(ref)]).toEqual([
            from,
            to,
            ref,
            await summed(store, ref, from, to),
          ]);
        const latest = await store.latestDays(refs, from, to);
        for (const ref of refs) {
          const rows = await store.listDailyUsage(ref, from, to);
          expect([from, to, ref, latest.get(ref)]).toEqual([
            from,
            to,
            ref,
            rows[rows.length - 1],
          ]);
        }
      }
    };
    await check();
    // A trailing window is read from the facts of the entities whose latest day ends it (and of
    // those with no day in it); only the others' rows are summed.
    const rollupQueries = async (
      entityRefs: string[],
      [from, to]: [string, string],
    ) =>
      (
        await queriesOf(knex, () => store.windowTotals(entityRefs, from, to))
      ).filter(q => /privatelink_daily_usage/.test(q));
    expect(await rollupQueries([refs[0], refs[2]], windows[0])).toEqual([]);
    expect(await rollupQueries([refs[1], refs[2]], windows[1])).toEqual([]);
    expect(await rollupQueries(refs, windows[0])).toEqual([
      expect.stringMatching(/in \((\?|\$1)\)/),
    ]);
    // Health's window: a read of the facts, then each latest row by its key; nothing aggregated.
    const sql = await queriesOf(knex, () =>
      store.latestDays(refs, '2026-11-14', '2026-11-20'),
    );
    expect(sql).toEqual([
      expect.stringMatching(
        /from .privatelink_usage_facts. where .entity_ref. in/,
      ),
      expect.stringMatching(
        /from .privatelink_daily_usage. where .entity_ref. in .* and .day. = /,
      ),
      expect.stringMatching(
        /from .privatelink_daily_usage. where .entity_ref. in .* and .day. = /,
      ),
    ]);
    // An inventory asks for the facts of idle, cost and health at once: one read serves the three.
    const together = await queriesOf(knex, () =>
      Promise.all([
        store.trafficFacts(refs),
        store.windowTotals(refs.slice(0, 2), ...windows[0]),
        store.latestDays(refs, '2026-11-14', '2026-11-20'),
      ]),
    );
    expect(
      together.filter(q => /privatelink_usage_facts/.test(q)),
    ).toHaveLength(1);

    // Retention that cuts into a trailing window: those totals are summed from the rows again.
    await store.deleteBefore('2026-11-10');
    await check();
    await store.deleteBefore('2026-11-19');
    await check();
  });

  it('reads rollups stored before trailing totals were kept by summing them, and keeps them from the next write', async () => {
    const directory = resolvePackagePath(
      '@privatelink-portal/plugin-privatelink-backend',
      'migrations',
    );
    const { knex, store } = await createStore();
    // The schema before the trailing totals, with a row written then (that migration undone alone,
    // whatever migrations came after it).
    await knex.migrate.down({
      directory,
      name: '20261130000000_usage_trailing.js',
    });
    expect(
      await knex.schema.hasColumn('privatelink_usage_facts', 'latest_day'),
    ).toBe(false);
    const ref = 'resource:default/vpce-old';
    await knex('privatelink_daily_usage').insert(
      ['2026-11-19', '2026-11-20'].map((d, i) => ({
        entity_ref: ref,
        day: d,
        bytes_processed: 10 + i,
        new_connections: 0,
        active_connections_max: 0,
        packets_dropped: 0,
        reset_packets: 0,
      })),
    );
    await knex('privatelink_usage_facts').insert({
      entity_ref: ref,
      first_day: '2026-11-19',
      last_traffic_day: '2026-11-20',
    });
    await migrate(knex);

    const trailing = [
      addDays('2026-11-20', -(TRAILING_DAYS - 1)),
      '2026-11-20',
    ] as const;
    expect(
      await knex('privatelink_usage_facts').where('entity_ref', ref).first(),
    ).toMatchObject({
      latest_day: '2026-11-20',
      trailing_days: null,
    });
    expect((await store.windowTotals([ref], ...trailing)).get(ref)).toEqual({
      bytesProcessed: 21,
      days: 2,
      firstDay: '2026-11-19',
      lastDay: '2026-11-20',
    });
    expect(
      (await store.latestDays([ref], '2026-11-14', '2026-11-20')).get(ref)
        ?.bytesProcessed,
    ).toBe(11);
    await store.upsertDailyUsage([{ ...day('2026-11-21', 5), entityRef: ref }]);
    const next = [
      addDays('2026-11-21', -(TRAILING_DAYS - 1)),
      '2026-11-21',
    ] as const;
    const sql = await queriesOf(knex, async () =>
      expect((await store.windowTotals([ref], ...next)).get(ref)).toEqual({
        bytesProcessed: 26,
        days: 3,
        firstDay: '2026-11-19',
        lastDay: '2026-11-21',
      }),
    );
    expect(sql.filter(q => /privatelink_daily_usage/.test(q))).toEqual([]);
  });
});
