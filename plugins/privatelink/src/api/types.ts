export type {
  CostReport,
  DailyUsage,
  HealthReport,
  HealthStatus,
  IdleVerdict,
  InventorySummary,
  UsageReport,
} from '@internal/plugin-privatelink-common';
export type { ZoneUsage } from '@internal/plugin-privatelink-common';
