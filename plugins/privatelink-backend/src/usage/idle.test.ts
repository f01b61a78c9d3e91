import { addDays } from '../calendar';
import { idleVerdict } from './idle';

const through = '2026-11-24';

describe('idleVerdict', () => {
  const base = {
    idleAfterDays: 30,
    through,
    hourlyUsd: 0.02,
    since: addDays(through, -89),
  };
  it.each([
    ['traffic yesterday', 0, false, 0],
    ['last traffic 10 days ago', 10, false, 10],
    ['last traffic 30 days ago', 30, true, 30],
    ['last traffic 45 days ago', 45, true, 45],
    ['never any traffic in 90 days', undefined, true, 90],
    ['traffic only before the endpoint was observed', 120, true, 90],
  ])('%s', (_, daysAgo, idle, daysWithoutBytes) => {
    const verdict = idleVerdict({
      ...base,
      lastTrafficDay:
        daysAgo === undefined ? undefined : addDays(through, -daysAgo),
    });
    expect(verdict.idle).toBe(idle);
    expect(verdict.daysWithoutBytes).toBe(daysWithoutBytes);
    expect(verdict.wastedSoFarUsd).toBeCloseTo(daysWithoutBytes * 24 * 0.02, 2);
    // What it costs a month does not grow with the days it has been idle.
    expect(verdict.monthlyUsd).toBe(14.6);
  });

  it('says what an idle endpoint costs a month, and separately what it has wasted so far', () => {
    const verdict = idleVerdict({
      ...base,
      lastTrafficDay: addDays(through, -45),
    });
    expect(verdict.reason).toBe(
      'No bytes for 45 days (threshold 30): it costs $14.60 a month while idle, $21.60 of hourly charges so far.',
    );
  });

  it('needs enough observed days before it calls a new endpoint idle', () => {
    const verdict = idleVerdict({
      ...base,
      since: addDays(through, -9),
      lastTrafficDay: undefined,
    });
    expect(verdict).toMatchObject({
      idle: false,
      observedDays: 10,
      daysWithoutBytes: 10,
    });
    expect(verdict.reason).toContain('fewer than the 30');
  });

  it('looks back at most 400 days', () => {
    const verdict = idleVerdict({
      ...base,
      since: '2020-01-01',
      lastTrafficDay: '2021-01-01',
    });
    expect(verdict).toMatchObject({
      idle: true,
      observedDays: 400,
      daysWithoutBytes: 400,
    });
  });

  it('never calls a free endpoint idle', () => {
    expect(
      idleVerdict({ ...base, hourlyUsd: 0, lastTrafficDay: undefined }),
    ).toMatchObject({
      idle: false,
      monthlyUsd: 0,
      wastedSoFarUsd: 0,
    });
  });
});
