import { createServiceFactory, createServiceRef } from '@backstage/backend-plugin-api';
import { CostReport, PrivateLinkEntity } from '@internal/plugin-privatelink-common';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import { addDays, lastCompleteDay } from '../usage/days';
import { UsageStore, usageStoreServiceRef } from '../usage/UsageStore';
import { billedAzCount, HOURS_PER_MONTH, monthlyCost, noCharge } from './pricing';

/** Days of traffic a monthly estimate is based on. */
export const COST_BASIS_DAYS = 30;

/**
 * The bytes a month's estimate rests on: the collected days of the window on or after the day the
 * endpoint was created. A young endpoint's backfill writes zero rows for days before it existed;
 * counting them would divide its traffic by days it could not have had any.
 */
export function costBasis(
  rows: Array<{ day: string; bytesProcessed: number }>,
  createdAt: string | undefined,
): { bytes: number; days: Array<{ day: string }> } {
  const created = createdAt?.slice(0, 10);
  const days = created ? rows.filter(r => r.day >= created) : rows;
  return { bytes: days.reduce((sum, d) => sum + d.bytesProcessed, 0), days };
}

/** Monthly cost estimates of endpoints, from their AZs and stored bytes. */
export class CostService {
  constructor(
    private readonly store: UsageStore,
    private readonly settings: PrivateLinkBackendConfig,
  ) {}

  /** The cost of many entities, with one store query. */
  async costs(items: PrivateLinkEntity[], now: Date): Promise<Map<string, CostReport>> {
    const to = lastCompleteDay(now);
    const metered = items.filter(i => i.kind === 'endpoint' && i.endpoint.endpointType !== 'Gateway');
    const bytes = await this.store.listDailyBytes(
      metered.map(i => i.entityRef),
      addDays(to, -(COST_BASIS_DAYS - 1)),
      to,
    );
    const reports = new Map<string, CostReport>();
    for (const item of items) {
      const { entityRef } = item;
      if (item.kind === 'service') {
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
      const basis = costBasis(bytes.get(entityRef) ?? [], endpoint.createdAt);
      const bytesPerMonth =
        endpoint.endpointType === 'Gateway' || basis.days.length === 0
          ? undefined
          : (basis.bytes / basis.days.length) * (HOURS_PER_MONTH / 24);
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
        basis:
          bytesPerMonth === undefined
            ? 'hourly charges only (no bytes known)'
            : `bytes of the ${basis.days.length} days ${basis.days[0].day} to ${
                basis.days[basis.days.length - 1].day
              }${basis.days.length < COST_BASIS_DAYS ? ' (since the endpoint was created)' : ''}, scaled to ${HOURS_PER_MONTH} hours`,
      });
    }
    return reports;
  }
}

export const costServiceRef = createServiceRef<CostService>({
  id: 'privatelink.cost',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { store: usageStoreServiceRef, settings: settingsServiceRef },
      factory: ({ store, settings }) => new CostService(store, settings),
    }),
});
