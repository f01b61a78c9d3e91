import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { migrate } from '../database';
import { PrivateLinkEntities } from '../entities';
import { StatusService } from '../status';
import { endpointEntity } from '../testEntities';
import { DatabaseUsageStore } from './DatabaseUsageStore';
import { contiguousRuns, lastCompleteDay } from '../calendar';
import { MetricQuery } from './metricQueries';
import { toDailyUsage, UsageCollector } from './UsageCollector';
import { RecordingSource } from './testMetricSource';

const endpoint = (
  name: string,
  accountId = '111111111111',
  endpointType = 'Interface',
) =>
  endpointEntity(name, {
    accountId,
    endpointType: endpointType as 'Interface' | 'Gateway',
  });

describe('UsageCollector', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  const entitiesOf = (entities: Entity[]) =>
    new PrivateLinkEntities({
      catalog: catalogServiceMock({ entities }),
      permissions: mockServices.permissions(),
      logger: mockServices.logger.mock(),
    });

  async function setup(entities: Entity[], concurrency = 4) {
    const knex = await databases.init('SQLITE_3');
    await migrate(knex);
    const store = new DatabaseUsageStore(knex);
    const status = StatusService.fromDatabase(knex);
    const source = new RecordingSource();
    const logger = mockServices.logger.mock();
    const collector = new UsageCollector({
      entities: entitiesOf(entities),
      auth: mockServices.auth(),
      store,
      source,
      settings: {
        backfillDays: 10,
        retentionDays: 400,
        perZone: false,
        concurrency,
      },
      logger,
      status,
    });
    return { store, source, collector, status, logger };
  }

  const monday = new Date('2026-11-23T12:00:00Z');

  it('backfills, then asks for nothing it has, then only for the days it missed', async () => {
    const { store, source, collector } = await setup([
      endpoint('vpce-1'),
      endpoint('vpce-gw', '111111111111', 'Gateway'),
    ]);
    const first = await collector.collect(monday);
    expect(source.calls).toEqual([
      {
        accountId: '111111111111',
        from: '2026-11-13',
        to: '2026-11-22',
        queries: 5,
      },
    ]);
    expect(first.cells[0]).toMatchObject({
      entities: 1,
      daysFetched: 10,
      rows: 10,
      metricsRequested: 5,
      cloudWatchCostUsd: 0.0001,
    });
    const stored = await store.listDailyUsage(
      'resource:default/vpce-1',
      '2026-11-01',
      '2026-11-30',
    );
    expect(stored).toHaveLength(10);
    expect(stored[0]).toMatchObject({
      bytesProcessed: 2 ** 30,
      newConnections: 0,
    });
    expect(
      await store.listDailyUsage(
        'resource:default/vpce-gw',
        '2026-11-01',
        '2026-11-30',
      ),
    ).toEqual([]);

    await collector.collect(monday);
    expect(source.calls).toHaveLength(1);

    // three days of downtime
    await collector.collect(new Date('2026-11-26T12:00:00Z'));
    expect(source.calls[1]).toEqual({
      accountId: '111111111111',
      from: '2026-11-23',
      to: '2026-11-25',
      queries: 5,
    });
  });

  it('backfills a new endpoint without asking again for the others', async () => {
    const { store, source } = await setup([]);
    const collectorOver = (entities: Entity[]) =>
      new UsageCollector({
        entities: entitiesOf(entities),
        auth: mockServices.auth(),
        store,
        source,
        settings: {
          backfillDays: 10,
          retentionDays: 400,
          perZone: false,
          concurrency: 4,
        },
        logger: mockServices.logger.mock(),
      });
    await collectorOver([endpoint('vpce-1')]).collect(monday);
    await collectorOver([endpoint('vpce-1'), endpoint('vpce-2')]).collect(
      monday,
    );
    // the second run asks only for vpce-2's five metrics
    expect(source.calls).toEqual([
      {
        accountId: '111111111111',
        from: '2026-11-13',
        to: '2026-11-22',
        queries: 5,
      },
      {
        accountId: '111111111111',
        from: '2026-11-13',
        to: '2026-11-22',
        queries: 5,
      },
    ]);
    expect(
      await store.listDailyUsage(
        'resource:default/vpce-2',
        '2026-11-01',
        '2026-11-30',
      ),
    ).toHaveLength(10);
  });

  it('skips an entity that does not match the contract, reports it, and collects the rest', async () => {
    const broken = endpointEntity('vpce-broken');
    (broken.spec!.endpoint as any).subnets = 'subnet-1';
    const { source, collector, status } = await setup([
      endpoint('vpce-1'),
      broken,
    ]);
    const report = await collector.collect(monday);
    expect(report.invalid).toEqual([
      {
        entityRef: 'resource:default/vpce-broken',
        error: expect.stringContaining('spec.endpoint.subnets'),
      },
    ]);
    expect(source.calls).toHaveLength(1);
    expect(report.cells[0].entities).toBe(1);
    const operators = await status.read();
    expect(operators.invalidEntities).toEqual([
      expect.objectContaining({ entityRef: 'resource:default/vpce-broken' }),
    ]);
    expect(operators.usage).toEqual([
      expect.objectContaining({
        accountId: '111111111111',
        region: 'us-east-1',
        daysFetched: 10,
        metricsRequested: 5,
      }),
    ]);
  });

  it('keeps going when one account fails, and reports it', async () => {
    const { source, collector, store } = await setup([
      endpoint('vpce-1'),
      endpoint('vpce-9', '222222222222'),
    ]);
    source.failFor.add('222222222222');
    const report = await collector.collect(monday);
    expect(
      report.cells.find(c => c.accountId === '222222222222')?.error,
    ).toContain('AccessDenied');
    expect(
      await store.listDailyUsage(
        'resource:default/vpce-1',
        '2026-11-01',
        '2026-11-30',
      ),
    ).toHaveLength(10);
  });

  it('reads, plans and collects one account-region at a time per worker, never the whole fleet at once', async () => {
    const accounts = [
      '111111111111',
      '222222222222',
      '333333333333',
      '444444444444',
      '555555555555',
    ];
    const pairOf = (i: number) => [`vpce-${i}a`, `vpce-${i}b`];
    const fleet = accounts.flatMap((a, i) =>
      pairOf(i).map(name => endpoint(name, a)),
    );
    const catalog = catalogServiceMock({ entities: fleet });
    const reads: string[][] = [];
    const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
    catalog.getEntitiesByRefs = async (request, options) => {
      reads.push(request.entityRefs);
      return getEntitiesByRefs(request, options);
    };
    const knex = await databases.init('SQLITE_3');
    await migrate(knex);
    let inFlight = 0;
    let mostInFlight = 0;
    const source = new RecordingSource();
    const fetch = source.getDailyValues.bind(source);
    source.getDailyValues = async (...args) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise(resolve => setTimeout(resolve, 5));
      inFlight--;
      return fetch(...args);
    };
    const report = await new UsageCollector({
      entities: new PrivateLinkEntities({
        catalog,
        permissions: mockServices.permissions(),
        logger: mockServices.logger.mock(),
      }),
      auth: mockServices.auth(),
      store: new DatabaseUsageStore(knex),
      source,
      settings: {
        backfillDays: 10,
        retentionDays: 400,
        perZone: false,
        concurrency: 2,
      },
      logger: mockServices.logger.mock(),
    }).collect(monday);
    // Full entities are read by cell: each read holds the two endpoints of one account.
    const cellReads = reads.filter(refs => refs.length > 0);
    expect(cellReads).toEqual(
      expect.arrayContaining(
        accounts.map((_, i) =>
          pairOf(i).map(name => `resource:default/${name}`),
        ),
      ),
    );
    expect(cellReads).toHaveLength(5);
    expect(mostInFlight).toBe(2);
    expect(report.cells.map(c => [c.accountId, c.entities, c.rows])).toEqual(
      accounts.map(a => [a, 2, 20]),
    );
  });

  it('starts no account-region once the task is aborted, reports the rest, and the next run collects them', async () => {
    const accounts = ['111111111111', '222222222222', '333333333333'];
    // One worker: the accounts are taken one after another.
    const { source, store, status, collector, logger } = await setup(
      accounts.map((a, i) => endpoint(`vpce-${i}a`, a)),
      1,
    );
    const abort = new AbortController();
    const fetch = source.getDailyValues.bind(source);
    source.getDailyValues = async (...args) => {
      abort.abort(); // the timeout passes while the first account's metrics are fetched
      return fetch(...args);
    };
    const report = await collector.collect(monday, abort.signal);
    expect(
      report.cells.map(c => [c.accountId, c.rows, c.error ?? 'collected']),
    ).toEqual([
      ['111111111111', 10, 'collected'],
      ['222222222222', 0, expect.stringContaining('the task was aborted')],
      ['333333333333', 0, expect.stringContaining('the task was aborted')],
    ]);
    expect(
      await store.listDailyUsage(
        'resource:default/vpce-1a',
        '2026-11-01',
        '2026-11-30',
      ),
    ).toEqual([]);
    expect((await status.read()).usage.filter(c => c.error)).toHaveLength(2);
    // One line for the cells not started, not an error per cell.
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(
        /stopped before 2 of 3 account-regions \(222222222222 in us-east-1, 333333333333 in us-east-1\)/,
      ),
    ]);

    source.getDailyValues = fetch;
    const next = await collector.collect(monday);
    expect(next.cells.map(c => [c.accountId, c.daysFetched])).toEqual([
      ['111111111111', 0],
      ['222222222222', 10],
      ['333333333333', 10],
    ]);
  });
});

