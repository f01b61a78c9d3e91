import { DEFAULT_HEALTH_THRESHOLDS } from '../settings';
import { assessHealth, healthReport } from './assessHealth';

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
    [
      'available and quiet',
      'available',
      day(),
      'healthy',
      'Available, no dropped packets',
    ],
    [
      'pending acceptance',
      'pendingAcceptance',
      day(),
      'unhealthy',
      'State is pendingAcceptance',
    ],
    ['rejected', 'rejected', undefined, 'unhealthy', 'State is rejected'],
    [
      'failed, whatever the case',
      'Failed',
      day(),
      'unhealthy',
      'State is Failed',
    ],
    ['expired', 'expired', day(), 'unhealthy', 'State is expired'],
    [
      'dropping packets',
      'available',
      day({ packetsDropped: 5000 }),
      'degraded',
      '5000 packets dropped on 2026-11-24 (threshold 1000)',
    ],
    [
      'resetting',
      'available',
      day({ resetPackets: 20000 }),
      'degraded',
      '20000 reset packets on 2026-11-24',
    ],
    [
      'an unhealthy target',
      'Available',
      day({ unhealthyHostsMax: 1, healthyHostsMin: 2 }),
      'degraded',
      'Up to 1 unhealthy load balancer target on',
    ],
    [
      'two unhealthy targets',
      'Available',
      day({ unhealthyHostsMax: 2, healthyHostsMin: 2 }),
      'degraded',
      'Up to 2 unhealthy load balancer targets on',
    ],
    [
      'no healthy target',
      'Available',
      day({ unhealthyHostsMax: 3, healthyHostsMin: 0 }),
      'unhealthy',
      'No healthy load balancer target',
    ],
    [
      'no metrics yet',
      'available',
      undefined,
      'unknown',
      'No metrics collected yet.',
    ],
  ])('%s is %s', (_, state, lastDay, status, reason) => {
    const report = assessHealth({
      state,
      lastDay,
      thresholds: DEFAULT_HEALTH_THRESHOLDS,
      metricsPublished: true,
    });
    expect(report.status).toBe(status);
    expect(report.reasons.join(' ')).toContain(reason);
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

describe('healthReport', () => {
  const subnets = [
    { subnetId: 'subnet-a', availabilityZone: 'us-east-1a' },
    { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' },
  ];
  const report = (
    zones: Record<string, { bytesProcessed: number; packetsDropped: number }>,
  ) =>
    healthReport({
      entityRef: 'resource:default/vpce-1',
      state: 'available',
      lastDay: day({ bytesProcessed: 10, zones }),
      subnets,
      thresholds: DEFAULT_HEALTH_THRESHOLDS,
      metricsPublished: true,
    });

  it("makes an AZ without traffic, while the others carry some, the endpoint's trouble", () => {
    const r = report({
      'subnet-a': { bytesProcessed: 10, packetsDropped: 0 },
      'subnet-b': { bytesProcessed: 0, packetsDropped: 0 },
    });
    expect(r.status).toBe('degraded');
    expect(r.zones.map(z => z.status)).toEqual(['healthy', 'degraded']);
    expect(r.reasons).toEqual([
      'us-east-1b: No traffic in this AZ on 2026-11-24 while the others carry some: check DNS and routing.',
    ]);
  });

  it('names the AZ that drops packets, and leaves an AZ without metrics unknown', () => {
    const r = report({
      'subnet-a': { bytesProcessed: 10, packetsDropped: 4000 },
    });
    expect(r.zones.map(z => z.status)).toEqual(['degraded', 'unknown']);
    expect(r.reasons).toEqual([
      'us-east-1a: 4000 packets dropped in this AZ on 2026-11-24.',
    ]);
  });
});
