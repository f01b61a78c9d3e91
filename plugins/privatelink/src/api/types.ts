/** One day of CloudWatch rollups, as the backend serves it. */
export interface DailyUsage {
  day: string;
  bytesProcessed: number;
  newConnections: number;
  activeConnectionsMax: number;
  packetsDropped: number;
  resetPackets: number;
  healthyHostsMin?: number;
  unhealthyHostsMax?: number;
}

export interface IdleVerdict {
  idle: boolean;
  reason: string;
  observedDays: number;
  daysWithoutBytes: number;
  wastedUsd: number;
}

export interface UsageReport {
  entityRef: string;
  metricsPublished: boolean;
  note?: string;
  from: string;
  to: string;
  days: DailyUsage[];
  totals: { bytesProcessed: number; newConnections: number };
  idle?: IdleVerdict;
}

export interface CostReport {
  entityRef: string;
  applicable: boolean;
  note?: string;
  currency: 'USD';
  hourly: number;
  dataProcessing: number;
  total: number;
  gbPerMonth?: number;
  natCounterfactual?: number;
  saving?: number;
  formula: string;
  basis: string;
}

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy' | 'unknown';

export interface HealthReport {
  entityRef: string;
  status: HealthStatus;
  reasons: string[];
  state?: string;
  lastDay?: DailyUsage;
  zones: Array<{ availabilityZone: string; subnetId: string; networkInterfaceId?: string }>;
  targets?: { healthyHostsMin?: number; unhealthyHostsMax?: number; day: string };
}

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
