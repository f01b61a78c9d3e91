import { DailyUsage } from '../lib/usage';

/** Where daily rollups live, past CloudWatch's retention. */
export interface UsageStore {
  /** Inserts or replaces the rollups of the given days: re-running a day is idempotent. */
  upsertDailyUsage(rows: Array<DailyUsage & { entityRef: string }>): Promise<void>;
  /** One entity's days in [from, to], oldest first. */
  listDailyUsage(entityRef: string, from: string, to: string): Promise<DailyUsage[]>;
  /** Many entities' days in [from, to], for inventory tables. */
  listDailyUsageOf(entityRefs: string[], from: string, to: string): Promise<Map<string, DailyUsage[]>>;
  markCollected(accountId: string, region: string, days: string[]): Promise<void>;
  /** The collected days of an account and region in [from, to]. */
  listCollectedDays(accountId: string, region: string, from: string, to: string): Promise<Set<string>>;
  /** The first day ever collected for an account and region, if any. */
  firstCollectedDay(accountId: string, region: string): Promise<string | undefined>;
  /** Deletes rollups and collection marks before `day`. Returns the rows deleted. */
  deleteBefore(day: string): Promise<number>;
}
