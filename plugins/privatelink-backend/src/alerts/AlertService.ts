import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  AlertsReport,
  FleetRow,
  PrivateLinkEntity,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  NotificationService,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import { AlertStore, alertStoreServiceRef } from './AlertStore';
import { alertNotification, evaluateAlerts } from './conditions';
import { noticeRoutes } from './routing';

/**
 * Health and idle alerts: after each posture evaluation, incidents open and resolve from the
 * fleet snapshot, and the owners (and whom an incident escalates to) are notified once when one
 * opens and once when it recovers, through the notifications backend.
 */
export class AlertService {
  constructor(
    private readonly deps: {
      store: AlertStore;
      notifications: NotificationService;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      settings: PrivateLinkBackendConfig;
    },
  ) {}

  get enabled() {
    return this.deps.settings.alerts.enabled;
  }

  /** Opens and resolves incidents from the snapshot, then sends the notices due. */
  async run(rows: FleetRow[], items: PrivateLinkEntity[], now: Date) {
    const { store, settings } = this.deps;
    if (!settings.alerts.enabled)
      return { opened: 0, resolved: 0, sent: 0, failed: 0 };
    const evaluation = evaluateAlerts(
      rows,
      items,
      settings.alerts,
      await this.vendorLinks(items),
    );
    const changes = await store.reconcile(
      evaluation.active,
      evaluation.clear,
      evaluation.present,
      now,
    );
    return { ...changes, ...(await this.notify(now)) };
  }

  /**
   * Sends each pending notice once, to the groups that hear of its kind (`noticeRoutes`): claimed
   * before sending, released when a send fails (the next run sends it again, to all of them). A
   * notice nobody hears of is claimed and not sent.
   */
  async notify(now: Date): Promise<{ sent: number; failed: number }> {
    const { store, notifications, logger, settings } = this.deps;
    let sent = 0;
    let failed = 0;
    for (const { incident, event } of await store.pendingNotices()) {
      if (incident.recipients.length === 0) continue;
      if (!(await store.claim(incident.id, event, now.toISOString()))) continue;
      const routes = noticeRoutes(
        incident.recipients,
        incident.kind,
        settings.alerts,
      );
      if (routes.length === 0) continue;
      try {
        const payload = alertNotification(incident, event);
        for (const route of routes) {
          await notifications.send({
            recipients: { type: 'entity', entityRef: route.recipients },
            payload: route.slackChannel
              ? { ...payload, metadata: { slackChannel: route.slackChannel } }
              : payload,
          });
        }
        sent++;
      } catch (error) {
        failed++;
        await store.release(incident.id, event);
        logger.warn(
          `PrivateLink alert ${incident.id} (${incident.kind} of ${
            incident.entityRef
          }, ${event}) not sent; it is tried again next run: ${stringifyError(
            error,
          )}`,
        );
      }
    }
    return { sent, failed };
  }

  async report(entityRef: string): Promise<AlertsReport> {
    return {
      entityRef,
      enabled: this.deps.settings.alerts.enabled,
      incidents: await this.deps.store.incidentsOf(entityRef),
    };
  }

  /** The links of the vendor groups the endpoints reach (support pages, status pages). */
  private async vendorLinks(items: PrivateLinkEntity[]) {
    const refs = [
      ...new Set(
        items.flatMap(i =>
          i.kind === 'endpoint' && i.endpoint.vendor
            ? [vendorGroupRef(i.endpoint.vendor)]
            : [],
        ),
      ),
    ];
    const links = new Map<string, Array<{ title?: string; url: string }>>();
    if (refs.length === 0) return links;
    const { items: groups } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs: refs, fields: ['metadata.links'] },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    groups.forEach((group, i) => {
      if (group?.metadata.links?.length)
        links.set(refs[i], group.metadata.links);
    });
    return links;
  }
}

export const alertServiceRef = createServiceRef<AlertService>({
  id: 'privatelink.alerts',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        store: alertStoreServiceRef,
        notifications: notificationService,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        logger: coreServices.logger,
        settings: settingsServiceRef,
      },
      factory: deps => new AlertService(deps),
    }),
});
