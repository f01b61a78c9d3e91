import { DateTime } from 'luxon';
import { addDays, dayOf, lastCompleteDay } from '../calendar';

/** A calendar quarter in UTC, "2026-Q4". */
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A moment as a UTC calendar date, for luxon's calendar steps (which clamp to a month's end). */
const utc = (date: Date) => DateTime.fromJSDate(date, { zone: 'utc' });

const quarterName = (date: DateTime) => `${date.year}-Q${date.quarter}`;

export function isQuarter(text: string): boolean {
  return QUARTER.test(text);
}

/** The quarter a moment falls in (UTC). */
export function quarterOf(date: Date): string {
  return quarterName(utc(date));
}

/** The quarter before the one a moment falls in (UTC). */
export function previousQuarterOf(date: Date): string {
  return quarterName(utc(date).startOf('quarter').minus({ quarters: 1 }));
}

/** The first day of a quarter, `YYYY-MM-DD`. */
export function quarterStart(quarter: string): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${quarter}`);
  return DateTime.utc(
    Number(match[1]),
    (Number(match[2]) - 1) * 3 + 1,
    1,
  ).toISODate()!;
}

/**
 * The usage an audit reviews: the three calendar months before the campaign opened, through the
 * last complete day. A campaign opened on the first day of a quarter reviews exactly the quarter
 * that just ended; one opened mid-quarter (on demand) the three months before it, from the same
 * day of the month, or the month's last day where that month is shorter (31 May reviews from
 * 28 February, 29 in a leap year).
 */
export function reviewWindow(openedAt: Date): { from: string; to: string } {
  const to = lastCompleteDay(openedAt);
  const from = utc(openedAt).startOf('day').minus({ months: 3 }).toISODate()!;
  return { from: from > to ? to : from, to };
}

/** When a campaign opened at `openedAt` is due. */
export function dueAt(openedAt: Date, dueInDays: number): string {
  return `${addDays(dayOf(openedAt), dueInDays)}T00:00:00.000Z`;
}
