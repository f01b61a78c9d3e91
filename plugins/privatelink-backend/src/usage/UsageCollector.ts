import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { awsAccessServiceRef } from '@privatelink-portal/plugin-privatelink-node';
import { stringifyError } from '@backstage/errors';
import {
  DailyUsage,
  UsageCollectionStatus,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import { clockServiceRef } from '../clock';
import { settingsServiceRef } from '../settings';
import { StatusService, statusServiceRef } from '../status';
import {
  addDays,
  contiguousRuns,
  daysInRange,
  lastCompleteDay,
} from '../calendar';
import {
  AccountMetricSources,
  GET_METRIC_DATA_USD_PER_1000_METRICS,
  MetricSource,
} from './MetricSource';
import { UsageStore } from './UsageStore';
import { usageStoreServiceRef } from './DatabaseUsageStore';
import {
  MetricCell,
  MetricQuery,
  planMetricQueries,
  targetHealthQueries,
  withListedServiceSeries,
} from './metricQueries';
import { groupBy } from '../groupBy';
import { eachConcurrently } from '../concurrently';

export interface UsageCollectionSettings {
  /** Days to fetch for an entity that has none collected yet. */
  backfillDays: number;
  /** Rollups older than this many days are deleted. */
  retentionDays: number;
  /** Also collect bytes and dropped packets per subnet (AZ) of each endpoint. */
  perZone: boolean;
  /** Account-regions collected at the same time. */
  concurrency: number;
}

/** What one collection did, per account and region. */
export interface CollectionReport {
  cells: UsageCollectionStatus[];
  deletedRows: number;
  /** Entities that claim to be endpoints or services and do not match the contract. */
  invalid: Array<{ entityRef: string; error: string }>;
}

/** A cell's figures when nothing was collected for it. */
const NOTHING_COLLECTED = {
  metricsRequested: 0,
  cloudWatchCostUsd: 0,
  daysFetched: 0,
  rows: 0,
};

const ABORTED =
  'the task was aborted (its timeout passed, or the backend is stopping)';

/**
 * Collects daily CloudWatch rollups of every endpoint and provided service in the catalog.
 *
 * Each entity gets a row for every collected day (zeros where CloudWatch had no datapoint), so
 * the store knows which days it has; only missing days are fetched. After downtime the next run
 * fetches the gap and nothing else; a new endpoint gets its backfill; re-running a day replaces
 * its row. One account and region failing is logged and leaves the others alone. Cells are
 * read from the catalog, planned, fetched and written one at a time by each of a few workers.
 */
export class UsageCollector {
  constructor(
    private readonly options: {
      entities: PrivateLinkEntities;
      auth: AuthService;
      store: UsageStore;
      source: MetricSource;
      settings: UsageCollectionSettings;
      logger: LoggerService;
      /** Where each collection's figures are kept for the operators' status. */
      status?: StatusService;
    },
  ) {}

  /**
   * Collects every cell. Once `signal` aborts (the task's timeout passed, or the backend stops),
   * no further cell is started: those left are reported as not collected, and the next run
   * fetches their days.
   */
  async collect(now: Date, signal?: AbortSignal): Promise<CollectionReport> {
    const { store, settings, logger, status, entities } = this.options;
    const lastDay = lastCompleteDay(now);
    const firstDay = addDays(lastDay, -(settings.backfillDays - 1));
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { cells, elsewhere } = await entities.cells(credentials);
    // Entities collected nowhere (other providers' services) are read only to report broken ones.
    const { invalid } = await entities.byRefs(elsewhere, credentials);
    const report: CollectionReport = { cells: [], deletedRows: 0, invalid };
    // One account and region at a time per worker: its entities, plan, metrics and rows are all
    // that worker holds, so memory follows the largest cells in flight, not the fleet.
    const notStarted: string[] = [];
    await eachConcurrently(cells, settings.concurrency, async placed => {
      const started = {
        collectedAt: now.toISOString(),
        accountId: placed.accountId,
        region: placed.region,
      };
      let entityCount = placed.entityRefs.length;
      if (signal?.aborted) {
        // Reported per cell, logged once below.
        notStarted.push(`${placed.accountId} in ${placed.region}`);
        report.cells.push({
          ...started,
          ...NOTHING_COLLECTED,
          entities: entityCount,
          error: `not started: ${ABORTED}`,
        });
        return;
      }
      try {
        const read = await entities.byRefs(placed.entityRefs, credentials);
        invalid.push(...read.invalid);
        for (const cell of planMetricQueries(read.entities, {
          perZone: settings.perZone,
        })) {
          entityCount = cell.entityRefs.length;
          report.cells.push({
            ...started,
            ...(await this.collectCell(cell, firstDay, lastDay)),
          });
        }
      } catch (error) {
        const message = stringifyError(error);
        logger.error(
          `PrivateLink usage of account ${placed.accountId} in ${placed.region} not collected; stored history is kept: ${message}`,
        );
        report.cells.push({
          ...started,
          ...NOTHING_COLLECTED,
          entities: entityCount,
          error: message,
        });
      }
    });
    if (notStarted.length) {
      logger.warn(
        `PrivateLink usage collection stopped before ${notStarted.length} of ${
          cells.length
        } account-regions (${notStarted.slice(0, 5).join(', ')}${
          notStarted.length > 5 ? ', ...' : ''
        }): ${ABORTED}; the next run collects them`,
      );
    }
    report.cells.sort(
      (a, b) =>
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region),
    );
    report.deletedRows = await store.deleteBefore(
      addDays(lastDay, -(settings.retentionDays - 1)),
    );
    await status?.recordUsage(report.cells);
    await status?.replaceInvalidEntities(invalid);
    return report;
  }

  private async collectCell(
    planned: MetricCell,
    firstDay: string,
    lastDay: string,
  ) {
    const { store, source, status } = this.options;
    let cell = planned;
    const allDays = Array.from(
      { length: daysInRange(firstDay, lastDay) },
      (_, i) => addDays(firstDay, i),
    );
    const collected = await store.listCollectedDays(
      cell.entityRefs,
      firstDay,
      lastDay,
    );
    // Entities missing the same days, fetched together (none when nothing is missing).
    const groups = groupBy(cell.entityRefs, ref => {
      const have = collected.get(ref) ?? new Set();
      const missing = allDays.filter(d => !have.has(d));
      return missing.length === 0 ? undefined : missing.join(',');
    });
    let metricsRequested = 0;
    let queries = 0;
    let daysFetched = 0;
    let rows = 0;
    const missingRefs = new Set([...groups.values()].flat());
    // Provided services are read from the series CloudWatch lists for them, when it can list.
    if (cell.services.some(s => missingRefs.has(s.entityRef))) {
      const listed = await source.listedServiceSeries(
        cell.accountId,
        cell.region,
      );
      if (listed) {
        const chosen = withListedServiceSeries(cell, listed);
        cell = chosen.cell;
        await status?.recordSeries(chosen.series);
      }
    }
    // Target groups only of the load balancers whose services miss days.
    const loadBalancers = cell.loadBalancers.filter(l =>
      missingRefs.has(l.entityRef),
    );
    const targetGroups = loadBalancers.length
      ? await source.targetGroups(
          cell.accountId,
          cell.region,
          loadBalancers.map(l => l.arn),
        )
      : new Map<string, string[]>();
    for (const [key, refs] of groups) {
      const wanted = new Set(refs);
      const cellQueries: MetricQuery[] = cell.queries.filter(q =>
        wanted.has(q.entityRef),
      );
      cellQueries.push(
        ...targetHealthQueries(
          cell.loadBalancers
            .filter(l => wanted.has(l.entityRef))
            .map(l => ({
              ...l,
              targetGroupArns: targetGroups.get(l.arn) ?? [],
            })),
          cell.queries.length + queries,
        ),
      );
      for (const run of contiguousRuns(key.split(','))) {
        const fetched = await source.getDailyValues(
          cell.accountId,
          cell.region,
          cellQueries,
          run.from,
          run.to,
        );
        metricsRequested += fetched.metricsRequested;
        const usage = toDailyUsage(refs, cellQueries, fetched.values, run.days);
        await store.upsertDailyUsage(usage);
        rows += usage.length;
        daysFetched += run.days.length;
      }
      queries += cellQueries.length;
    }
    return {
      entities: cell.entityRefs.length,
      metricsRequested,
      cloudWatchCostUsd:
        Math.round(
          (metricsRequested / 1000) *
            GET_METRIC_DATA_USD_PER_1000_METRICS *
            10_000,
        ) / 10_000,
      daysFetched,
      rows,
    };
  }
}

