import {
  EndpointType,
  MonthlyCost,
  VpcEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';

export type { MonthlyCost };

/** Prices of one region, in USD. */
export interface RegionPricing {
  /** Interface endpoint, per endpoint per AZ per hour. */
  interfaceEndpointHourly: number;
  /** Gateway Load Balancer endpoint, per endpoint per hour (AZ-independent). */
  gatewayLoadBalancerEndpointHourly: number;
  /** Data processed by interface endpoints: per GB, by monthly tier (`upToGb` of the tier's end). */
  interfaceDataTiers: Array<{ upToGb: number; perGb: number }>;
  /** Data processed by Gateway Load Balancer endpoints, per GB. */
  gatewayLoadBalancerPerGb: number;
  /** The NAT gateway the endpoint replaces: per GB processed. */
  natGatewayPerGb: number;
  /** NAT gateway per hour, for reference on the card. */
  natGatewayHourly: number;
}

/** Hours in the conventional billing month. */
export const HOURS_PER_MONTH = 730;
/** AWS bills data in GB of 2^30 bytes. */
export const BYTES_PER_GB = 1024 ** 3;
const PB_IN_GB = 1024 * 1024;

/**
 * us-east-1 list prices (aws-facts.md): interface endpoint $0.01 per AZ-hour, data $0.01/GB for
 * the first PB a month, $0.006 for the next 4 PB, $0.004 beyond; GWLB endpoint $0.0035 per hour
 * and $0.0035 per GB; NAT gateway $0.045 per hour and per GB. Every figure is overridable per
 * region in `privatelink.pricing`.
 */
export const DEFAULT_PRICING: RegionPricing = {
  interfaceEndpointHourly: 0.01,
  gatewayLoadBalancerEndpointHourly: 0.0035,
  interfaceDataTiers: [
    { upToGb: PB_IN_GB, perGb: 0.01 },
    { upToGb: 5 * PB_IN_GB, perGb: 0.006 },
    { upToGb: Number.POSITIVE_INFINITY, perGb: 0.004 },
  ],
  gatewayLoadBalancerPerGb: 0.0035,
  natGatewayPerGb: 0.045,
  natGatewayHourly: 0.045,
};

/** What a hub costs besides its endpoints (USD, us-east-1 list prices by default). */
export interface HubPricing {
  /** Transit Gateway data processing, per GB sent from a spoke to the hub. */
  transitGatewayPerGb: number;
  /** A Transit Gateway attachment, per hour. */
  transitGatewayAttachmentHourly: number;
  /** The private hosted zone that resolves the service's name to the hub, shared to the spokes, per month. */
  privateHostedZoneMonthly: number;
}

/** Transit Gateway $0.05 per attachment-hour and $0.02 per GB; a Route 53 private hosted zone $0.50 a month. */
export const DEFAULT_HUB_PRICING: HubPricing = {
  transitGatewayPerGb: 0.02,
  transitGatewayAttachmentHourly: 0.05,
  privateHostedZoneMonthly: 0.5,
};

/** The price of `gb` in a tiered schedule. */
export function tieredPrice(
  gb: number,
  tiers: RegionPricing['interfaceDataTiers'],
): number {
  let price = 0;
  let from = 0;
  for (const tier of tiers) {
    if (gb <= from) break;
    const inTier = Math.min(gb, tier.upToGb) - from;
    price += inTier * tier.perGb;
    from = tier.upToGb;
  }
  return price;
}

/** A cost of nothing, with the reason as its formula. */
export function noCharge(formula: string): MonthlyCost {
  return {
    currency: 'USD',
    hourly: 0,
    dataProcessing: 0,
    total: 0,
    gbPerMonth: undefined,
    natCounterfactual: undefined,
    saving: undefined,
    formula,
  };
}

/** USD to the cent, as every figure the portal shows. */
export const roundToCents = (n: number) => Math.round(n * 100) / 100;
const round = roundToCents;

/**
 * What an hourly charge comes to in a month of 730 hours: the hourly part of an endpoint's monthly
 * cost, and what an idle endpoint costs a month. One product, so the two never disagree.
 */
export function hourlyChargesPerMonth(hourlyUsd: number): number {
  return hourlyUsd * HOURS_PER_MONTH;
}

/**
 * Monthly cost of one endpoint: hourly x AZs x 730 plus tiered per-GB data processing, and the
 * NAT counterfactual. Gateway endpoints are free, and publish no bytes, so their NAT saving is
 * unknown. The NAT counterfactual counts the NAT's per-GB charge only: the NAT gateway's hours
 * are paid for the VPC's other traffic anyway.
 */
export function monthlyCost(input: {
  endpointType: EndpointType;
  azCount: number;
  bytesPerMonth: number | undefined;
  pricing: RegionPricing;
}): MonthlyCost {
  const { endpointType, azCount, bytesPerMonth, pricing } = input;
  const gb =
    bytesPerMonth === undefined ? undefined : bytesPerMonth / BYTES_PER_GB;
  if (endpointType === 'Gateway') {
    return noCharge(
      'Gateway endpoints (S3, DynamoDB) are free: no hourly and no data processing charge.',
    );
  }
  let hourly: number;
  let dataProcessing: number;
  let formula: string;
  if (endpointType === 'GatewayLoadBalancer') {
    hourly = hourlyChargesPerMonth(pricing.gatewayLoadBalancerEndpointHourly);
    dataProcessing = (gb ?? 0) * pricing.gatewayLoadBalancerPerGb;
    formula = `$${
      pricing.gatewayLoadBalancerEndpointHourly
    }/h x ${HOURS_PER_MONTH} h + ${(gb ?? 0).toFixed(2)} GB x $${
      pricing.gatewayLoadBalancerPerGb
    }/GB`;
  } else {
    hourly = hourlyChargesPerMonth(pricing.interfaceEndpointHourly * azCount);
    dataProcessing = tieredPrice(gb ?? 0, pricing.interfaceDataTiers);
    formula = `$${
      pricing.interfaceEndpointHourly
    }/AZ-h x ${azCount} AZ x ${HOURS_PER_MONTH} h + ${(gb ?? 0).toFixed(
      2,
    )} GB x $${pricing.interfaceDataTiers[0].perGb}/GB (tiered above 1 PB)`;
  }
  const total = hourly + dataProcessing;
  const natCounterfactual =
    gb === undefined ? undefined : gb * pricing.natGatewayPerGb;
  return {
    currency: 'USD',
    hourly: round(hourly),
    dataProcessing: round(dataProcessing),
    total: round(total),
    gbPerMonth: gb === undefined ? undefined : round(gb),
    natCounterfactual:
      natCounterfactual === undefined ? undefined : round(natCounterfactual),
    saving:
      natCounterfactual === undefined
        ? undefined
        : round(natCounterfactual - total),
    formula:
      natCounterfactual === undefined
        ? formula
        : `${formula}; through NAT: ${gb!.toFixed(2)} GB x $${
            pricing.natGatewayPerGb
          }/GB`,
  };
}

/** The AZs an interface endpoint is billed for: one per subnet (undefined for gateway endpoints). */
export function billedAzCount(
  endpoint: Pick<VpcEndpointDetails, 'endpointType' | 'subnets'>,
): number | undefined {
  if (endpoint.endpointType === 'Gateway') return undefined;
  return Math.max(
    1,
    new Set(endpoint.subnets.map(s => s.availabilityZone ?? s.subnetId)).size,
  );
}

/** What an endpoint costs per hour, before data: per AZ for interface endpoints. */
export function hourlyCharge(
  endpoint: Pick<VpcEndpointDetails, 'endpointType' | 'subnets'>,
  pricing: RegionPricing,
): number {
  switch (endpoint.endpointType) {
    case 'Gateway':
      return 0;
    case 'GatewayLoadBalancer':
      return pricing.gatewayLoadBalancerEndpointHourly;
    default:
      return pricing.interfaceEndpointHourly * billedAzCount(endpoint)!;
  }
}
