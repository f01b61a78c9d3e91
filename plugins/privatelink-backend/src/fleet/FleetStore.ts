import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  FleetFilter,
  FleetGroup,
  FleetRow,
  FleetRows,
  FleetSortKey,
  FleetSummary,
  FleetTableQuery,
  FleetVpc,
  HealthStatus,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { privatelinkDatabaseServiceRef } from '../database';

const TABLE = 'privatelink_fleet_rows';
const VPCS = 'privatelink_fleet_vpcs';
const FINDINGS = 'privatelink_findings';
/** Rows per insert: 25 columns, under SQLite's 999 bound variables. */
const INSERT_BATCH = 39;

interface Row {
  entity_ref: string;
  kind: string;
  title: string;
  resource_id: string;
  owner_ref: string | null;
  vendor_ref: string | null;
  account_id: string;
  region: string;
  vpc_id: string | null;
  type: string;
  state: string;
  service_label: string;
  monthly_cost_usd: number;
  nat_saving_usd: number | null;
  idle: boolean | number;
  idle_monthly_usd: number;
  wasted_so_far_usd: number;
  bytes_30d: number | null;
  health: string;
  health_reasons: string;
  findings_high: number;
  findings_medium: number;
  findings_low: number;
  refreshed_at: string;
  search_text?: string;
}

function toRow(row: FleetRow, at: string): Row {
  return {
    entity_ref: row.entityRef,
    kind: row.kind,
    title: row.title,
    resource_id: row.resourceId,
    owner_ref: row.ownerRef ?? null,
    vendor_ref: row.vendorRef ?? null,
    account_id: row.accountId,
    region: row.region,
    vpc_id: row.vpcId ?? null,
    type: row.type,
    state: row.state,
    service_label: row.serviceLabel,
    monthly_cost_usd: row.monthlyCostUsd,
    nat_saving_usd: row.natSavingUsd ?? null,
    idle: row.idle,
    idle_monthly_usd: row.idleMonthlyUsd,
    wasted_so_far_usd: row.wastedSoFarUsd,
    bytes_30d: row.bytesProcessed30d ?? null,
    health: row.health,
    health_reasons: JSON.stringify(row.healthReasons),
    findings_high: row.findings.high,
    findings_medium: row.findings.medium,
    findings_low: row.findings.low,
    refreshed_at: at,
    search_text: searchText(row),
  };
}

function fromRow(row: Row): FleetRow {
  return {
    entityRef: row.entity_ref,
    kind: row.kind as FleetRow['kind'],
    title: row.title,
    resourceId: row.resource_id,
    ...(row.owner_ref ? { ownerRef: row.owner_ref } : {}),
    ...(row.vendor_ref ? { vendorRef: row.vendor_ref } : {}),
    accountId: row.account_id,
    region: row.region,
    ...(row.vpc_id ? { vpcId: row.vpc_id } : {}),
    type: row.type,
    state: row.state,
    serviceLabel: row.service_label,
    monthlyCostUsd: Number(row.monthly_cost_usd),
    ...(row.nat_saving_usd === null
      ? {}
      : { natSavingUsd: Number(row.nat_saving_usd) }),
    idle: !!row.idle,
    idleMonthlyUsd: Number(row.idle_monthly_usd),
    wastedSoFarUsd: Number(row.wasted_so_far_usd),
    ...(row.bytes_30d === null
      ? {}
      : { bytesProcessed30d: Number(row.bytes_30d) }),
    health: row.health as HealthStatus,
    healthReasons: JSON.parse(row.health_reasons),
    findings: {
      high: Number(row.findings_high),
      medium: Number(row.findings_medium),
      low: Number(row.findings_low),
    },
  };
}

/**
 * The SQL each sortable column orders by: health worst last in ascending order, findings by
 * their worst severity first. Migration 20261204000000 indexes each (then entity_ref) by this
 * text: change one, index it anew.
 */
