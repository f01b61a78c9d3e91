import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { privatelinkPermissions } from '@privatelink-portal/plugin-privatelink-common';
import { awsAccessServiceRef } from '@privatelink-portal/plugin-privatelink-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { alertServiceRef } from './alerts/AlertService';
import { auditServiceRef } from './audit/AuditService';
import { AuditNotifier } from './audit/AuditNotifier';
import { auditStoreServiceRef } from './audit/AuditStore';
import { clockServiceRef } from './clock';
import { privatelinkDatabaseServiceRef, readiness } from './database';
import { costServiceRef } from './cost/CostService';
import { fleetServiceRef } from './fleet/FleetService';
import { fleetStoreServiceRef } from './fleet/FleetStore';
import { privatelinkEntitiesServiceRef } from './entities/PrivateLinkEntities';
import { healthServiceRef } from './health/HealthService';
import { inventoryServiceRef } from './inventory/InventoryService';
import { findingsStoreServiceRef } from './posture/FindingsStore';
import { postureServiceRef } from './posture/PostureService';
import { requestOptionsServiceRef } from './requests/RequestOptionsService';
import { createRouter } from './router';
import { settingsServiceRef } from './settings';
import { statusStoreServiceRef } from './status/StatusStore';
import { lastCompleteDay } from './calendar';
import { AccountMetricSources } from './usage/MetricSource';
import { UsageCollector } from './usage/UsageCollector';
import { usageServiceRef } from './usage/UsageService';
import { usageStoreServiceRef } from './usage/UsageStore';

const POSTURE_TASK = 'privatelink-posture:evaluate';
const AUDIT_TASK = 'privatelink-audit:open';
const NOTIFY_TASK = 'privatelink-audit:notify';

/**
 * The privatelink backend plugin: collects CloudWatch usage of every endpoint and provided
 * service in the catalog into daily rollups, evaluates posture checks, and serves usage, cost,
 * health, findings, tenant inventories, the fleet page, alerts, quarterly audit campaigns, the
 * request form's choices and the operators' status. Each feature is a service (`usage`, `cost`,
 * `health`, `posture`, `inventory`, `fleet`, `alerts`, `audit`, `requests`, `status`) that this
 * file wires and tests replace.
 *
 * @public
 */
