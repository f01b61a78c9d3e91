import { addDays, dayOf, lastCompleteDay } from '../usage/days';

/** A calendar quarter in UTC, "2026-Q4". */
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(text: string): boolean {
  return QUARTER.test(text);
}

/** The quarter a moment falls in (UTC). */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The first day of a quarter, `YYYY-MM-DD`. */
export function quarterStart(quarter: string): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  const month = (Number(match[2]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The usage an audit reviews: the three calendar months before the campaign opened, through the
 * last complete day. A campaign opened on the first day of a quarter reviews exactly the quarter
 * that just ended; one opened mid-quarter (on demand) the three months before it.
 */
export function reviewWindow(openedAt: Date): { from: string; to: string } {
  const to = lastCompleteDay(openedAt);
  const start = new Date(`${dayOf(openedAt)}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() - 3);
  const from = dayOf(start);
  return { from: from > to ? to : from, to };
}

/** When a campaign opened at `openedAt` is due. */
export function dueAt(openedAt: Date, dueInDays: number): string {
  return `${addDays(dayOf(openedAt), dueInDays)}T00:00:00.000Z`;
}
