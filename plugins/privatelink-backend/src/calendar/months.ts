import { DateTime } from 'luxon';

/** UTC months as `YYYY-MM` text: the unit of the cost history. */

function monthOf(month: string): DateTime {
  const date = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  if (!date.isValid) throw new RangeError(`Not a month: ${month}`);
  return date;
}

/** The months from `first` to `last`, both included (none when `last` is before `first`). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  const end = monthOf(last);
  for (let m = monthOf(first); m <= end; m = m.plus({ months: 1 })) {
    months.push(m.toFormat('yyyy-MM'));
  }
  return months;
}

/** The days of a month (28 to 31). */
export function daysInMonth(month: string): number {
  return monthOf(month).daysInMonth!;
}

/** The first day of the month `count - 1` months before `day`'s: where `count` months begin. */
export function firstDayOfMonths(day: string, count: number): string {
  return monthOf(day.slice(0, 7))
    .minus({ months: count - 1 })
    .toISODate()!;
}