const SORT_COLUMNS: Record<FleetSortKey, string[]> = {
  title: ['lower(title)'],
  resourceId: ['resource_id'],
  tenant: ['owner_ref'],
  vendor: ['vendor_ref'],
  account: ['account_id', 'region'],
  vpc: ['vpc_id'],
  type: ['type'],
  state: ['state'],
  service: ['lower(service_label)'],
  cost: ['monthly_cost_usd'],
  idle: ['idle_monthly_usd'],
  health: [
    "case health when 'unhealthy' then 3 when 'degraded' then 2 when 'unknown' then 1 else 0 end",
  ],
  findings: ['findings_high', 'findings_medium', 'findings_low'],
};

/** Rows a page may read in its sort key's order to find a search's matches (see `rows`). */
const WALKED_ROWS = 10_000;

/** The table's order when no sort is asked. */
const DEFAULT_ORDER = ['account_id', 'resource_id', 'entity_ref'];

/**
 * What a search word is looked for in: the row's name, ids, VPC, tenant, vendor, service,
 * account, region, type, state and health, lower-cased, separated by spaces (a word has none, so
 * it never spans two fields). Kept with the row (`search_text`), so a search is one LIKE.
 */
export function searchText(row: FleetRow): string {
  return [
    row.title,
    row.resourceId,
    row.vpcId,
    row.ownerRef,
    row.vendorRef,
    row.serviceLabel,
    row.accountId,
    row.region,
    row.type,
    row.state,
    row.health,
  ]
    .map(field => field ?? '')
    .join(' ')
    .toLocaleLowerCase('en-US');
}

/** The search's words, lower-cased; none for an empty search. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').toLocaleLowerCase('en-US').split(/\s+/).filter(Boolean);
}

/** A whole VPC, endpoint or endpoint service id (AWS's ids have 8 or 17 hex digits). */
const AWS_ID = /^(vpc|vpce|vpce-svc)-([0-9a-f]{8}|[0-9a-f]{17})$/;
/** A whole account id. */
const ACCOUNT_ID = /^\d{12}$/;

/**
 * Narrows a query to the rows one word matches: "idle", "finding" and the severities by their
 * figures; a whole id by the rows with that id (read through the id columns' indexes: a part
 * of the text would match vpc-1234abcd5678ef901 for vpc-1234abcd, and an id such as
 * vpc-00000000000000000 has no three characters that most rows lack, so the trigram index
 * could not narrow it); any other word as part of the row's search text (case-insensitive,
 * the word taken as text: % and _ match themselves). `strpos` matches the same text as `like`,
 * in a way PostgreSQL does not read through the trigram index (see `rows`).
 */
function matchWord(
  query: Knex.QueryBuilder,
  word: string,
  text: 'like' | 'strpos' = 'like',
) {
  if (word === 'idle') {
    query.where('idle', true);
    return;
  }
  if (word === 'finding' || word === 'findings') {
    query.whereRaw('findings_high + findings_medium + findings_low > 0');
    return;
  }
  if (word === 'high' || word === 'medium' || word === 'low') {
    query.where(`findings_${word}`, '>', 0);
    return;
  }
  if (AWS_ID.test(word)) {
    query.where(ids => ids.where('vpc_id', word).orWhere('resource_id', word));
    return;
  }
  if (ACCOUNT_ID.test(word)) {
    query.where('account_id', word);
    return;
  }
  if (text === 'strpos') {
    query.whereRaw('strpos(search_text, ?) > 0', [word]);
    return;
  }
  const pattern = `%${word.replace(/[\\%_]/g, c => `\\${c}`)}%`;
  query.whereRaw('search_text like ? escape ?', [pattern, '\\']);
}

/** Sums that make a FleetGroup, as SQL select expressions. */
function groupColumns(knex: Knex) {
  return [
    knex.raw("sum(case when kind = 'endpoint' then 1 else 0 end) as endpoints"),
    knex.raw("sum(case when kind = 'service' then 1 else 0 end) as services"),
    knex.raw('coalesce(sum(monthly_cost_usd), 0) as monthly_cost_usd'),
    knex.raw(
      'coalesce(sum(case when nat_saving_usd > 0 then nat_saving_usd else 0 end), 0) as nat_saving_usd',
    ),
    knex.raw('sum(case when idle then 1 else 0 end) as idle'),
    knex.raw('coalesce(sum(idle_monthly_usd), 0) as idle_monthly_usd'),
    knex.raw(
      "sum(case when health = 'unhealthy' then 1 else 0 end) as unhealthy",
    ),
    knex.raw(
      "sum(case when health = 'degraded' then 1 else 0 end) as degraded",
    ),
    knex.raw('coalesce(sum(findings_high), 0) as findings_high'),
    knex.raw('coalesce(sum(findings_medium), 0) as findings_medium'),
    knex.raw('coalesce(sum(findings_low), 0) as findings_low'),
  ];
}

