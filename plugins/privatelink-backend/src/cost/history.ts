import {
  CostHistory,
  CostMonth,
  VpcEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  BYTES_PER_GB,
  hourlyCharge,
  RegionPricing,
  roundToCents,
  tieredPrice,
} from '../pricing';
import type { MonthUsage } from '../usage';
import { daysInMonth, monthsBetween } from '../calendar';

/** Months a history shows at most: a year and this month. */
export const HISTORY_MONTHS = 13;

/** One endpoint's usage by month, with what it is priced by. */
export interface EndpointMonths {
  endpoint: Pick<VpcEndpointDetails, 'endpointType' | 'subnets'>;
  pricing: RegionPricing;
  months: MonthUsage[];
}

/**
 * One endpoint's cost in one month: its hourly charge for each collected day (24 h), plus the
 * month's bytes at the per-GB price (tiered, as on the Cost card).
 */
export function monthCost(
  endpoint: EndpointMonths['endpoint'],
  pricing: RegionPricing,
  usage: MonthUsage,
): { hourly: number; dataProcessing: number; gb: number } {
  const gb = usage.bytesProcessed / BYTES_PER_GB;
  const hourly = hourlyCharge(endpoint, pricing) * 24 * usage.days;
  let dataProcessing = 0;
  if (endpoint.endpointType === 'GatewayLoadBalancer')
    dataProcessing = gb * pricing.gatewayLoadBalancerPerGb;
  else if (endpoint.endpointType !== 'Gateway')
    dataProcessing = tieredPrice(gb, pricing.interfaceDataTiers);
  return { hourly, dataProcessing, gb };
}

/**
 * The months' costs of many endpoints, summed, from the first month with a collected day (at
 * most `HISTORY_MONTHS`, ending with the month of `lastDay`, the last complete UTC day), and that
 * month's forecast: so far / its days elapsed (to `lastDay`) x days in the month, against the
 * month before.
 */
export function costHistory(
  subject: string,
  endpoints: EndpointMonths[],
  lastDay: string,
): CostHistory {
  const current = lastDay.slice(0, 7);
  const sums = new Map<
    string,
    { hourly: number; dataProcessing: number; gb: number; endpoints: number }
  >();
  for (const { endpoint, pricing, months } of endpoints) {
    for (const usage of months) {
      const cost = monthCost(endpoint, pricing, usage);
      const sum = sums.get(usage.month) ?? {
        hourly: 0,
        dataProcessing: 0,
        gb: 0,
        endpoints: 0,
      };
      sum.hourly += cost.hourly;
      sum.dataProcessing += cost.dataProcessing;
      sum.gb += cost.gb;
      sum.endpoints += 1;
      sums.set(usage.month, sum);
    }
  }
  const formula =
    "Each endpoint's month: its hourly charge x 24 h x its collected days, plus the month's GB x the region's per-GB price (tiered per endpoint); this month's forecast: so far / its days elapsed x days in the month.";
  const collected = [...sums.keys()].filter(m => m <= current).sort();
  if (collected.length === 0) {
    return { subject, endpoints: endpoints.length, months: [], formula };
  }
  const months: CostMonth[] = monthsBetween(collected[0], current)
    .slice(-HISTORY_MONTHS)
    .map(month => {
      const sum = sums.get(month);
      return {
        month,
        hourlyUsd: roundToCents(sum?.hourly ?? 0),
        dataProcessingUsd: roundToCents(sum?.dataProcessing ?? 0),
        totalUsd: roundToCents((sum?.hourly ?? 0) + (sum?.dataProcessing ?? 0)),
        gb: Math.round((sum?.gb ?? 0) * 100) / 100,
        endpoints: sum?.endpoints ?? 0,
        complete: month !== current,
      };
    });
  const now = months[months.length - 1];
  const previous = months[months.length - 2];
  const daysSoFar = Number(lastDay.slice(8, 10));
  const days = daysInMonth(current);
  const forecastUsd = roundToCents((now.totalUsd / daysSoFar) * days);
  const changeUsd =
    previous === undefined
      ? undefined
      : roundToCents(forecastUsd - previous.totalUsd);
  return {
    subject,
    endpoints: endpoints.length,
    months,
    thisMonth: {
      month: current,
      soFarUsd: now.totalUsd,
      forecastUsd,
      daysSoFar,
      daysInMonth: days,
      ...(previous
        ? {
            lastMonthUsd: previous.totalUsd,
            changeUsd: changeUsd!,
            ...(previous.totalUsd > 0
              ? {
                  changePercent:
                    Math.round((changeUsd! / previous.totalUsd) * 1000) / 10,
                }
              : {}),
          }
        : {}),
    },
    formula,
  };
}
