import type { components, operations } from './schema/openapi/generated/types';

/*
 * What the privatelink backend serves and the cards read: one definition for both sides.
 */

/** One UTC day of CloudWatch metrics of an endpoint or a provided service. @public */
export type DailyUsage = components['schemas']['DailyUsage'];

/** One subnet's share of an endpoint's day. @public */
export type ZoneUsage = components['schemas']['ZoneUsage'];

/** Whether an endpoint that costs money carries traffic. @public */
export type IdleVerdict = components['schemas']['IdleVerdict'];

/** @public */
export type UsageReport = components['schemas']['UsageReport'];

/** A monthly cost estimate, each number with the formula that made it. @public */
export interface MonthlyCost {
  currency: 'USD';
  hourly: number;
  dataProcessing: number;
  total: number;
  gbPerMonth: number | undefined;
  /** What the same bytes would cost through a NAT gateway (data processing only). */
  natCounterfactual: number | undefined;
  /** natCounterfactual - total; undefined when the bytes are unknown. */
  saving: number | undefined;
  formula: string;
}

/** @public */
export type CostReport = components['schemas']['CostReport'];

/** @public */
export type HealthStatus = components['schemas']['HealthStatus'];

/** @public */
export type HealthReport = components['schemas']['HealthReport'];

/** One endpoint of a tenant's inventory, as the backend computed it. @public */
export type InventoryRow = components['schemas']['InventoryRow'];

/** One endpoint service a tenant provides from its own accounts, as the backend computed it. @public */
export type ProvidedServiceRow = components['schemas']['ProvidedServiceRow'];

/** The endpoints an owner has, with usage, cost and health, and the services it provides. @public */
export type InventorySummary = components['schemas']['InventorySummary'];

/** The columns a tenant's inventory sorts by: each the row field its column shows. @public */
export type InventorySortKey = NonNullable<
  NonNullable<operations['getInventory']['parameters']['query']>['sort']
>;

/**
 * How a tenant's inventory asks for a page: the search's words, the column to sort by and the
 * order, and the page (every row when `limit` is not given). @public
 */
export interface InventoryQuery {
  q?: string;
  sort?: InventorySortKey;
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/** What the last refresh of one account's inventory did. @public */
export type InventoryRefreshStatus =
  components['schemas']['InventoryRefreshStatus'];

/**
 * Whether the inventory an entity comes from is current: stale when its account's last refresh
 * attempt failed (revoked credentials, throttling), with the time of the last good one. The
 * error itself is for the operators' status. @public
 */
export type InventoryFreshness = components['schemas']['InventoryFreshness'];

/** What the last usage collection did in one account and region. @public */
export type UsageCollectionStatus =
  components['schemas']['UsageCollectionStatus'];

/** The operators' view of the portal. @public */
export type OperatorsStatus = components['schemas']['OperatorsStatus'];

/** @public */
export type FindingSeverity = components['schemas']['FindingSeverity'];

/** What one posture check found on one endpoint or service. @public */
export type PostureFinding = components['schemas']['PostureFinding'];

/** A request in the portal that fixes a finding, its form filled in. @public */
export type FindingRemedy = components['schemas']['FindingRemedy'];

/** An entity's open findings and the checks that ran on it. @public */
export type PostureReport = components['schemas']['PostureReport'];

/**
 * What an entity page's cards show, in one answer: usage of the last 30 days, cost, health,
 * alerts, findings and freshness; a VPC has findings and freshness only. @public
 */
export type EntitySummary = components['schemas']['EntitySummary'];

/** What a tenant's or a vendor's endpoints cost each month, and this month's forecast. @public */
export type CostHistory = components['schemas']['CostHistory'];

/** One month of a cost history. @public */
export type CostMonth = components['schemas']['CostMonth'];

/** This month so far, where it ends at the same daily rate, and against last month. @public */
export type CostForecast = components['schemas']['CostForecast'];