/** A query of entity `e` for the collection helpers' tests. */
const query = (
  id: string,
  field: MetricQuery['field'],
  subnetId?: string,
): MetricQuery => ({
  id,
  entityRef: 'e',
  field,
  namespace: 'n',
  metricName: 'm',
  dimensions: [],
  stat: 'Sum',
  subnetId,
  label: id,
});

describe('collection helpers', () => {
  it('takes the last complete day two hours after midnight UTC', () => {
    expect(lastCompleteDay(new Date('2026-11-25T01:59:00Z'))).toBe(
      '2026-11-23',
    );
    expect(lastCompleteDay(new Date('2026-11-25T02:01:00Z'))).toBe(
      '2026-11-24',
    );
  });

  it('splits days into contiguous runs', () => {
    expect(
      contiguousRuns([
        '2026-11-05',
        '2026-11-01',
        '2026-11-02',
        '2026-11-04',
      ]).map(r => [r.from, r.to]),
    ).toEqual([
      ['2026-11-01', '2026-11-02'],
      ['2026-11-04', '2026-11-05'],
    ]);
  });

  it('adds per-subnet values to the zones of the day', () => {
    const [row] = toDailyUsage(
      ['e'],
      [
        query('a', 'bytesProcessed', 'subnet-1'),
        query('b', 'packetsDropped', 'subnet-1'),
        query('c', 'bytesProcessed', 'subnet-2'),
      ],
      new Map([
        ['a', new Map([['2026-11-01', 7]])],
        ['b', new Map([['2026-11-01', 3]])],
      ]),
      ['2026-11-01'],
    );
    expect(row.zones).toEqual({
      'subnet-1': { bytesProcessed: 7, packetsDropped: 3 },
      'subnet-2': { bytesProcessed: 0, packetsDropped: 0 },
    });
    expect(row.bytesProcessed).toBe(0);
  });

  it('fills missing datapoints with zero and combines target groups', () => {
    const rows = toDailyUsage(
      ['e'],
      [
        query('a', 'bytesProcessed'),
        query('b', 'healthyHostsMin'),
        query('c', 'healthyHostsMin'),
        query('d', 'unhealthyHostsMax'),
      ],
      new Map([
        ['a', new Map([['2026-11-01', 5]])],
        [
          'b',
          new Map([
            ['2026-11-01', 3],
            ['2026-11-02', 2],
          ]),
        ],
        ['c', new Map([['2026-11-01', 1]])],
        ['d', new Map([['2026-11-02', 4]])],
      ]),
      ['2026-11-01', '2026-11-02'],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        day: '2026-11-01',
        bytesProcessed: 5,
        healthyHostsMin: 1,
      }),
      expect.objectContaining({
        day: '2026-11-02',
        bytesProcessed: 0,
        healthyHostsMin: 2,
        unhealthyHostsMax: 4,
      }),
    ]);
    expect(rows[0].unhealthyHostsMax).toBeUndefined();
  });
});