export const privatelinkPlugin = createBackendPlugin({
  pluginId: 'privatelink',
  register(env) {
    env.registerInit({
      deps: {
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        aws: awsAccessServiceRef,
        settings: settingsServiceRef,
        entities: privatelinkEntitiesServiceRef,
        store: usageStoreServiceRef,
        usage: usageServiceRef,
        cost: costServiceRef,
        health: healthServiceRef,
        inventory: inventoryServiceRef,
        posture: postureServiceRef,
        findings: findingsStoreServiceRef,
        status: statusStoreServiceRef,
        audit: auditServiceRef,
        auditStore: auditStoreServiceRef,
        notifications: notificationService,
        clock: clockServiceRef,
        fleet: fleetServiceRef,
        fleetStore: fleetStoreServiceRef,
        requests: requestOptionsServiceRef,
        alerts: alertServiceRef,
        database: privatelinkDatabaseServiceRef,
      },
      async init(deps) {
        const { logger, scheduler, settings, clock } = deps;
        let openedOnStartup = false;
        const collector = new UsageCollector({
          entities: deps.entities,
          auth: deps.auth,
          store: deps.store,
          source: new AccountMetricSources(settings.accounts, deps.aws, () =>
            lastCompleteDay(clock.now()),
          ),
          settings,
          logger,
          status: deps.status,
        });
        await scheduler.scheduleTask({
          id: 'privatelink-usage:collect',
          scope: 'global',
          ...settings.schedule,
          fn: async abortSignal => {
            const report = await collector.collect(clock.now(), abortSignal);
            for (const cell of report.cells) {
              if (!cell.error && cell.daysFetched > 0) {
                logger.info(
                  `PrivateLink usage of ${cell.accountId} in ${cell.region}: ${cell.rows} daily rows for ${cell.entities} entities, ${cell.metricsRequested} metrics ($${cell.cloudWatchCostUsd})`,
                );
              }
            }
            // New usage can make endpoints idle or services unhealthy: evaluate now.
            await scheduler
              .triggerTask(POSTURE_TASK)
              .catch(error =>
                logger.debug(`Posture evaluation not triggered: ${error}`),
              );
          },
        });

        await scheduler.scheduleTask({
          id: POSTURE_TASK,
          scope: 'global',
          ...settings.posture.schedule,
          fn: async () => {
            const result = await deps.posture.evaluate(clock.now());
            logger.info(
              `PrivateLink posture of ${result.entities} entities: ${result.findings} findings, ${result.opened} new, ${result.resolved} resolved`,
            );
            // The fleet page's snapshot, from the reports and findings as they now stand.
            const fleet = await deps.fleet.refresh(clock.now(), result.items);
            logger.info(
              `PrivateLink fleet snapshot: ${fleet.rows.length} endpoints and services`,
            );
            // Health and idle incidents from the snapshot just written, and their notices.
            if (deps.alerts.enabled) {
              const alerts = await deps.alerts.run(
                fleet.rows,
                result.items,
                clock.now(),
              );
              if (
                alerts.opened ||
                alerts.resolved ||
                alerts.sent ||
                alerts.failed
              ) {
                logger.info(
                  `PrivateLink alerts: ${alerts.opened} incidents opened, ${alerts.resolved} resolved; ${alerts.sent} notices sent, ${alerts.failed} failed`,
                );
              }
            }
            // Until a trigger is accepted (another replica may be running the task): the next
            // evaluation tries again.
            if (settings.audit.openOnStartup && !openedOnStartup) {
              await scheduler.triggerTask(AUDIT_TASK).then(
                () => {
                  openedOnStartup = true;
                },
                error =>
                  logger.warn(
                    `Audit campaigns not triggered yet, tried again after the next evaluation: ${error}`,
                  ),
              );
            }
          },
        });

        // Opens the quarter's campaign of every owner that has none: a rerun opens nothing twice.
        await scheduler.scheduleTask({
          id: AUDIT_TASK,
          scope: 'global',
          ...settings.audit.schedule,
          fn: async () => {
            const result = await deps.audit.openDue(clock.now());
            logger.info(
              `PrivateLink audit: opened ${result.opened.length} campaigns (${
                result.opened.join(', ') || 'none'
              }); ${result.existing} were open`,
            );
            if (
              result.opened.length > 0 &&
              settings.audit.notifications.enabled
            ) {
              await scheduler
                .triggerTask(NOTIFY_TASK)
                .catch(error =>
                  logger.debug(`Audit notices not triggered: ${error}`),
                );
            }
          },
        });

        // Tells owning groups when their campaign opens, a while before it is due and when it is
        // overdue: each notice once, through the notifications backend when it is installed.
        if (settings.audit.notifications.enabled) {
          const notifier = new AuditNotifier({
            store: deps.auditStore,
            notifications: deps.notifications,
            logger,
            settings: settings.audit.notifications,
          });
          await scheduler.scheduleTask({
            id: NOTIFY_TASK,
            scope: 'global',
            ...settings.audit.notifications.schedule,
            fn: async () => {
              const { sent, failed } = await notifier.notify(clock.now());
              if (sent || failed)
                logger.info(
                  `PrivateLink audit notices: ${sent} sent, ${failed} failed`,
                );
            },
          });
        }

        deps.permissionsRegistry.addPermissions(privatelinkPermissions);
        deps.httpRouter.use(
          await createRouter({
            ...deps,
            readiness: () => readiness(deps.database),
            now: () => clock.now(),
            validateResponses: process.env.NODE_ENV !== 'production',
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
