import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CostReport,
  getEndpointDetails,
  getEndpointServiceDetails,
  HealthReport,
  HealthStatus,
  UsageReport,
} from '@internal/plugin-privatelink-common';
import { lastCompleteDay } from '../collector/UsageCollector';
import { PrivateLinkBackendConfig } from '../config';
import { UsageStore } from '../database/UsageStore';
import { assessHealth } from '../lib/health';
import { HOURS_PER_MONTH, monthlyCost, noCharge } from '../lib/pricing';
import { addDays, idleVerdict, IdleVerdict } from '../lib/usage';

/** Days of traffic a monthly estimate is based on. */
const COST_BASIS_DAYS = 30;

/** Turns stored rollups and an entity into what the cards show. */
export class EndpointReports {
  constructor(
    private readonly store: UsageStore,
    private readonly settings: PrivateLinkBackendConfig,
  ) {}

  private hourlyUsd(entity: Entity): number {
    const endpoint = getEndpointDetails(entity);
    if (!endpoint || endpoint.endpointType === 'Gateway') return 0;
    const pricing = this.settings.pricingFor(endpoint.region);
    if (endpoint.endpointType === 'GatewayLoadBalancer')
      return pricing.gatewayLoadBalancerEndpointHourly;
    return pricing.interfaceEndpointHourly * azCount(entity);
  }

  async usage(
    entity: Entity,
    windowDays: number,
    now: Date,
  ): Promise<UsageReport> {
    const entityRef = stringifyEntityRef(entity);
    const to = lastCompleteDay(now);
    const from = addDays(to, -(windowDays - 1));
    const endpoint = getEndpointDetails(entity);
    const unpublished = (note: string): UsageReport => ({
      entityRef,
      metricsPublished: false,
      note,
      from,
      to,
      days: [],
      totals: { bytesProcessed: 0, newConnections: 0 },
    });
    if (endpoint?.endpointType === 'Gateway') {
      return unpublished(
        'Gateway endpoints publish no PrivateLink metrics to CloudWatch: their traffic is not known here.',
      );
    }
    if (!endpoint && !getEndpointServiceDetails(entity)?.provider) {
      return unpublished(
        "Only the provider sees a service's own metrics: the usage of a service you consume is on each of your endpoints to it.",
      );
    }
    const days = await this.store.listDailyUsage(entityRef, from, to);
    const totals = days.reduce(
      (t, d) => ({
        bytesProcessed: t.bytesProcessed + d.bytesProcessed,
        newConnections: t.newConnections + d.newConnections,
      }),
      { bytesProcessed: 0, newConnections: 0 },
    );
    let idle: IdleVerdict | undefined;
    if (endpoint) {
      const firstCollected = await this.store.firstCollectedDay(entityRef);
      const created = endpoint.createdAt?.slice(0, 10);
      if (firstCollected) {
        const since =
          created && created > firstCollected ? created : firstCollected;
        const history = await this.store.listDailyUsage(
          entityRef,
          addDays(to, -399),
          to,
        );
        idle = idleVerdict({
          usage: history,
          idleAfterDays: this.settings.idleAfterDays,
          since,
          through: to,
          hourlyUsd: this.hourlyUsd(entity),
        });
      }
    }
    return {
      entityRef,
      metricsPublished: true,
      note:
        days.length === 0
          ? 'No metrics collected for this window yet.'
          : undefined,
      from,
      to,
      days,
      totals,
      idle,
    };
  }

