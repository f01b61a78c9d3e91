import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  HealthReport,
  PrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import { addDays, lastCompleteDay } from '../calendar';
import { UsageService, usageServiceRef } from '../usage';
import { healthReport } from './assessHealth';

/** Days back the latest collected day of an entity is looked for. */
const RECENT_DAYS = 7;

/** Health of endpoints and provided services from their state and their latest collected day. */
export class HealthService {
  constructor(
    private readonly usage: Pick<UsageService, 'latestDays'>,
    private readonly settings: PrivateLinkBackendConfig,
  ) {}

  /** The health of many entities, with one query of their usage. */
  async health(
    items: PrivateLinkEntity[],
    now: Date,
  ): Promise<Map<string, HealthReport>> {
    const to = lastCompleteDay(now);
    const metered = items.filter(i =>
      i.kind === 'endpoint'
        ? i.endpoint.endpointType !== 'Gateway'
        : i.kind === 'service' && !!i.service.provider,
    );
    const latest = await this.usage.latestDays(
      metered.map(i => i.entityRef),
      addDays(to, -(RECENT_DAYS - 1)),
      to,
    );
    const reports = new Map<string, HealthReport>();
    for (const item of items) {
      const { entityRef } = item;
      if (
        item.kind === 'vpc' ||
        (item.kind === 'service' && !item.service.provider)
      ) {
        reports.set(entityRef, {
          entityRef,
          status: 'unknown',
          reasons: [
            'The health of a service you consume shows on each of your endpoints to it.',
          ],
          zones: [],
        });
        continue;
      }
      const endpoint = item.kind === 'endpoint' ? item.endpoint : undefined;
      reports.set(
        entityRef,
        healthReport({
          entityRef,
          state:
            endpoint?.state ??
            (item.kind === 'service' ? item.service.state : undefined),
          lastDay: latest.get(entityRef),
          subnets: endpoint?.subnets ?? [],
          thresholds: this.settings.health,
          metricsPublished: endpoint?.endpointType !== 'Gateway',
        }),
      );
    }
    return reports;
  }
}

export const healthServiceRef = createServiceRef<HealthService>({
  id: 'privatelink.health',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { usage: usageServiceRef, settings: settingsServiceRef },
      factory: ({ usage, settings }) => new HealthService(usage, settings),
    }),
});
