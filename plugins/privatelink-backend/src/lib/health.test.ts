import { assessHealth, DEFAULT_HEALTH_THRESHOLDS } from './health';

const day = (extra = {}) => ({
  day: '2026-11-24',
  bytesProcessed: 1,
  newConnections: 1,
  activeConnectionsMax: 1,
  packetsDropped: 0,
  resetPackets: 0,
  ...extra,
});

describe('assessHealth', () => {
  it.each([
    ['available and quiet', 'available', day(), 'healthy'],
    ['pending acceptance', 'pendingAcceptance', day(), 'unhealthy'],
    ['rejected', 'rejected', undefined, 'unhealthy'],
    ['failed, whatever the case', 'Failed', day(), 'unhealthy'],
    ['expired', 'expired', day(), 'unhealthy'],
    ['dropping packets', 'available', day({ packetsDropped: 5000 }), 'degraded'],
    ['resetting', 'available', day({ resetPackets: 20000 }), 'degraded'],
    ['an unhealthy target', 'Available', day({ unhealthyHostsMax: 1, healthyHostsMin: 2 }), 'degraded'],
    ['no healthy target', 'Available', day({ unhealthyHostsMax: 3, healthyHostsMin: 0 }), 'unhealthy'],
    ['no metrics yet', 'available', undefined, 'unknown'],
  ])('%s is %s', (_, state, lastDay, status) => {
    const report = assessHealth({
      state,
      lastDay,
      thresholds: DEFAULT_HEALTH_THRESHOLDS,
      metricsPublished: true,
    });
    expect(report.status).toBe(status);
    expect(report.reasons.length).toBeGreaterThan(0);
  });

  it('keeps every reason and the worst status', () => {
    const report = assessHealth({
      state: 'pendingAcceptance',
      lastDay: day({ packetsDropped: 5000 }),
      thresholds: DEFAULT_HEALTH_THRESHOLDS,
      metricsPublished: true,
    });
    expect(report.status).toBe('unhealthy');
    expect(report.reasons).toHaveLength(2);
  });
});