  async cost(entity: Entity, now: Date): Promise<CostReport> {
    const entityRef = stringifyEntityRef(entity);
    const endpoint = getEndpointDetails(entity);
    const to = lastCompleteDay(now);
    const from = addDays(to, -(COST_BASIS_DAYS - 1));
    if (!endpoint) {
      return {
        entityRef,
        ...noCharge(''),
        applicable: false,
        note: 'An endpoint service costs its provider the load balancer, not PrivateLink charges: each consumer pays for its own endpoint.',
        basis: 'none',
      };
    }
    const days =
      endpoint.endpointType === 'Gateway'
        ? []
        : await this.store.listDailyUsage(entityRef, from, to);
    const bytes = days.reduce((sum, d) => sum + d.bytesProcessed, 0);
    const bytesPerMonth =
      endpoint.endpointType === 'Gateway' || days.length === 0
        ? undefined
        : (bytes / days.length) * (HOURS_PER_MONTH / 24);
    const cost = monthlyCost({
      endpointType: endpoint.endpointType,
      azCount: azCount(entity),
      bytesPerMonth,
      pricing: this.settings.pricingFor(endpoint.region),
    });
    return {
      ...cost,
      entityRef,
      applicable: true,
      basis:
        bytesPerMonth === undefined
          ? 'hourly charges only (no bytes known)'
          : `bytes of the ${days.length} days ${days[0].day} to ${
              days[days.length - 1].day
            }, scaled to ${HOURS_PER_MONTH} hours`,
    };
  }

  async health(entity: Entity, now: Date): Promise<HealthReport> {
    const entityRef = stringifyEntityRef(entity);
    const endpoint = getEndpointDetails(entity);
    const service = getEndpointServiceDetails(entity);
    const to = lastCompleteDay(now);
    if (!endpoint && !service?.provider) {
      return {
        entityRef,
        status: 'unknown',
        reasons: [
          'The health of a service you consume shows on each of your endpoints to it.',
        ],
        zones: [],
      };
    }
    const gateway = endpoint?.endpointType === 'Gateway';
    const recent = gateway
      ? []
      : await this.store.listDailyUsage(entityRef, addDays(to, -6), to);
    const lastDay = recent[recent.length - 1];
    const report = assessHealth({
      state: endpoint?.state ?? service?.state,
      lastDay,
      thresholds: this.settings.health,
      metricsPublished: !gateway && (!!endpoint || !!service?.provider),
    });
    const zones = (endpoint?.subnets ?? []).map(s => {
      const zone = lastDay?.zones?.[s.subnetId];
      const placement = {
        availabilityZone: s.availabilityZone ?? 'unknown',
        subnetId: s.subnetId,
        networkInterfaceId: s.networkInterfaceId,
      };
      if (!zone) {
        return {
          ...placement,
          status: 'unknown' as const,
          reason: 'No metrics for this subnet.',
        };
      }
      const othersCarry = lastDay!.bytesProcessed > zone.bytesProcessed;
      let status: HealthStatus = 'healthy';
      let reason = 'Carries traffic, no dropped packets above the threshold.';
      if (zone.packetsDropped > this.settings.health.packetsDroppedPerDay) {
        status = 'degraded';
        reason = `${zone.packetsDropped} packets dropped in this AZ on ${
          lastDay!.day
        }.`;
      } else if (zone.bytesProcessed === 0 && othersCarry) {
        status = 'degraded';
        reason = `No traffic in this AZ on ${
          lastDay!.day
        } while the others carry some: check DNS and routing.`;
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
    // An AZ in trouble is the endpoint's trouble too.
    for (const zone of zones) {
      if (zone.status === 'degraded') {
        if (report.status === 'healthy') {
          report.status = 'degraded';
          report.reasons = [];
        }
        report.reasons.push(`${zone.availabilityZone}: ${zone.reason}`);
      }
    }
    return {
      ...report,
      entityRef,
      state: endpoint?.state ?? service?.state,
      lastDay,
      zones,
      targets:
        lastDay &&
        (lastDay.healthyHostsMin !== undefined ||
          lastDay.unhealthyHostsMax !== undefined)
          ? {
              healthyHostsMin: lastDay.healthyHostsMin,
              unhealthyHostsMax: lastDay.unhealthyHostsMax,
              day: lastDay.day,
            }
          : undefined,
    };
  }
}

/** The AZs an endpoint is billed for: one per subnet. */
function azCount(entity: Entity): number {
  const endpoint = getEndpointDetails(entity);
  return Math.max(
    1,
    new Set(endpoint?.subnets.map(s => s.availabilityZone ?? s.subnetId)).size,
  );
}
