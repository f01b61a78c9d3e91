import { describeIncident } from './AlertLines';

describe('describeIncident', () => {
  const base = {
    id: 1,
    entityRef: 'resource:default/vpce-1',
    reasons: [],
    recipients: ['group:default/payments'],
    openedAt: '2026-11-30T06:00:00.000Z',
    alertedAt: '2026-11-30T06:01:00.000Z',
  };

  it('says when the portal found an endpoint idle, not that it has been idle since then, in UTC', () => {
    expect(describeIncident({ ...base, kind: 'idle', status: 'idle' })).toBe(
      'Found idle at 2026-11-30 06:00 UTC: payments alerted at 2026-11-30 06:01 UTC.',
    );
    expect(
      describeIncident({
        ...base,
        kind: 'idle',
        status: 'idle',
        resolvedAt: '2026-12-01T08:00:00.000Z',
        resolution: 'recovered',
      }),
    ).toBe(
      'Found idle at 2026-11-30 06:00 UTC (payments alerted at 2026-11-30 06:01 UTC), recovered at 2026-12-01 08:00 UTC.',
    );
  });

  it('says since when a health incident is open', () => {
    expect(
      describeIncident({ ...base, kind: 'health', status: 'degraded' }),
    ).toBe(
      'Incident (degraded) since 2026-11-30 06:00 UTC: payments alerted at 2026-11-30 06:01 UTC.',
    );
  });
});
