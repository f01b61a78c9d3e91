import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { PrivateLinkEntity } from '@privatelink-portal/plugin-privatelink-common';
import { addDays, lastCompleteDay } from '../calendar';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import { UsageService, usageServiceRef } from '../usage';
import { ConsolidationAdvice, consolidationAdvice } from './advice';
import { consolidationEndpoints } from './inputs';

type Endpoint = Extract<PrivateLinkEntity, { kind: 'endpoint' }>;

/** The days of bytes the advice prices: the last 30 complete days, as a month. */
export const CONSOLIDATION_WINDOW_DAYS = 30;

/** USD, as the evidence writes it. */
const usd = (n: number) =>
  `${n < 0 ? '-' : ''}$${Math.abs(n).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`;

/**
 * Consolidation advice: where one hub endpoint set per service would cost less than an endpoint in
 * every VPC of a network (`privatelink.consolidation.networks`), priced from the kept usage of the
 * last 30 days. Each posture evaluation computes it for the endpoints it read and keeps it.
 */
export class ConsolidationService {
  private kept?: { computedAt: string; advice: ConsolidationAdvice[] };

  constructor(
    private readonly deps: {
      usage: Pick<UsageService, 'windowTotals'>;
      settings: PrivateLinkBackendConfig;
    },
  ) {}

  /** Computes and keeps the advice over these endpoints. Nothing to do without a network. */
  async advise(
    endpoints: Endpoint[],
    now: Date,
  ): Promise<ConsolidationAdvice[]> {
    const { networks, hubPricing } = this.deps.settings.consolidation;
    const inNetwork = new Set(networks.flatMap(n => n.accounts));
    const candidates = endpoints.filter(
      e =>
        inNetwork.has(e.endpoint.accountId) &&
        e.endpoint.endpointType === 'Interface',
    );
    const to = lastCompleteDay(now);
    const bytes = candidates.length
      ? await this.deps.usage.windowTotals(
          candidates.map(e => e.entityRef),
          addDays(to, -(CONSOLIDATION_WINDOW_DAYS - 1)),
          to,
        )
      : new Map();
    const advice = consolidationAdvice(
      consolidationEndpoints(candidates, bytes),
      networks,
      region => this.deps.settings.pricingFor(region),
      hubPricing,
    );
    this.kept = { computedAt: now.toISOString(), advice };
    return advice;
  }

  /** The advice the last evaluation kept (none before it). */
  latest(): { computedAt?: string; advice: ConsolidationAdvice[] } {
    return this.kept ?? { advice: [] };
  }

  /**
   * The evidence of the `endpoint-consolidation-candidate` finding, by endpoint: for each endpoint
   * a hub would replace where the hub costs less, the figures that say so.
   */
  static evidence(advice: ConsolidationAdvice[]): Map<string, string[]> {
    const byEndpoint = new Map<string, string[]>();
    for (const a of advice) {
      if (a.savingMonthlyUsd <= 0) continue;
      const line = `${a.endpoints.length} endpoints of ${a.serviceName} in ${
        new Set(a.endpoints.map(e => e.vpcId)).size
      } VPCs of network ${a.network} (${a.region}) cost ${usd(
        a.todayMonthlyUsd,
      )} a month; one set in ${a.hubVpcId} would cost ${usd(
        a.hubMonthlyUsd,
      )}, ${usd(a.savingMonthlyUsd)} less${
        a.breakEvenSpokeGbPerMonth === undefined
          ? ''
          : `, while the other VPCs send under ${a.breakEvenSpokeGbPerMonth.toLocaleString(
              'en-US',
            )} GB a month through the Transit Gateway`
      }. ${a.formula}.`;
      for (const e of a.endpoints) {
        if (e.vpcId === a.hubVpcId) continue;
        byEndpoint.set(e.entityRef, [line]);
      }
    }
    return byEndpoint;
  }
}

export const consolidationServiceRef = createServiceRef<ConsolidationService>({
  id: 'privatelink.consolidation',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { usage: usageServiceRef, settings: settingsServiceRef },
      factory: deps => new ConsolidationService(deps),
    }),
});