/**
 * One row per entity and day. A metric without a datapoint that day was zero (CloudWatch
 * publishes only minutes with traffic); target health without a datapoint stays unknown.
 * Several target groups of one service combine into the lowest healthy and highest unhealthy.
 */
export function toDailyUsage(
  entityRefs: string[],
  queries: MetricQuery[],
  values: Map<string, Map<string, number>>,
  days: string[],
): Array<DailyUsage & { entityRef: string }> {
  const rows = new Map<string, DailyUsage & { entityRef: string }>();
  for (const entityRef of entityRefs) {
    for (const day of days) {
      rows.set(`${entityRef} ${day}`, {
        entityRef,
        day,
        bytesProcessed: 0,
        newConnections: 0,
        activeConnectionsMax: 0,
        packetsDropped: 0,
        resetPackets: 0,
      });
    }
  }
  // A subnet without a datapoint carried nothing that day, like the endpoint as a whole.
  for (const query of queries) {
    if (!query.subnetId) continue;
    for (const day of days) {
      const row = rows.get(`${query.entityRef} ${day}`);
      if (row)
        (row.zones ??= {})[query.subnetId] ??= {
          bytesProcessed: 0,
          packetsDropped: 0,
        };
    }
  }
  for (const query of queries) {
    const byDay = values.get(query.id);
    if (!byDay) continue;
    for (const [day, value] of byDay) {
      const row = rows.get(`${query.entityRef} ${day}`);
      if (!row) continue;
      const zone = query.subnetId ? row.zones?.[query.subnetId] : undefined;
      if (zone) {
        if (
          query.field === 'bytesProcessed' ||
          query.field === 'packetsDropped'
        )
          zone[query.field] += value;
      } else if (query.field === 'healthyHostsMin') {
        row.healthyHostsMin = Math.min(row.healthyHostsMin ?? Infinity, value);
      } else if (query.field === 'unhealthyHostsMax') {
        row.unhealthyHostsMax = Math.max(row.unhealthyHostsMax ?? 0, value);
      } else {
        row[query.field] += value;
      }
    }
  }
  return [...rows.values()];
}

/**
 * The plugin's collector: CloudWatch in each configured account through the AWS access service,
 * up to the last complete UTC day by the plugin's clock.
 */
export const usageCollectorServiceRef = createServiceRef<UsageCollector>({
  id: 'privatelink.usage-collector',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        entities: privatelinkEntitiesServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
        store: usageStoreServiceRef,
        aws: awsAccessServiceRef,
        settings: settingsServiceRef,
        status: statusServiceRef,
        clock: clockServiceRef,
      },
      factory: ({ aws, clock, settings, ...deps }) =>
        new UsageCollector({
          ...deps,
          settings,
          source: new AccountMetricSources(settings.accounts, aws, () =>
            lastCompleteDay(clock.now()),
          ),
        }),
    }),
});
