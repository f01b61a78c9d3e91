import { DailyUsage } from '../lib/usage';

/** Where daily rollups live, past CloudWatch's retention. */
export interface UsageStore {
  /** Inserts or replaces the rollups of the given days: re-running a day is idempotent. */
  upsertDailyUsage(rows: Array<DailyUsage & { entityRef: string }>): Promise<void>;
  /** One entity's days in [from, to], oldest first. */
  listDailyUsage(entityRef: string, from: string, to: string): Promise<DailyUsage[]>;
  /** Many entities' days in [from, to], for inventory tables. */
  listDailyUsageOf(entityRefs: string[], from: string, to: string): Promise<Map<string, DailyUsage[]>>;
  /** For each entity, the days in [from, to] that have a row. */
  listCollectedDays(entityRefs: string[], from: string, to: string): Promise<Map<string, Set<string>>>;
  /** The first day that has a row for an entity, if any. */
  firstCollectedDay(entityRef: string): Promise<string | undefined>;
  /** Deletes rollups before `day`. Returns the rows deleted. */
  deleteBefore(day: string): Promise<number>;
}