const cents = (value: unknown) => Math.round(Number(value) * 100) / 100;

function toGroup(key: string, row: Record<string, unknown>): FleetGroup {
  return {
    key,
    endpoints: Number(row.endpoints ?? 0),
    services: Number(row.services ?? 0),
    monthlyCostUsd: cents(row.monthly_cost_usd ?? 0),
    natSavingUsd: cents(row.nat_saving_usd ?? 0),
    idle: Number(row.idle ?? 0),
    idleMonthlyUsd: cents(row.idle_monthly_usd ?? 0),
    unhealthy: Number(row.unhealthy ?? 0),
    degraded: Number(row.degraded ?? 0),
    findings: {
      high: Number(row.findings_high ?? 0),
      medium: Number(row.findings_medium ?? 0),
      low: Number(row.findings_low ?? 0),
    },
  };
}

/** A filter's values, in a fixed order: what keys an answer kept for it. */
const filterValues = (filter: FleetFilter) => [
  filter.tenant,
  filter.vendor,
  filter.account,
  filter.region,
  filter.type,
];

/** Answers kept of the current snapshot: one per filter (and search) asked, the oldest dropped first. */
const ANSWERS_KEPT = 200;

/**
 * Answers computed once per snapshot and key: requests that arrive while one is computed wait
 * for it, later ones get it from memory until the snapshot (its time, read by the caller) is
 * replaced. A failed computation is not kept; neither are more than ANSWERS_KEPT.
 */
class PerSnapshot<T> {
  private readonly kept = new Map<string, Promise<T>>();
  /** The snapshot (its time) the kept answers are of. */
  private of: string | null = null;

  get(stamp: string | null, key: string, compute: () => Promise<T>) {
    if (stamp !== this.of) {
      this.kept.clear();
      this.of = stamp;
    }
    const hit = this.kept.get(key);
    if (hit) return hit;
    const computed = compute();
    this.kept.set(key, computed);
    computed.catch(() => this.kept.delete(key));
    if (this.kept.size > ANSWERS_KEPT)
      this.kept.delete(this.kept.keys().next().value!);
    return computed;
  }
}

/**
 * The fleet snapshot, and the page's figures aggregated from it in SQL: a constant number of
 * queries whatever the fleet's size. A snapshot changes only when it is replaced (after each
 * posture evaluation), so each summary is computed once per snapshot and filter: requests that
 * arrive while it is computed wait for the same result, and later ones get it from memory after
 * one indexed read of the snapshot's time (which also tells a replica another one replaced it).
 */
export class FleetStore {
  private readonly summaries = new PerSnapshot<FleetSummary>();
  private readonly counts = new PerSnapshot<number>();

  constructor(private readonly knex: Knex) {}

  /** Replaces the snapshot in one transaction: readers see the old one or the new one. */
  async replace(
    rows: FleetRow[],
    at: Date,
    vpcs: FleetVpc[] = [],
  ): Promise<void> {
    const stamp = at.toISOString();
    await this.knex.transaction(async trx => {
      await trx(TABLE).delete();
      await trx(VPCS).delete();
      const all = rows.map(r => toRow(r, stamp));
      for (let i = 0; i < all.length; i += INSERT_BATCH) {
        await trx(TABLE).insert(all.slice(i, i + INSERT_BATCH));
      }
      const vpcRows = vpcs.map(v => ({
        entity_ref: v.entityRef,
        owner_ref: v.ownerRef ?? null,
        account_id: v.accountId,
        region: v.region,
      }));
      for (let i = 0; i < vpcRows.length; i += 200) {
        await trx(VPCS).insert(vpcRows.slice(i, i + 200));
      }
    });
  }

