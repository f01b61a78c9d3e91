import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  DailyUsage,
  IdleVerdict,
  PrivateLinkEntity,
  UsageReport,
  VpcEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import { hourlyCharge } from '../pricing';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import { addDays, lastCompleteDay, laterDay } from '../calendar';
import { idleVerdict } from './idle';
import { describeSeries } from './metricQueries';
import { UsageStore, WindowTotals } from './UsageStore';
import { usageStoreServiceRef } from './DatabaseUsageStore';
import { StatusService, statusServiceRef } from '../status';

type Endpoint = { entityRef: string; endpoint: VpcEndpointDetails };

/** Usage of endpoints and provided services from the stored rollups, with the idle verdict. */
export class UsageService {
  constructor(
    private readonly store: UsageStore,
    private readonly settings: PrivateLinkBackendConfig,
    /** Where the collector records which series each provided service is read from. */
    private readonly status?: StatusService,
  ) {}

  /** For each entity with rows in [from, to], their bytes, count and first and last day. */
  windowTotals(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, WindowTotals>> {
    return this.store.windowTotals(entityRefs, from, to);
  }

  /** For each entity, its latest collected day in [from, to]: what health rests on. */
  /** Each entity's collected days and bytes per month in [from, to]: the cost history's basis. */
  monthlyTotals(entityRefs: string[], from: string, to: string) {
    return this.store.monthlyTotals(entityRefs, from, to);
  }

  latestDays(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, DailyUsage>> {
    return this.store.latestDays(entityRefs, from, to);
  }

  /** The idle verdict of many endpoints in one store query (endpoints with no rows yet have none). */
  async idleVerdicts(
    endpoints: Endpoint[],
    now: Date,
  ): Promise<Map<string, IdleVerdict>> {
    const through = lastCompleteDay(now);
    const facts = await this.store.trafficFacts(
      endpoints.map(e => e.entityRef),
    );
    const verdicts = new Map<string, IdleVerdict>();
    for (const { entityRef, endpoint } of endpoints) {
      const fact = facts.get(entityRef);
      if (!fact?.firstDay) continue;
      verdicts.set(
        entityRef,
        idleVerdict({
          lastTrafficDay: fact.lastTrafficDay,
          idleAfterDays: this.settings.idleAfterDays,
          since: laterDay(fact.firstDay, endpoint.createdAt?.slice(0, 10))!,
          through,
          hourlyUsd: hourlyCharge(
            endpoint,
            this.settings.pricingFor(endpoint.region),
          ),
        }),
      );
    }
    return verdicts;
  }

  async usage(
    item: PrivateLinkEntity,
    windowDays: number,
    now: Date,
  ): Promise<UsageReport> {
    const { entityRef } = item;
    const to = lastCompleteDay(now);
    const from = addDays(to, -(windowDays - 1));
    const unpublished = (note: string): UsageReport => ({
      entityRef,
      metricsPublished: false,
      note,
      from,
      to,
      days: [],
      totals: { bytesProcessed: 0, newConnections: 0 },
    });
    if (item.kind === 'endpoint' && item.endpoint.endpointType === 'Gateway') {
      return unpublished(
        'Gateway endpoints publish no PrivateLink metrics to CloudWatch: their traffic is not known here.',
      );
    }
    if (item.kind === 'service' && !item.service.provider) {
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
    const idle =
      item.kind === 'endpoint'
        ? (await this.idleVerdicts([item], now)).get(entityRef)
        : undefined;
    return {
      entityRef,
      metricsPublished: true,
      series: (await this.status?.seriesOf(entityRef)) ?? describeSeries(item),
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
}

export const usageServiceRef = createServiceRef<UsageService>({
  id: 'privatelink.usage',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        store: usageStoreServiceRef,
        settings: settingsServiceRef,
        status: statusServiceRef,
      },
      factory: ({ store, settings, status }) =>
        new UsageService(store, settings, status),
    }),
});
