import {
  InventoryQuery,
  InventoryRow,
  InventorySortKey,
  InventorySummary,
} from '@privatelink-portal/plugin-privatelink-common';

/** The inventory's sortable columns (the spec's, as tsc checks in `routes.ts`). */
export const INVENTORY_SORT_KEYS = [
  'title',
  'endpointType',
  'serviceLabel',
  'accountId',
  'availabilityZones',
  'bytesProcessed30d',
  'monthlyCostUsd',
  'findings',
  'health',
  'ownerRef',
] as const;

type InventoryTotals = InventorySummary['totals'];

const fold = (text: string) => text.toLocaleLowerCase('en-US');

/**
 * The words a row is found by: its name, endpoint id, VPC id, service, vendor ("internal" when
 * none), account, region, type, state, team, health, "idle" when idle, and its findings' check ids.
 */
function searchText(r: InventoryRow): string {
  return fold(
    [
      r.title,
      r.endpointId,
      r.vpcId,
      r.serviceLabel,
      r.serviceName,
      r.vendorRef ?? 'internal',
      r.accountId,
      r.region,
      r.endpointType,
      r.state,
      r.ownerRef ?? '',
      r.health,
      r.idle?.idle ? 'idle' : '',
      ...r.healthReasons,
      ...r.findings.checkIds,
    ].join(' '),
  );
}

/** Whether a row has every word of the search, in any order and case. */
export function inventoryMatches(r: InventoryRow, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(r);
  return words.every(word => text.includes(word));
}

const HEALTH_RANK: Record<string, number> = {
  unhealthy: 3,
  degraded: 2,
  unknown: 1,
};

/** Each column's order: numbers as numbers (gateways' missing bytes and AZs first), health worst last, any high finding above every medium. */
const SORT_VALUE: Record<
  InventorySortKey,
  (r: InventoryRow) => string | number
> = {
  title: r => fold(r.title),
  endpointType: r => r.endpointType,
  serviceLabel: r => fold(r.serviceLabel),
  accountId: r => r.accountId,
  availabilityZones: r => r.availabilityZones ?? -1,
  bytesProcessed30d: r => r.bytesProcessed30d ?? -1,
  monthlyCostUsd: r => r.monthlyCostUsd,
  findings: r =>
    r.findings.high * 1_000_000 + r.findings.medium * 1_000 + r.findings.low,
  health: r => HEALTH_RANK[r.health] ?? 0,
  ownerRef: r => r.ownerRef ?? '',
};

const compare = (a: string | number, b: string | number) =>
  typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));

/** The card's default order and every sort's tie-break: account, then endpoint id. */
const byAccountAndId = (a: InventoryRow, b: InventoryRow) =>
  a.accountId.localeCompare(b.accountId) ||
  a.endpointId.localeCompare(b.endpointId);

/**
 * The rows the search selects, sorted, and the page asked for (every row without a limit), with
 * their count and what they add up to. Ties keep the account-and-id order, so pages never overlap.
 */
export function inventoryPage(
  rows: InventoryRow[],
  query: InventoryQuery,
): { page: InventoryRow[]; total: number; totals: InventoryTotals } {
  const selected = query.q
    ? rows.filter(r => inventoryMatches(r, query.q!))
    : rows;
  const value = query.sort ? SORT_VALUE[query.sort] : undefined;
  const direction = query.order === 'desc' ? -1 : 1;
  const sorted = [...selected].sort(
    (a, b) =>
      (value ? direction * compare(value(a), value(b)) : 0) ||
      byAccountAndId(a, b),
  );
  const offset = query.offset ?? 0;
  const page =
    query.limit === undefined
      ? sorted.slice(offset)
      : sorted.slice(offset, offset + query.limit);
  const totals: InventoryTotals = {
    monthlyCostUsd: 0,
    bytesProcessed30d: 0,
    idle: 0,
    idleMonthlyUsd: 0,
  };
  for (const r of selected) {
    totals.monthlyCostUsd += r.monthlyCostUsd;
    totals.bytesProcessed30d += r.bytesProcessed30d ?? 0;
    if (r.idle?.idle) {
      totals.idle++;
      totals.idleMonthlyUsd += r.idle.monthlyUsd;
    }
  }
  return { page, total: selected.length, totals };
}
