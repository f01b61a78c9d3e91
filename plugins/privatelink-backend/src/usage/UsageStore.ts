import { DailyUsage } from '@privatelink-portal/plugin-privatelink-common';

export { TRAILING_DAYS } from './trailingDays';

/** An entity's rollups in a window, summed. */
export interface WindowTotals {
  bytesProcessed: number;
  /** Collected days in the window (every collected day has a row, zero or not). */
  days: number;
  firstDay: string;
  lastDay: string;
}

/** One entity's collected days and bytes in one UTC month. */
export interface MonthUsage {
  /** YYYY-MM */
  month: string;
  days: number;
  bytesProcessed: number;
}

/**
 * Where daily rollups live, past CloudWatch's retention. Every list method takes many entity refs
 * and answers in a constant number of queries (batched by refs): no caller loops a query per
 * entity.
 */
export interface UsageStore {
  /** Inserts or replaces the rollups of the given days: re-running a day is idempotent. */
  upsertDailyUsage(
    rows: Array<DailyUsage & { entityRef: string }>,
  ): Promise<void>;
  /** One entity's days in [from, to], oldest first: the usage card's window. */
  listDailyUsage(
    entityRef: string,
    from: string,
    to: string,
  ): Promise<DailyUsage[]>;
  /** For each entity, the days in [from, to] that have a row. */
  listCollectedDays(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, Set<string>>>;
  /** For each entity with rows in [from, to], their bytes, count and first and last day. */
  windowTotals(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, WindowTotals>>;
  /** For each entity, its collected days and bytes per UTC month (YYYY-MM) in [from, to]. */
  monthlyTotals(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, MonthUsage[]>>;
  /** For each entity, its latest row in [from, to]: what health rests on. */
  latestDays(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, DailyUsage>>;
  /**
   * For each entity, its first collected day and its last day with bytes: what the idle verdict
   * rests on. Kept as rollups are written, so this reads one row per entity.
   */
  trafficFacts(
    entityRefs: string[],
  ): Promise<Map<string, { firstDay?: string; lastTrafficDay?: string }>>;
  /** Deletes rollups before `day`. Returns the rows deleted. */
  deleteBefore(day: string): Promise<number>;
}
