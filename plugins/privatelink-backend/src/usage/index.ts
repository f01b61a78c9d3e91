/** Usage: collected CloudWatch rollups, the idle verdict, and the usage route. */
export { UsageService, usageServiceRef } from './UsageService';
export { UsageCollector, usageCollectorServiceRef } from './UsageCollector';
export type { CollectionReport } from './UsageCollector';
export type { MonthUsage, WindowTotals } from './UsageStore';
export { TRAILING_DAYS } from './trailingDays';
export { createUsageRoutes } from './routes';
