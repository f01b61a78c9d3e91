import { addDays } from '../calendar';
import {
  dueAt,
  isQuarter,
  previousQuarterOf,
  quarterOf,
  quarterStart,
  reviewWindow,
} from './quarters';

describe('quarters', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026-Q1'],
    ['2026-03-31T23:59:59Z', '2026-Q1'],
    ['2026-04-01T00:00:00Z', '2026-Q2'],
    ['2026-09-30T12:00:00Z', '2026-Q3'],
    ['2026-10-01T00:00:00Z', '2026-Q4'],
    ['2026-12-31T23:59:59Z', '2026-Q4'],
  ])('%s is in %s', (at, quarter) => {
    expect(quarterOf(new Date(at))).toBe(quarter);
  });

  it('names the first day of a quarter and rejects what is not one', () => {
    expect(quarterStart('2026-Q4')).toBe('2026-10-01');
    expect(quarterStart('2027-Q1')).toBe('2027-01-01');
    expect(isQuarter('2026-Q4')).toBe(true);
    expect(isQuarter('2026-Q5')).toBe(false);
    expect(isQuarter('2026-4')).toBe(false);
    expect(() => quarterStart('Q4')).toThrow('Not a quarter: Q4');
  });

  it('reviews the quarter that just ended when opened on its first day', () => {
    expect(reviewWindow(new Date('2026-10-01T06:00:00Z'))).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(reviewWindow(new Date('2027-01-01T06:00:00Z'))).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('reviews the three months before an on-demand opening', () => {
    expect(reviewWindow(new Date('2026-11-25T12:00:00Z'))).toEqual({
      from: '2026-08-25',
      to: '2026-11-24',
    });
  });

  it.each([
    // Month ends: three months back ends on the shorter month's last day, never spills over.
    ['2026-05-31T12:00:00Z', '2026-02-28', '2026-05-30'],
    ['2028-05-31T12:00:00Z', '2028-02-29', '2028-05-30'],
    ['2026-05-30T12:00:00Z', '2026-02-28', '2026-05-29'],
    ['2026-07-31T12:00:00Z', '2026-04-30', '2026-07-30'],
    ['2026-12-31T12:00:00Z', '2026-09-30', '2026-12-30'],
    ['2027-03-31T12:00:00Z', '2026-12-31', '2027-03-30'],
    // The UTC boundary: a day is a UTC day, whatever the server's zone.
    ['2026-06-01T00:30:00Z', '2026-03-01', '2026-05-30'],
    ['2026-05-31T23:59:59Z', '2026-02-28', '2026-05-30'],
  ])('a campaign opened at %s reviews %s to %s', (openedAt, from, to) => {
    expect(reviewWindow(new Date(openedAt))).toEqual({ from, to });
  });

  it.each([
    ['2026-12-31T23:59:59Z', '2026-Q4', '2026-Q3'],
    ['2026-05-31T12:00:00Z', '2026-Q2', '2026-Q1'],
    ['2026-08-31T12:00:00Z', '2026-Q3', '2026-Q2'],
    ['2027-01-01T00:00:00Z', '2027-Q1', '2026-Q4'],
    ['2028-02-29T12:00:00Z', '2028-Q1', '2027-Q4'],
    ['2026-03-31T23:59:59Z', '2026-Q1', '2025-Q4'],
  ])(
    'at %s the quarter is %s and the one before %s',
    (at, quarter, previous) => {
      expect(quarterOf(new Date(at))).toBe(quarter);
      expect(previousQuarterOf(new Date(at))).toBe(previous);
    },
  );

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
  ])('%s plus %s days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('dates the due day from the opening day', () => {
    expect(dueAt(new Date('2026-10-01T06:00:00Z'), 30)).toBe(
      '2026-10-31T00:00:00.000Z',
    );
  });
});
