import {
  DailyUsage,
  EndpointSubnet,
  HealthReport,
  HealthStatus,
} from '@privatelink-portal/plugin-privatelink-common';
import type { HealthThresholds } from '../settings';

export interface HealthAssessment {
  status: HealthStatus;
  reasons: string[];
}

/** Endpoint states that mean traffic cannot flow (EC2 answers in camelCase). */
const UNHEALTHY_STATES = new Set([
  'pendingacceptance',
  'pending',
  'rejected',
  'failed',
  'expired',
  'deleting',
  'deleted',
]);

const WORSE: Record<HealthStatus, number> = {
  unknown: 0,
  healthy: 1,
  degraded: 2,
  unhealthy: 3,
};

/**
 * One status with its reasons, from the endpoint's state, the last collected day's dropped and
 * reset packets, and, for provider services, their load balancers' target health.
 */
export function assessHealth(input: {
  state?: string;
  lastDay?: DailyUsage;
  thresholds: HealthThresholds;
  metricsPublished: boolean;
}): HealthAssessment {
  const { state, lastDay, thresholds, metricsPublished } = input;
  const reasons: string[] = [];
  let status: HealthStatus = 'healthy';
  const worsen = (to: HealthStatus, reason: string) => {
    if (WORSE[to] > WORSE[status]) status = to;
    reasons.push(reason);
  };
  if (state && UNHEALTHY_STATES.has(state.toLocaleLowerCase('en-US'))) {
    worsen('unhealthy', `State is ${state}: no traffic can flow.`);
  }
  if (lastDay) {
    if (lastDay.packetsDropped > thresholds.packetsDroppedPerDay) {
      worsen(
        'degraded',
        `${lastDay.packetsDropped} packets dropped on ${lastDay.day} (threshold ${thresholds.packetsDroppedPerDay}).`,
      );
    }
    if (lastDay.resetPackets > thresholds.resetPacketsPerDay) {
      worsen(
        'degraded',
        `${lastDay.resetPackets} reset packets on ${lastDay.day} (threshold ${thresholds.resetPacketsPerDay}).`,
      );
    }
    if (
      lastDay.unhealthyHostsMax !== undefined &&
      lastDay.unhealthyHostsMax > 0
    ) {
      const n = lastDay.unhealthyHostsMax;
      worsen(
        'degraded',
        `Up to ${n} unhealthy load balancer target${n === 1 ? '' : 's'} on ${
          lastDay.day
        }.`,
      );
    }
    if (
      lastDay.healthyHostsMin !== undefined &&
      lastDay.healthyHostsMin === 0
    ) {
      worsen(
        'unhealthy',
        `No healthy load balancer target at some point on ${lastDay.day}.`,
      );
    }
  } else if (metricsPublished && status === 'healthy') {
    status = 'unknown';
    reasons.push('No metrics collected yet.');
  }
  if (reasons.length === 0)
    reasons.push('Available, no dropped packets or resets above thresholds.');
  return { status, reasons };
}

/**
 * Each AZ of an endpoint on its last collected day: degraded when it drops packets above the
 * threshold, or carries nothing while the endpoint's other AZs carry traffic (DNS or routing
 * sends clients elsewhere).
 */
export function assessZones(
  subnets: EndpointSubnet[],
  lastDay: DailyUsage | undefined,
  thresholds: HealthThresholds,
): HealthReport['zones'] {
  return subnets.map(s => {
    const zone = lastDay?.zones?.[s.subnetId];
    const placement = {
      availabilityZone: s.availabilityZone ?? 'unknown',
      subnetId: s.subnetId,
      networkInterfaceId: s.networkInterfaceId,
    };
    if (!lastDay || !zone) {
      return {
        ...placement,
        status: 'unknown' as const,
        reason: 'No metrics for this subnet.',
      };
    }
    const othersCarry = lastDay.bytesProcessed > zone.bytesProcessed;
    let status: HealthStatus = 'healthy';
    let reason = 'Carries traffic, no dropped packets above the threshold.';
    if (zone.packetsDropped > thresholds.packetsDroppedPerDay) {
      status = 'degraded';
      reason = `${zone.packetsDropped} packets dropped in this AZ on ${lastDay.day}.`;
    } else if (zone.bytesProcessed === 0 && othersCarry) {
      status = 'degraded';
      reason = `No traffic in this AZ on ${lastDay.day} while the others carry some: check DNS and routing.`;
    } else if (zone.bytesProcessed === 0) {
      reason = 'No traffic on the last collected day.';
    }
    return {
      ...placement,
      status,
      reason,
      bytesProcessed: zone.bytesProcessed,
      packetsDropped: zone.packetsDropped,
    };
  });
}

/** The whole health report of an endpoint or provided service: an AZ in trouble is the endpoint's. */
export function healthReport(input: {
  entityRef: string;
  state?: string;
  lastDay?: DailyUsage;
  subnets: EndpointSubnet[];
  thresholds: HealthThresholds;
  metricsPublished: boolean;
}): HealthReport {
  const { entityRef, state, lastDay, subnets, thresholds, metricsPublished } =
    input;
  const assessment = assessHealth({
    state,
    lastDay,
    thresholds,
    metricsPublished,
  });
  const zones = assessZones(subnets, lastDay, thresholds);
  for (const zone of zones) {
    if (zone.status !== 'degraded') continue;
    if (assessment.status === 'healthy') {
      assessment.status = 'degraded';
      assessment.reasons = [];
    }
    assessment.reasons.push(`${zone.availabilityZone}: ${zone.reason}`);
  }
  const hasTargets =
    lastDay &&
    (lastDay.healthyHostsMin !== undefined ||
      lastDay.unhealthyHostsMax !== undefined);
  return {
    ...assessment,
    entityRef,
    state,
    lastDay,
    zones,
    targets: hasTargets
      ? {
          healthyHostsMin: lastDay.healthyHostsMin,
          unhealthyHostsMax: lastDay.unhealthyHostsMax,
          day: lastDay.day,
        }
      : undefined,
  };
}
