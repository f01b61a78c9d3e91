/*
 * What the privatelink backend serves and the cards read: one definition for both sides.
 */

/** One UTC day of CloudWatch metrics of an endpoint or a provided service. @public */
export interface DailyUsage {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  bytesProcessed: number;
  newConnections: number;
  /** The day's highest ActiveConnections. */
  activeConnectionsMax: number;
  packetsDropped: number;
  /** RstPacketsReceived for endpoints, RstPacketsSent for services. */
  resetPackets: number;
  /** Provider services only: the lowest HealthyHostCount of the day across target groups. */
  healthyHostsMin?: number;
  /** Provider services only: the highest UnHealthyHostCount of the day. */
  unhealthyHostsMax?: number;
  /** Interface and GWLB endpoints: the day per subnet (one subnet per AZ). */
  zones?: Record<string, ZoneUsage>;
}

/** One subnet's share of an endpoint's day. @public */
export interface ZoneUsage {
  bytesProcessed: number;
  packetsDropped: number;
}

/** Whether an endpoint that costs money carries traffic. @public */
export interface IdleVerdict {
  idle: boolean;
  /** Why, in a sentence a card can show. */
  reason: string;
  /** Days of history the verdict rests on. */
  observedDays: number;
  /** Consecutive days without bytes up to the last collected day. */
  daysWithoutBytes: number;
  /** What those days cost in hourly charges, USD. */
  wastedUsd: number;
}

/** @public */
export interface UsageReport {
  entityRef: string;
  /** False for gateway endpoints and consumed services: there are no metrics of theirs to show. */
  metricsPublished: boolean;
  note?: string;
  from: string;
  to: string;
  days: DailyUsage[];
  totals: { bytesProcessed: number; newConnections: number };
  idle?: IdleVerdict;
}

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
export interface CostReport extends MonthlyCost {
  entityRef: string;
  applicable: boolean;
  note?: string;
  basis: string;
}

/** @public */
export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy' | 'unknown';

/** @public */
export interface HealthReport {
  entityRef: string;
  status: HealthStatus;
  reasons: string[];
  state?: string;
  lastDay?: DailyUsage;
  /** Each AZ of the endpoint, with its last collected day when metrics per subnet exist. */
  zones: Array<{
    availabilityZone: string;
    subnetId: string;
    networkInterfaceId?: string;
    status: HealthStatus;
    reason: string;
    bytesProcessed?: number;
    packetsDropped?: number;
  }>;
  targets?: { healthyHostsMin?: number; unhealthyHostsMax?: number; day: string };
}

/** Usage, cost and health of every endpoint an owner has. @public */
export interface InventorySummary {
  owner: string;
  endpoints: Array<{
    entityRef: string;
    bytesProcessed30d?: number;
    idle?: boolean;
    monthlyCostUsd: number;
    natSavingUsd?: number;
    health: HealthStatus;
  }>;
}
