import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  CostHistory,
  CostReport,
  PrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { costHistory, HISTORY_MONTHS } from './history';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import {
  addDays,
  daysInRange,
  firstDayOfMonths,
  lastCompleteDay,
} from '../calendar';
import {
  TRAILING_DAYS,
  UsageService,
  usageServiceRef,
  WindowTotals,
} from '../usage';
import {
  billedAzCount,
  HOURS_PER_MONTH,
  monthlyCost,
  noCharge,
} from '../pricing';

/** Days of traffic a monthly estimate is based on: the window the store keeps totals of. */
export const COST_BASIS_DAYS = TRAILING_DAYS;

/**
 * The bytes and days a month's estimate rests on: the collected days of the window on or after
 * the day the endpoint was created. A young endpoint's backfill writes zero rows for the days
 * before it existed; counting them would divide its traffic by days it could not have had any.
 * (Every collected day has a row, so the rows of a window are contiguous.)
 */
export function costBasis(
  totals: WindowTotals | undefined,
  createdAt: string | undefined,
): { bytes: number; days: number; from?: string; to?: string } {
  if (!totals || totals.days === 0) return { bytes: 0, days: 0 };
  const created = createdAt?.slice(0, 10);
  const from = created && created > totals.firstDay ? created : totals.firstDay;
  if (from > totals.lastDay) return { bytes: 0, days: 0 };
  return {
    bytes: totals.bytesProcessed,
    days: Math.min(totals.days, daysInRange(from, totals.lastDay)),
    from,
    to: totals.lastDay,
  };
}

/** Monthly cost estimates of endpoints, from their AZs and stored bytes. */
export class CostService {
  constructor(
    private readonly usage: Pick<
      UsageService,
      'windowTotals' | 'monthlyTotals'
    >,
    private readonly settings: PrivateLinkBackendConfig,
  ) {}

  /** The cost of many entities, with one query of their usage. */
  async costs(
    items: PrivateLinkEntity[],
    now: Date,
  ): Promise<Map<string, CostReport>> {
    const to = lastCompleteDay(now);
    const metered = items.filter(
      i => i.kind === 'endpoint' && i.endpoint.endpointType !== 'Gateway',
    );
    const totals = await this.usage.windowTotals(
      metered.map(i => i.entityRef),
      addDays(to, -(COST_BASIS_DAYS - 1)),
      to,
    );
    const reports = new Map<string, CostReport>();
    for (const item of items) {
      const { entityRef } = item;
      if (item.kind !== 'endpoint') {
        reports.set(entityRef, {
          entityRef,
          ...noCharge(''),
          applicable: false,
          note: 'An endpoint service costs its provider the load balancer, not PrivateLink charges: each consumer pays for its own endpoint.',
          basis: 'none',
        });
        continue;
      }
      const { endpoint } = item;
      const basis = costBasis(totals.get(entityRef), endpoint.createdAt);
      const bytesPerMonth =
        endpoint.endpointType === 'Gateway' || basis.days === 0
          ? undefined
          : (basis.bytes / basis.days) * (HOURS_PER_MONTH / 24);
      const cost = monthlyCost({
        endpointType: endpoint.endpointType,
        azCount: billedAzCount(endpoint) ?? 0,
        bytesPerMonth,
        pricing: this.settings.pricingFor(endpoint.region),
      });
      reports.set(entityRef, {
        ...cost,
        entityRef,
        applicable: true,
        basisBytes: bytesPerMonth === undefined ? undefined : basis.bytes,
        basis:
          bytesPerMonth === undefined
            ? 'hourly charges only (no bytes known)'
            : `bytes of the ${basis.days} days ${basis.from} to ${basis.to}${
                basis.days < COST_BASIS_DAYS
                  ? ' (since the endpoint was created or first collected)'
                  : ''
              }, scaled to ${HOURS_PER_MONTH} hours`,
      });
    }
    return reports;
  }

  /**
   * What the endpoints cost each month over the kept days (at most a year and this month), and
   * this month's forecast, with one query of their usage. Gateway endpoints are free: left out.
   */
  async history(
    subject: string,
    items: PrivateLinkEntity[],
    now: Date,
  ): Promise<CostHistory> {
    const lastDay = lastCompleteDay(now);
    const endpoints = items.filter(
      (i): i is Extract<PrivateLinkEntity, { kind: 'endpoint' }> =>
        i.kind === 'endpoint' && i.endpoint.endpointType !== 'Gateway',
    );
    const months = await this.usage.monthlyTotals(
      endpoints.map(i => i.entityRef),
      firstDayOfMonths(lastDay, HISTORY_MONTHS),
      lastDay,
    );
    return costHistory(
      subject,
      endpoints.map(i => ({
        endpoint: i.endpoint,
        pricing: this.settings.pricingFor(i.endpoint.region),
        months: months.get(i.entityRef) ?? [],
      })),
      lastDay,
    );
  }
}

export const costServiceRef = createServiceRef<CostService>({
  id: 'privatelink.cost',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { usage: usageServiceRef, settings: settingsServiceRef },
      factory: ({ usage, settings }) => new CostService(usage, settings),
    }),
});
