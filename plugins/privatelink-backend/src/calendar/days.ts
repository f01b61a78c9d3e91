import { DateTime } from 'luxon';

/** UTC days as `YYYY-MM-DD` text: the unit of every rollup. */

export function addDays(day: string, days: number): string {
  const date = DateTime.fromISO(day, { zone: 'utc' });
  if (!date.isValid) throw new RangeError(`Not a day: ${day}`);
  return date.plus({ days }).toISODate()!;
}

/** Days from `fromDay` to `toDay`, both included (0 when `toDay` is before `fromDay`). */
export function daysInRange(fromDay: string, toDay: string): number {
  return Math.max(
    0,
    Math.round(
      (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) /
        86_400_000,
    ) + 1,
  );
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The last UTC day whose metrics are complete: yesterday, once CloudWatch has had two hours to
 * publish its last minutes.
 */
export function lastCompleteDay(now: Date): string {
  return addDays(dayOf(new Date(now.getTime() - 2 * 3_600_000)), -1);
}

/** Consecutive runs of days, in order. */
export function contiguousRuns(
  days: string[],
): Array<{ from: string; to: string; days: string[] }> {
  const runs: Array<{ from: string; to: string; days: string[] }> = [];
  for (const day of [...days].sort()) {
    const last = runs[runs.length - 1];
    if (last && addDays(last.to, 1) === day) {
      last.to = day;
      last.days.push(day);
    } else {
      runs.push({ from: day, to: day, days: [day] });
    }
  }
  return runs;
}

/** The later of two days, either of which may be unknown. */
export function laterDay(
  a: string | undefined,
  b: string | undefined,
): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
