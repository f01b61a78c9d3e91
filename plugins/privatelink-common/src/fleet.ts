import type { HealthStatus } from './reports';

/** What the fleet page filters by; every filter narrows every figure on the page. @public */
export interface FleetFilter {
  tenant?: string;
  vendor?: string;
  account?: string;
  region?: string;
  /** Interface, Gateway, GatewayLoadBalancer, or Service for the services our accounts provide. */
  type?: string;
}

/** One endpoint or provided service in the fleet snapshot. @public */
export interface FleetRow {
  entityRef: string;
  kind: 'endpoint' | 'service';
  title: string;
  /** The endpoint id, or the service id. */
  resourceId: string;
  ownerRef?: string;
  vendorRef?: string;
  accountId: string;
  region: string;
  vpcId?: string;
  type: string;
  state: string;
  serviceLabel: string;
  monthlyCostUsd: number;
  natSavingUsd?: number;
  idle: boolean;
  /**
   * What an idle endpoint costs a month while idle (its hourly charges x 730 h, the Cost card's
   * hourly part); 0 when it is in use.
   */
  idleMonthlyUsd: number;
  /** What an idle endpoint's days without bytes have cost so far; 0 when it is in use. */
  wastedSoFarUsd: number;
  bytesProcessed30d?: number;
  health: HealthStatus;
  healthReasons: string[];
  findings: { high: number; medium: number; low: number };
}

/** A VPC of the fleet snapshot: whose it is and where, for its findings to be counted. @public */
export interface FleetVpc {
  entityRef: string;
  ownerRef?: string;
  accountId: string;
  region: string;
}

/** A group of the fleet (a tenant, a vendor, an account and region) and its figures. @public */
export interface FleetGroup {
  key: string;
  endpoints: number;
  services: number;
  monthlyCostUsd: number;
  natSavingUsd: number;
  idle: number;
  /** What the idle endpoints cost a month while idle. */
  idleMonthlyUsd: number;
  unhealthy: number;
  degraded: number;
  findings: { high: number; medium: number; low: number };
}

/** The fleet page's figures, aggregated by the backend. @public */
export interface FleetSummary {
  filter: FleetFilter;
  /** When the snapshot the figures come from was taken; none before the first one. */
  refreshedAt?: string;
  totals: FleetGroup;
  byType: Array<{ type: string; count: number }>;
  byState: Array<{ state: string; count: number }>;
  byTenant: FleetGroup[];
  byVendor: FleetGroup[];
  byAccountRegion: FleetGroup[];
  /** Idle endpoints, the dearest a month first (at most 20). */
  topIdle: FleetRow[];
  /** Unhealthy, then degraded endpoints and services (at most 100). */
  unhealthy: FleetRow[];
  /**
   * Open, unsuppressed findings of the fleet's endpoints, provided services and VPCs by check and
   * severity, with the kind of entity each check is of. VPCs have no vendor or endpoint type: a
   * vendor filter, or a type filter other than `VPC`, leaves their findings out.
   */
  findingsByCheck: Array<{
    checkId: string;
    severity: string;
    count: number;
    subject: 'endpoint' | 'service' | 'vpc';
  }>;
  /** What the filters can take, from the whole fleet. */
  options: {
    tenants: string[];
    vendors: string[];
    accounts: string[];
    regions: string[];
    types: string[];
  };
}
