import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { isValidRegion } from '@internal/plugin-privatelink-node';
import { DEFAULT_HEALTH_THRESHOLDS, HealthThresholds } from './lib/health';
import { DEFAULT_PRICING, RegionPricing } from './lib/pricing';

export interface PrivateLinkBackendConfig {
  idleAfterDays: number;
  backfillDays: number;
  retentionDays: number;
  perZone: boolean;
  schedule: SchedulerServiceTaskScheduleDefinition;
  health: HealthThresholds;
  /** Prices for a region: the region's overrides over the defaults. */
  pricingFor(region: string): RegionPricing;
}

function positiveInteger(config: Config, key: string, fallback: number, max: number): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`Invalid config at ${key}: ${value} must be a whole number from 1 to ${max}`);
  }
  return value;
}

function nonNegative(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!(value >= 0)) throw new Error(`Invalid config at ${key}: ${value} must be 0 or more`);
  return value;
}

function readPricing(config: Config, key: string, base: RegionPricing): RegionPricing {
  const tiers = config.getOptionalConfigArray(`${key}.interfaceDataTiers`);
  return {
    interfaceEndpointHourly: nonNegative(config, `${key}.interfaceEndpointHourly`, base.interfaceEndpointHourly),
    gatewayLoadBalancerEndpointHourly: nonNegative(
      config,
      `${key}.gatewayLoadBalancerEndpointHourly`,
      base.gatewayLoadBalancerEndpointHourly,
    ),
    interfaceDataTiers: tiers
      ? tiers.map((tier, i) => {
          const upToGb = tier.getOptionalNumber('upToGb') ?? Number.POSITIVE_INFINITY;
          const previous = i > 0 ? tiers[i - 1].getOptionalNumber('upToGb') : undefined;
          if (previous !== undefined && upToGb <= previous) {
            throw new Error(`Invalid config at ${key}.interfaceDataTiers[${i}].upToGb: tiers must grow`);
          }
          return { upToGb, perGb: nonNegative(tier, 'perGb', 0) };
        })
      : base.interfaceDataTiers,
    gatewayLoadBalancerPerGb: nonNegative(config, `${key}.gatewayLoadBalancerPerGb`, base.gatewayLoadBalancerPerGb),
    natGatewayPerGb: nonNegative(config, `${key}.natGatewayPerGb`, base.natGatewayPerGb),
    natGatewayHourly: nonNegative(config, `${key}.natGatewayHourly`, base.natGatewayHourly),
  };
}

export function readPrivateLinkBackendConfig(config: Config): PrivateLinkBackendConfig {
  const defaults = readPricing(config, 'privatelink.pricing.default', DEFAULT_PRICING);
  const regional = new Map<string, RegionPricing>();
  const regions = config.getOptionalConfig('privatelink.pricing.regions');
  for (const region of regions?.keys() ?? []) {
    if (!isValidRegion(region)) {
      throw new Error(`Invalid config at privatelink.pricing.regions.${region}: not an AWS region name`);
    }
    regional.set(region, readPricing(config, `privatelink.pricing.regions.${region}`, defaults));
  }
  const scheduleKey = 'privatelink.usage.schedule';
  return {
    idleAfterDays: positiveInteger(config, 'privatelink.usage.idleAfterDays', 30, 400),
    backfillDays: positiveInteger(config, 'privatelink.usage.backfillDays', 90, 455),
    retentionDays: positiveInteger(config, 'privatelink.usage.retentionDays', 400, 3660),
    perZone: config.getOptionalBoolean('privatelink.usage.perZone') ?? true,
    schedule: config.has(scheduleKey)
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(config.getConfig(scheduleKey))
      : { frequency: { hours: 1 }, timeout: { minutes: 15 }, initialDelay: { seconds: 30 } },
    health: {
      packetsDroppedPerDay: nonNegative(
        config,
        'privatelink.health.packetsDroppedPerDay',
        DEFAULT_HEALTH_THRESHOLDS.packetsDroppedPerDay,
      ),
      resetPacketsPerDay: nonNegative(
        config,
        'privatelink.health.resetPacketsPerDay',
        DEFAULT_HEALTH_THRESHOLDS.resetPacketsPerDay,
      ),
    },
    pricingFor: region => regional.get(region) ?? defaults,
  };
}
