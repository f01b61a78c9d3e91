import { daysInMonth, firstDayOfMonths, monthsBetween } from './months';

describe('calendar months', () => {
  it('steps over a year end, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it.each([
    ['2026-02', 28],
    ['2028-02', 29],
    ['2026-12', 31],
    ['2026-11', 30],
  ])('counts the days of %s: %d', (month, days) => {
    expect(daysInMonth(month)).toBe(days);
  });

  it('finds where a number of months ending with a day begins', () => {
    expect(firstDayOfMonths('2026-12-03', 13)).toBe('2025-12-01');
    expect(firstDayOfMonths('2026-03-31', 1)).toBe('2026-03-01');
    expect(() => monthsBetween('2026-13', '2027-01')).toThrow(
      'Not a month: 2026-13',
    );
  });
});
