export type {
  CostReport,
  DailyUsage,
  HealthReport,
  HealthStatus,
  IdleVerdict,
  InventorySummary,
  UsageReport,
} from '@internal/plugin-privatelink-common';
