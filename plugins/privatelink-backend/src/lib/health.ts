import { HealthStatus } from '@internal/plugin-privatelink-common';
import { DailyUsage } from './usage';

export interface HealthThresholds {
  /** PacketsDropped per day above which an endpoint is degraded. */
  packetsDroppedPerDay: number;
  /** Reset packets per day above which an endpoint is degraded. */
  resetPacketsPerDay: number;
}

export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  packetsDroppedPerDay: 1000,
  resetPacketsPerDay: 10000,
};

export interface HealthAssessment {
  status: HealthStatus;
  reasons: string[];
}

/** Endpoint states that mean traffic cannot flow (EC2 answers in camelCase). */
const UNHEALTHY_STATES = new Set(['pendingacceptance', 'pending', 'rejected', 'failed', 'expired', 'deleting', 'deleted']);

const WORSE: Record<HealthStatus, number> = { unknown: 0, healthy: 1, degraded: 2, unhealthy: 3 };

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
      worsen('degraded', `${lastDay.packetsDropped} packets dropped on ${lastDay.day} (threshold ${thresholds.packetsDroppedPerDay}).`);
    }
    if (lastDay.resetPackets > thresholds.resetPacketsPerDay) {
      worsen('degraded', `${lastDay.resetPackets} reset packets on ${lastDay.day} (threshold ${thresholds.resetPacketsPerDay}).`);
    }
    if (lastDay.unhealthyHostsMax !== undefined && lastDay.unhealthyHostsMax > 0) {
      worsen('degraded', `Up to ${lastDay.unhealthyHostsMax} unhealthy load balancer targets on ${lastDay.day}.`);
    }
    if (lastDay.healthyHostsMin !== undefined && lastDay.healthyHostsMin === 0) {
      worsen('unhealthy', `No healthy load balancer target at some point on ${lastDay.day}.`);
    }
  } else if (metricsPublished && status === 'healthy') {
    status = 'unknown';
    reasons.push('No metrics collected yet.');
  }
  if (reasons.length === 0) reasons.push('Available, no dropped packets or resets above thresholds.');
  return { status, reasons };
}
