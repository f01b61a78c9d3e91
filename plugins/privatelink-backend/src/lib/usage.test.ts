import { addDays, DailyUsage, idleVerdict } from './usage';

const through = '2026-11-24';
function days(bytesByDaysAgo: Record<number, number>): DailyUsage[] {
  return Object.entries(bytesByDaysAgo).map(([ago, bytes]) => ({
    day: addDays(through, -Number(ago)),
    bytesProcessed: bytes,
    newConnections: 0,
    activeConnectionsMax: 0,
    packetsDropped: 0,
    resetPackets: 0,
  }));
}

describe('idleVerdict', () => {
  const base = { idleAfterDays: 30, through, hourlyUsd: 0.02, since: addDays(through, -89) };
  it.each([
    ['traffic yesterday', { 0: 10 }, false, 0],
    ['last traffic 10 days ago', { 10: 10 }, false, 10],
    ['last traffic 30 days ago', { 30: 10 }, true, 30],
    ['zero-byte rows count as no traffic', { 0: 0, 1: 0, 45: 5 }, true, 45],
    ['never any traffic in 90 days', {}, true, 90],
  ])('%s', (_, usage, idle, daysWithoutBytes) => {
    const verdict = idleVerdict({ ...base, usage: days(usage as Record<number, number>) });
    expect(verdict.idle).toBe(idle);
    expect(verdict.daysWithoutBytes).toBe(daysWithoutBytes);
    expect(verdict.wastedUsd).toBeCloseTo(daysWithoutBytes * 24 * 0.02, 2);
  });

  it('needs enough observed days before it calls a new endpoint idle', () => {
    const verdict = idleVerdict({ ...base, since: addDays(through, -9), usage: [] });
    expect(verdict).toMatchObject({ idle: false, observedDays: 10, daysWithoutBytes: 10 });
    expect(verdict.reason).toContain('fewer than the 30');
  });

  it('never calls a free endpoint idle', () => {
    expect(idleVerdict({ ...base, hourlyUsd: 0, usage: [] })).toMatchObject({ idle: false, wastedUsd: 0 });
  });
});
