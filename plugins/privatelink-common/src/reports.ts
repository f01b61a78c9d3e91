import { EndpointType } from './contract';

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
  /**
   * What the endpoint costs a month while it carries nothing: its hourly charges x 730 h, the
   * hourly part of its Cost card (USD; 0 for gateway endpoints). The figure every "idle: $X a
   * month" shows.
   */
  monthlyUsd: number;
  /** What its days without bytes have cost so far in hourly charges, USD: not a monthly figure. */
  wastedSoFarUsd: number;
}

/** @public */
export interface UsageReport {
  entityRef: string;
  /** False for gateway endpoints and consumed services: there are no metrics of theirs to show. */
  metricsPublished: boolean;
  /**
   * The CloudWatch series the figures are read from (namespace, metrics, dimension set), in words;
   * set when metrics are published.
   */
  series?: string;
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
  /** The days the estimate rests on, in words. */
  basis: string;
  /** The bytes of those days (CloudWatch BytesProcessed, summed); undefined when none are known. */
  basisBytes?: number;
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
  targets?: {
    healthyHostsMin?: number;
    unhealthyHostsMax?: number;
    day: string;
  };
}

/** One endpoint of a tenant's inventory, as the backend computed it. @public */
export interface InventoryRow {
  entityRef: string;
  /** The owning team, when the inventory includes child teams. */
  ownerRef?: string;
  endpointId: string;
  title: string;
  endpointType: EndpointType;
  state: string;
  serviceName: string;
  /** The service as people say it: `s3`, a vendor's title, or the service id. */
  serviceLabel: string;
  /** Ref of the vendor Group behind the service, when it is not one of ours. */
  vendorRef?: string;
  accountId: string;
  region: string;
  vpcId: string;
  /** AZs the endpoint has a subnet in; undefined for gateway endpoints, which have none. */
  availabilityZones?: number;
  privateDnsEnabled?: boolean;
  createdAt?: string;
  /** Bytes of the last 30 collected days; undefined for gateway endpoints (no metrics). */
  bytesProcessed30d?: number;
  idle?: IdleVerdict;
  monthlyCostUsd: number;
  natSavingUsd?: number;
  health: HealthStatus;
  healthReasons: string[];
  /** Open posture findings that are not suppressed, by severity, and their check ids. */
  findings: { high: number; medium: number; low: number; checkIds: string[] };
}

/** One endpoint service a tenant provides from its own accounts, as the backend computed it. @public */
export interface ProvidedServiceRow {
  entityRef: string;
  /** The owning team, when the inventory includes child teams. */
  ownerRef?: string;
  title: string;
  serviceName: string;
  serviceId?: string;
  accountId: string;
  region: string;
  state: string;
  acceptanceRequired?: boolean;
  /** Endpoint connections to it (DescribeVpcEndpointConnections); undefined when they could not be read. */
  consumers?: { total: number; accepted: number; outsideInventory: number };
  health: HealthStatus;
  healthReasons: string[];
  findings: { high: number; medium: number; low: number; checkIds: string[] };
}

/** The endpoints an owner has, with usage, cost and health, and the services it provides. @public */
export interface InventorySummary {
  owner: string;
  /** The child teams whose endpoints are included, when asked for. */
  includedGroups?: string[];
  endpoints: InventoryRow[];
  /** The endpoint services the owner provides from its own accounts, with health and consumers. */
  services: ProvidedServiceRow[];
  /** Endpoints the owner has whose entity does not match the contract: left out, named here. */
  invalid: Array<{ entityRef: string; error: string }>;
}

/** What the last refresh of one account's inventory did. @public */
export interface InventoryRefreshStatus {
  /** The catalog entity provider, one per account. */
  provider: string;
  accountId?: string;
  source?: 'aws' | 'snapshot';
  regions: string[];
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastErrorAt?: string;
  /** The cause of the last failure; cleared by the next success. */
  lastError?: string;
  /** The first of the failures since the last success; cleared by the next success. */
  failingSince?: string;
  durationMs?: number;
  entities?: number;
  /** AWS API calls of the last attempt, by region and API. */
  apiCalls: Array<{ region: string; api: string; calls: number }>;
  /** Enrichment AWS denied in the last attempt: left out of the entities, the inventory applied. */
  omitted: Array<{ region: string; api: string; reason: string }>;
  /**
   * AWS data the last attempt refused (a resource left out, an owner tag not used), the first
   * 100; `problemCount` says how many there were.
   */
  problems?: Array<{ region: string; resource: string; problem: string }>;
  problemCount?: number;
}

/**
 * Whether the inventory an entity comes from is current: stale when its account's last refresh
 * attempt failed (revoked credentials, throttling), with the time of the last good one. The
 * error itself is for the operators' status. @public
 */
export interface InventoryFreshness {
  entityRef: string;
  accountId: string;
  /** Undefined when the account has no refresh on record (a portal that just started). */
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  stale: boolean;
  /** When the failing refreshes began to fail (the last failure, when no success followed). */
  failingSince?: string;
}

/** What the last usage collection did in one account and region. @public */
export interface UsageCollectionStatus {
  accountId: string;
  region: string;
  collectedAt: string;
  entities: number;
  daysFetched: number;
  rows: number;
  /** CloudWatch metrics requested (each query of each call counts, as CloudWatch bills it). */
  metricsRequested: number;
  /** metricsRequested x the GetMetricData price per 1,000 metrics. */
  cloudWatchCostUsd: number;
  error?: string;
}

/** The operators' view of the portal. @public */
export interface OperatorsStatus {
  inventory: InventoryRefreshStatus[];
  usage: UsageCollectionStatus[];
  /** Entities that claim to be endpoints or services and do not match the contract. */
  invalidEntities: Array<{ entityRef: string; error: string; seenAt: string }>;
}

/** @public */
export type FindingSeverity = 'high' | 'medium' | 'low';

/** What one posture check found on one endpoint or service. @public */
export interface PostureFinding {
  entityRef: string;
  checkId: string;
  severity: FindingSeverity;
  title: string;
  /** The statements, rules or facts that made the check fire. */
  evidence: string[];
  fix: string;
  /** Set when the owner suppressed the check on this entity: the annotation's reason. */
  suppressed?: string;
  firstSeen: string;
  lastSeen: string;
}

/** An entity's open findings and the checks that ran on it. @public */
export interface PostureReport {
  entityRef: string;
  findings: PostureFinding[];
  checks: Array<{ id: string; title: string; severity: FindingSeverity }>;
}
