import { FleetRow } from '@privatelink-portal/plugin-privatelink-common';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { FindingsStore } from '../posture/FindingsStore';
import { FleetStore } from './FleetStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const row = (name: string, over: Partial<FleetRow> = {}): FleetRow => ({
  entityRef: `resource:default/${name}`,
  kind: 'endpoint',
  title: name,
  resourceId: name,
  ownerRef: 'group:default/payments',
  vendorRef: 'group:default/snowflake',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: 'vpc-1',
  type: 'Interface',
  state: 'available',
  serviceLabel: 'vpce-svc-1',
  monthlyCostUsd: 14.6,
  natSavingUsd: 10,
  idle: false,
  idleMonthlyUsd: 0,
  wastedSoFarUsd: 0,
  bytesProcessed30d: 2 ** 30,
  health: 'healthy',
  healthReasons: [],
  findings: { high: 1, medium: 0, low: 0 },
  ...over,
});

describe.each(ids)('FleetStore on %s', databaseId => {
  async function createStores() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    return { store: new FleetStore(knex), findings: new FindingsStore(knex) };
  }

  const rows = [
    row('vpce-a'),
    row('vpce-b', {
      idle: true,
      idleMonthlyUsd: 14.6,
      wastedSoFarUsd: 43.2,
      health: 'degraded',
      healthReasons: ['idle'],
      natSavingUsd: -3,
    }),
    row('vpce-c', {
      ownerRef: 'group:default/identity',
      vendorRef: undefined,
      type: 'Gateway',
      monthlyCostUsd: 0,
      natSavingUsd: undefined,
      bytesProcessed30d: undefined,
      findings: { high: 0, medium: 2, low: 1 },
    }),
    row('vpce-d', {
      accountId: '222222222222',
      region: 'eu-west-1',
      idle: true,
      idleMonthlyUsd: 8.03,
      wastedSoFarUsd: 99,
      monthlyCostUsd: 8.03,
      natSavingUsd: 0,
    }),
    row('svc-1', {
      kind: 'service',
      type: 'Service',
      ownerRef: 'group:default/identity',
      vendorRef: undefined,
      monthlyCostUsd: 0,
      natSavingUsd: undefined,
      health: 'unhealthy',
      healthReasons: ['2 unhealthy targets'],
      findings: { high: 0, medium: 0, low: 0 },
    }),
  ];

  it('aggregates the fleet in SQL: totals, groups, top idle, unhealthy, findings by check', async () => {
    const { store, findings } = await createStores();
    const vpc = {
      entityRef: 'resource:default/vpc-x',
      ownerRef: 'group:default/payments',
      accountId: '111111111111',
      region: 'us-east-1',
    };
    await store.replace(rows, new Date('2026-11-25T10:00:00Z'), [vpc]);
    await findings.reconcile(
      [
        'resource:default/vpce-a',
        'resource:default/vpce-c',
        'resource:default/vpc-x',
      ],
      [
        {
          entityRef: 'resource:default/vpce-a',
          checkId: 'policy-full-access',
          severity: 'high',
          title: 't',
          evidence: [],
          fix: 'f',
        },
        {
          entityRef: 'resource:default/vpce-c',
          checkId: 'policy-full-access',
          severity: 'high',
          title: 't',
          evidence: [],
          fix: 'f',
        },
        {
          entityRef: 'resource:default/vpce-c',
          checkId: 'endpoint-single-az',
          severity: 'medium',
          title: 't',
          evidence: [],
          fix: 'f',
          suppressed: 'lab',
        },
        // A VPC's finding: counted as one, under the filters a VPC meets.
        {
          entityRef: 'resource:default/vpc-x',
          checkId: 'vpc-missing-gateway-endpoint',
          severity: 'low',
          title: 't',
          evidence: [],
          fix: 'f',
        },
      ],
      new Date('2026-11-25T10:00:00Z'),
    );
    const summary = await store.summary({});
    expect(summary.refreshedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(summary.totals).toEqual({
      key: 'all',
      endpoints: 4,
      services: 1,
      monthlyCostUsd: 37.23,
      natSavingUsd: 10, // vpce-b's negative saving is no saving
      idle: 2,
      idleMonthlyUsd: 22.63,
      unhealthy: 1,
      degraded: 1,
      findings: { high: 3, medium: 2, low: 1 },
    });
    expect(summary.byType).toEqual([
      { type: 'Gateway', count: 1 },
      { type: 'Interface', count: 3 },
      { type: 'Service', count: 1 },
    ]);
    expect(
      summary.byTenant.map(g => [
        g.key,
        g.endpoints,
        g.services,
        g.monthlyCostUsd,
      ]),
    ).toEqual([
      ['group:default/payments', 3, 0, 37.23],
      ['group:default/identity', 1, 1, 0],
    ]);
    expect(summary.byVendor.map(g => g.key)).toEqual([
      'group:default/snowflake',
      'internal',
    ]);
    expect(summary.byAccountRegion.map(g => [g.key, g.endpoints])).toEqual([
      ['111111111111 us-east-1', 3],
      ['222222222222 eu-west-1', 1],
    ]);
    // The dearest a month first, whatever either has wasted so far.
    expect(
      summary.topIdle.map(r => [
        r.resourceId,
        r.idleMonthlyUsd,
        r.wastedSoFarUsd,
      ]),
    ).toEqual([
      ['vpce-b', 14.6, 43.2],
      ['vpce-d', 8.03, 99],
    ]);
    expect(
      summary.unhealthy.map(r => [r.resourceId, r.health, r.healthReasons]),
    ).toEqual([
      ['svc-1', 'unhealthy', ['2 unhealthy targets']],
      ['vpce-b', 'degraded', ['idle']],
    ]);
    expect(summary.findingsByCheck).toEqual([
      {
        checkId: 'policy-full-access',
        severity: 'high',
        count: 2,
        subject: 'endpoint',
      },
      {
        checkId: 'vpc-missing-gateway-endpoint',
        severity: 'low',
        count: 1,
        subject: 'vpc',
      },
    ]);
    const checks = async (filter: object) =>
      (await store.summary(filter)).findingsByCheck.map(f => f.checkId);
    expect(
      await checks({ tenant: 'group:default/payments', region: 'us-east-1' }),
    ).toEqual(['policy-full-access', 'vpc-missing-gateway-endpoint']);
    expect(await checks({ tenant: 'group:default/identity' })).toEqual([
      'policy-full-access',
    ]);
    expect(await checks({ type: 'VPC' })).toEqual([
      'vpc-missing-gateway-endpoint',
    ]);
    expect(await checks({ type: 'Interface' })).toEqual(['policy-full-access']);
    expect(await checks({ vendor: 'group:default/snowflake' })).toEqual([
      'policy-full-access',
    ]);
    expect(await checks({ account: '222222222222' })).toEqual([]);
    expect(summary.options.tenants).toEqual([
      'group:default/identity',
      'group:default/payments',
    ]);
    expect(summary.options.types).toEqual(['Gateway', 'Interface', 'Service']);
  });

  it('narrows every figure by the filters, and lists the rows they select', async () => {
    const { store } = await createStores();
    await store.replace(rows, new Date('2026-11-25T10:00:00Z'));
    const identity = await store.summary({ tenant: 'group:default/identity' });
    expect(identity.totals).toMatchObject({
      endpoints: 1,
      services: 1,
      monthlyCostUsd: 0,
    });
    expect(identity.unhealthy.map(r => r.resourceId)).toEqual(['svc-1']);
    expect(identity.options.tenants).toHaveLength(2); // options come from the whole fleet
    const eu = await store.summary({
      account: '222222222222',
      region: 'eu-west-1',
      type: 'Interface',
    });
    expect(eu.totals).toMatchObject({
      endpoints: 1,
      idle: 1,
      idleMonthlyUsd: 8.03,
    });
    expect(
      (await store.rows({ vendor: 'group:default/snowflake' })).rows.map(
        r => r.resourceId,
      ),
    ).toEqual(['vpce-a', 'vpce-b', 'vpce-d']);
    expect(await store.rows({ tenant: 'group:default/nobody' })).toEqual({
      rows: [],
      total: 0,
      refreshedAt: '2026-11-25T10:00:00.000Z',
    });
    const {
      rows: [a],
    } = await store.rows({
      type: 'Interface',
      account: '111111111111',
    });
    expect(a).toEqual(rows[0]);
  });

  it('searches, sorts and pages the rows in the database, with the total the search selects', async () => {
    const { store } = await createStores();
    const many = [
      ...rows,
      row('vpce-e', { vpcId: 'vpc-0abc123', title: 'payments-kms' }),
      row('vpce-f', { vpcId: 'vpc-0ABC999', title: 'Payments_STS 100%' }),
    ];
    await store.replace(many, new Date('2026-11-25T10:00:00Z'));
    const shown = async (...args: Parameters<FleetStore['rows']>) =>
      (await store.rows(...args)).rows.map(r => r.resourceId);

    // A VPC id, in any case; each word narrows.
    expect(await shown({}, { q: 'VPC-0abc' })).toEqual(['vpce-e', 'vpce-f']);
    expect(await shown({}, { q: 'vpc-0abc kms' })).toEqual(['vpce-e']);
    // % and _ are text, not wildcards.
    expect(await shown({}, { q: '100%' })).toEqual(['vpce-f']);
    expect(await shown({}, { q: 'payments_' })).toEqual(['vpce-f']);
    // Words that mean a figure.
    expect(await shown({}, { q: 'idle' })).toEqual(['vpce-b', 'vpce-d']);
    expect(await shown({}, { q: 'medium' })).toEqual(['vpce-c']);
    expect((await shown({}, { q: 'finding' })).sort()).toEqual(
      ['vpce-a', 'vpce-b', 'vpce-c', 'vpce-d', 'vpce-e', 'vpce-f'].sort(),
    );
    // With the filters.
    expect(
      await shown({ tenant: 'group:default/identity' }, { q: 'Service' }),
    ).toEqual(['svc-1']);

    // Sorted by a figure, ties by ref in the same order, and paged with the total of every page.
    expect(await shown({}, { sort: 'cost', order: 'desc', limit: 3 })).toEqual([
      'vpce-f',
      'vpce-e',
      'vpce-b',
    ]);
    expect(await shown({}, { sort: 'cost', order: 'asc', limit: 3 })).toEqual([
      'svc-1',
      'vpce-c',
      'vpce-d',
    ]);
    const second = await store.rows(
      {},
      { sort: 'cost', order: 'desc', offset: 3, limit: 3 },
    );
    expect(second.rows.map(r => r.resourceId)).toEqual([
      'vpce-a',
      'vpce-d',
      'vpce-c',
    ]);
    expect(second.total).toBe(many.length);
    expect(
      await shown({}, { sort: 'health', order: 'desc', limit: 2 }),
    ).toEqual(['svc-1', 'vpce-b']);
    expect(
      await shown({}, { sort: 'findings', order: 'desc', limit: 1 }),
    ).toEqual(['vpce-f']);
    const searched = await store.rows({}, { q: 'idle', limit: 1 });
    expect(searched.rows).toHaveLength(1);
    expect(searched.total).toBe(2);
  });

  it('replaces the snapshot whole', async () => {
    const { store } = await createStores();
    await store.replace(rows, new Date('2026-11-25T10:00:00Z'));
    await store.replace([row('vpce-z')], new Date('2026-11-25T11:00:00Z'));
    const summary = await store.summary({});
    expect(summary.totals.endpoints).toBe(1);
    expect(summary.refreshedAt).toBe('2026-11-25T11:00:00.000Z');
  });

  it('computes a summary once per snapshot and filter, and anew when any replica replaces the snapshot', async () => {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    const store = new FleetStore(knex);
    const replica = new FleetStore(knex);
    await store.replace(rows, new Date('2026-11-25T10:00:00Z'));
    const queries: string[] = [];
    const record = (query: { sql: string }) => queries.push(query.sql);
    knex.on('query', record);
    const together = await Promise.all(
      Array.from({ length: 10 }, () => store.summary({})),
    );
    const firstQueries = queries.length;
    const again = await store.summary({});
    const afterRepeat = queries.length;
    const narrowed = await store.summary({ tenant: 'group:default/identity' });
    knex.off('query', record);
    // Ten requests at once: one computation; the repeat reads only the snapshot's time.
    expect(together.every(s => s === together[0])).toBe(true);
    expect(firstQueries).toBeLessThan(10 + 20);
    expect(again).toBe(together[0]);
    expect(afterRepeat - firstQueries).toBe(1);
    expect(narrowed.totals.endpoints).toBe(1);

    // Another instance replaces the snapshot: this one's next summary is of the new one.
    await replica.replace(
      [row('vpce-z'), row('vpce-y')],
      new Date('2026-11-25T11:00:00Z'),
    );
    const after = await store.summary({});
    expect(after.refreshedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(after.totals.endpoints).toBe(2);
  });

  it('finds a whole id by the rows with that id, not every row that contains it', async () => {
    const { store } = await createStores();
    await store.replace(
      [
        row('vpce-0123456789abcdef0', { vpcId: 'vpc-1234abcd' }),
        row('vpce-0123456789abcdef1', { vpcId: 'vpc-1234abcd5678ef901' }),
        row('vpce-0123456789abcdef2', {
          vpcId: 'vpc-2',
          title: 'moved from vpc-1234abcd',
          accountId: '222222222222',
        }),
      ],
      new Date('2026-11-25T10:00:00Z'),
    );
    const shown = async (q: string) =>
      (await store.rows({}, { q })).rows.map(r => r.resourceId);
    expect(await shown('VPC-1234ABCD')).toEqual(['vpce-0123456789abcdef0']);
    expect(await shown('vpc-1234abcd5678ef901')).toEqual([
      'vpce-0123456789abcdef1',
    ]);
    expect(await shown('vpce-0123456789abcdef2')).toEqual([
      'vpce-0123456789abcdef2',
    ]);
    expect(await shown('222222222222')).toEqual(['vpce-0123456789abcdef2']);
    // A part of an id is a part of the text.
    expect(await shown('vpc-1234')).toEqual([
      'vpce-0123456789abcdef0',
      'vpce-0123456789abcdef1',
      'vpce-0123456789abcdef2',
    ]);
    expect((await store.rows({}, { q: 'vpc-1234abcd' })).total).toBe(1);
  });

  it('counts a search once per snapshot, and anew when any replica replaces it', async () => {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    const store = new FleetStore(knex);
    await store.replace(rows, new Date('2026-11-25T10:00:00Z'));
    const counts: string[] = [];
    // The search's counts (on PostgreSQL the filters' own count is also asked, once).
    const record = (query: { sql: string }) => {
      if (/count\(.*search_text/i.test(query.sql)) counts.push(query.sql);
    };
    knex.on('query', record);
    const first = await store.rows({}, { q: 'payments', limit: 1 });
    const second = await store.rows({}, { q: 'payments', offset: 1, limit: 1 });
    expect(counts).toHaveLength(1);
    await store.rows({}, { q: 'identity', limit: 1 });
    expect(counts).toHaveLength(2);
    await new FleetStore(knex).replace(
      [row('vpce-z')],
      new Date('2026-11-25T11:00:00Z'),
    );
    const after = await store.rows({}, { q: 'payments', limit: 1 });
    knex.off('query', record);
    expect(counts).toHaveLength(3);
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect(after.total).toBe(1);
  });

  if (databaseId.startsWith('POSTGRES')) {
    it('reads a sorted page from its index in either order, a rare word through the trigram index, and a common one in the page order', async () => {
      const knex = await databases.init(databaseId);
      await migrate(knex);
      const store = new FleetStore(knex);
      // Sixty rows of payments, one of them in vpc-0abc123.
      await store.replace(
        [
          ...Array.from({ length: 59 }, (_, i) =>
            row(`vpce-n${String(i).padStart(2, '0')}`, { monthlyCostUsd: i }),
          ),
          row('vpce-rare', { vpcId: 'vpc-0abc123' }),
        ],
        new Date('2026-11-25T10:00:00Z'),
      );
      const plans: string[] = [];
      const planOf = async (
        sql: string,
        bindings: readonly unknown[],
        off = ['seqscan'],
      ) =>
        knex.transaction(async trx => {
          // A table of a few rows is read whole whatever its indexes: say what an index can do.
          for (const scan of off)
            await trx.raw(`set local enable_${scan} = off`);
          // The query as PostgreSQL received it ($1, $2, ...), in knex's placeholders.
          const result = await trx.raw(
            `explain ${sql.replace(/\$\d+/g, '?')}`,
            bindings as any,
          );
          return result.rows.map((r: any) => r['QUERY PLAN']).join('\n');
        });
      const record = (query: { sql: string; bindings: unknown[] }) => {
        if (/order by/i.test(query.sql))
          plans.push(JSON.stringify([query.sql, query.bindings]));
      };
      knex.on('query', record);
      for (const sort of ['cost', 'title', 'health', 'findings'] as const) {
        for (const order of ['asc', 'desc'] as const) {
          await store.rows({}, { sort, order, offset: 2, limit: 2 });
        }
      }
      await store.rows({}, { limit: 2 });
      const common = await store.rows(
        {},
        { q: 'Payments', sort: 'cost', order: 'desc', limit: 2 },
      );
      // One row in sixty, asked 500 at a time: walking the order would read 30,000 rows.
      const rare = await store.rows({}, { q: 'vpc-0abc', limit: 500 });
      knex.off('query', record);
      expect(common.rows.map(r => r.resourceId)).toEqual([
        'vpce-n58',
        'vpce-n57',
      ]);
      expect(common.total).toBe(60);
      expect(rare.rows.map(r => r.resourceId)).toEqual(['vpce-rare']);
      const explained = await Promise.all(
        plans.map(p => planOf(...(JSON.parse(p) as [string, unknown[]]))),
      );
      const [, commonPlan, ...pages] = explained.reverse();
      // Sixty rows are read in order faster than through any index: without that, the rare word.
      const rarePlan = await planOf(
        ...(JSON.parse(plans[plans.length - 1]) as [string, unknown[]]),
        ['seqscan', 'indexscan'],
      );
      for (const plan of [commonPlan, ...pages]) {
        expect(plan).toMatch(/Index Scan/);
        expect(plan).not.toMatch(/Sort|Bitmap/);
      }
      expect(commonPlan).toMatch(/strpos/);
      expect(rarePlan).toMatch(/privatelink_fleet_rows_search_idx/);
    });
  }
});
