export type {
  CostReport,
  DailyUsage,
  HealthReport,
  HealthStatus,
  IdleVerdict,
  InventoryRefreshStatus,
  InventoryRow,
  InventorySummary,
  OperatorsStatus,
  UsageCollectionStatus,
  UsageReport,
  ZoneUsage,
} from '@internal/plugin-privatelink-common';