  /** Findings of the snapshot's VPCs by check, under the filters a VPC can meet. */
  private vpcFindings(filter: FleetFilter) {
    // A VPC has no vendor and no endpoint type.
    if (filter.vendor || (filter.type && filter.type !== 'VPC'))
      return Promise.resolve([]);
    const q = this.knex(`${VPCS} as v`);
    if (filter.tenant) q.where('v.owner_ref', filter.tenant);
    if (filter.account) q.where('v.account_id', filter.account);
    if (filter.region) q.where('v.region', filter.region);
    return q
      .join(`${FINDINGS} as f`, 'f.entity_ref', 'v.entity_ref')
      .whereNull('f.resolved_at')
      .whereNull('f.suppressed')
      .select('f.check_id', 'f.severity', this.knex.raw("'vpc' as kind"))
      .count({ count: '*' })
      .groupBy('f.check_id', 'f.severity');
  }

  private filtered(filter: FleetFilter, table = TABLE) {
    const q = this.knex(table);
    if (filter.tenant) q.where('owner_ref', filter.tenant);
    if (filter.vendor) q.where('vendor_ref', filter.vendor);
    if (filter.account) q.where('account_id', filter.account);
    if (filter.region) q.where('region', filter.region);
    if (filter.type) q.where('type', filter.type);
    return q;
  }

  /**
   * The rows the filters and the search select, in the order asked (ties by ref, so pages do not
   * overlap), one page of them or all (the CSV), with how many there are in all.
   */
  async rows(
    filter: FleetFilter,
    query: FleetTableQuery = {},
  ): Promise<FleetRows> {
    const words = searchWords(query.q);
    const selected = this.filtered(filter);
    for (const word of words) matchWord(selected, word);
    const stamp: string | null =
      (await this.knex(TABLE).first('refreshed_at'))?.refreshed_at ?? null;
    const total = await this.count(stamp, filter, query.q, selected);
    // PostgreSQL cannot estimate how many rows a part of a text matches, and guesses a few: it
    // then collects every match through the trigram index and sorts them, which for a word many
    // rows contain ("us-east-1"), or whose every three characters most rows have, reads the whole
    // fleet for each page. Where reading the sort key's index in order until the page is full
    // costs fewer rows than WALKED_ROWS (the page's end divided by the share of rows the search
    // keeps, both counted once per snapshot), the words are matched with strpos instead, whose
    // share PostgreSQL guesses at a third: it walks the index and stops at the page.
    const walk =
      words.length > 0 &&
      query.limit !== undefined &&
      this.knex.client.dialect === 'postgresql' &&
      total > 0 &&
      ((query.offset ?? 0) + query.limit) *
        (await this.count(stamp, filter, undefined, this.filtered(filter))) <=
        WALKED_ROWS * total;
    const page = this.filtered(filter);
    for (const word of words) matchWord(page, word, walk ? 'strpos' : 'like');
    // Ties by ref in the same direction, so that one index (the migrations make one per sort
    // key) reads a page forwards or backwards instead of sorting every selected row.
    const direction = query.sort ? query.order ?? 'asc' : 'asc';
    const columns = query.sort
      ? [...SORT_COLUMNS[query.sort], 'entity_ref']
      : DEFAULT_ORDER;
    for (const column of columns) page.orderByRaw(`${column} ${direction}`);
    if (query.offset) page.offset(query.offset);
    if (query.limit !== undefined) page.limit(query.limit);
    const rows = await page;
    return {
      rows: rows.map(fromRow),
      total,
      ...(stamp ? { refreshedAt: stamp } : {}),
    };
  }

  /**
   * How many rows a filter and search select in the snapshot of `stamp`: counted once per
   * snapshot (a count reads every selected row, a page only its own), kept like the summaries.
   */
  private count(
    stamp: string | null,
    filter: FleetFilter,
    q: string | undefined,
    selected: Knex.QueryBuilder,
  ): Promise<number> {
    const key = JSON.stringify([...filterValues(filter), searchWords(q)]);
    return this.counts.get(stamp, key, () =>
      selected
        .clone()
        .count({ count: '*' })
        .then(([{ count }]) => Number(count)),
    );
  }

  async summary(filter: FleetFilter): Promise<FleetSummary> {
    const current = await this.knex(TABLE).first('refreshed_at');
    const key = JSON.stringify(filterValues(filter));
    return this.summaries.get(current?.refreshed_at ?? null, key, () =>
      this.computeSummary(filter),
    );
  }

  private async computeSummary(filter: FleetFilter): Promise<FleetSummary> {
    const knex = this.knex;
    const grouped = async (columns: string[]) =>
      this.filtered(filter)
        .select(...columns, ...groupColumns(knex))
        .groupBy(columns)
        .orderBy('monthly_cost_usd', 'desc');
    const [
      totals,
      byType,
      byState,
      byTenant,
      byVendor,
      byCell,
      topIdle,
      unhealthy,
      findings,
      vpcFindings,
      options,
      stamp,
    ] = await Promise.all([
      this.filtered(filter)
        .select(...groupColumns(knex))
        .first(),
      this.filtered(filter)
        .select('type')
        .count({ count: '*' })
        .groupBy('type')
        .orderBy('type'),
      this.filtered(filter)
        .select('state')
        .count({ count: '*' })
        .groupBy('state')
        .orderBy('state'),
      grouped(['owner_ref']),
      grouped(['vendor_ref']),
      grouped(['account_id', 'region']),
      this.filtered(filter)
        .where('idle', true)
        .orderBy([
          { column: 'idle_monthly_usd', order: 'desc' },
          { column: 'wasted_so_far_usd', order: 'desc' },
          { column: 'entity_ref' },
        ])
        .limit(20),
      this.filtered(filter)
        .whereIn('health', ['unhealthy', 'degraded'])
        .orderBy([
          { column: 'health', order: 'desc' },
          { column: 'entity_ref' },
        ])
        .limit(100),
      this.filtered(filter, `${TABLE} as r`)
        .join(`${FINDINGS} as f`, 'f.entity_ref', 'r.entity_ref')
        .whereNull('f.resolved_at')
        .whereNull('f.suppressed')
        .select('f.check_id', 'f.severity', 'r.kind')
        .count({ count: '*' })
        .groupBy('f.check_id', 'f.severity', 'r.kind'),
      this.vpcFindings(filter),
      Promise.all(
        (
          ['owner_ref', 'vendor_ref', 'account_id', 'region', 'type'] as const
        ).map(async column =>
          (
            await knex(TABLE)
              .distinct(column)
              .whereNotNull(column)
              .orderBy(column)
          ).map(r => String(r[column])),
        ),
      ),
      knex(TABLE).max({ at: 'refreshed_at' }).first(),
    ]);
    return {
      filter,
      ...(stamp?.at ? { refreshedAt: String(stamp.at) } : {}),
      totals: toGroup('all', totals ?? {}),
      byType: (byType as Array<Record<string, unknown>>).map(r => ({
        type: String(r.type),
        count: Number(r.count),
      })),
      byState: (byState as Array<Record<string, unknown>>).map(r => ({
        state: String(r.state),
        count: Number(r.count),
      })),
      byTenant: byTenant.map(r => toGroup(r.owner_ref ?? 'no owner', r)),
      byVendor: byVendor.map(r => toGroup(r.vendor_ref ?? 'internal', r)),
      byAccountRegion: byCell.map(r =>
        toGroup(`${r.account_id} ${r.region}`, r),
      ),
      topIdle: (topIdle as Row[]).map(fromRow),
      unhealthy: (unhealthy as Row[]).map(fromRow),
      findingsByCheck: [
        ...(findings as Array<Record<string, unknown>>),
        ...(vpcFindings as Array<Record<string, unknown>>),
      ]
        .map(r => ({
          checkId: String(r.check_id),
          severity: String(r.severity),
          count: Number(r.count),
          subject: String(r.kind) as 'endpoint' | 'service' | 'vpc',
        }))
        .sort(
          (a, b) => b.count - a.count || a.checkId.localeCompare(b.checkId),
        ),
      options: {
        tenants: options[0],
        vendors: options[1],
        accounts: options[2],
        regions: options[3],
        types: options[4],
      },
    };
  }
}

export const fleetStoreServiceRef = createServiceRef<FleetStore>({
  id: 'privatelink.fleet-store',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: privatelinkDatabaseServiceRef },
      factory: ({ database }) => new FleetStore(database),
    }),
});
