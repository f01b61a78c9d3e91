import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { privatelinkPermissions } from '@internal/plugin-privatelink-common';
import { awsAccessServiceRef } from '@internal/plugin-privatelink-node';
import { costServiceRef } from './cost/CostService';
import { privatelinkEntitiesServiceRef } from './entities/PrivateLinkEntities';
import { healthServiceRef } from './health/HealthService';
import { inventoryServiceRef } from './inventory/InventoryService';
import { findingsStoreServiceRef } from './posture/FindingsStore';
import { postureServiceRef } from './posture/PostureService';
import { createRouter } from './router';
import { settingsServiceRef } from './settings';
import { statusStoreServiceRef } from './status/StatusStore';
import { lastCompleteDay } from './usage/days';
import { AccountMetricSources } from './usage/MetricSource';
import { UsageCollector } from './usage/UsageCollector';
import { usageServiceRef } from './usage/UsageService';
import { usageStoreServiceRef } from './usage/UsageStore';

const POSTURE_TASK = 'privatelink-posture:evaluate';

/**
 * The privatelink backend plugin: collects CloudWatch usage of every endpoint and provided
 * service in the catalog into daily rollups, evaluates posture checks, and serves usage, cost,
 * health, findings, tenant inventories and the operators' status. Each feature is a service
 * (`usage`, `cost`, `health`, `posture`, `inventory`, `status`) that this file wires and tests
 * replace.
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
      },
      async init(deps) {
        const { logger, scheduler, settings } = deps;
        const collector = new UsageCollector({
          entities: deps.entities,
          auth: deps.auth,
          store: deps.store,
          source: new AccountMetricSources(settings.accounts, deps.aws, () =>
            lastCompleteDay(new Date()),
          ),
          settings,
          logger,
          status: deps.status,
        });
        await scheduler.scheduleTask({
          id: 'privatelink-usage:collect',
          scope: 'global',
          ...settings.schedule,
          fn: async () => {
            const report = await collector.collect();
            for (const cell of report.cells) {
              if (!cell.error && cell.daysFetched > 0) {
                logger.info(
                  `PrivateLink usage of ${cell.accountId} in ${cell.region}: ${cell.rows} daily rows for ${cell.entities} entities, ${cell.metricsRequested} metrics ($${cell.cloudWatchCostUsd})`,
                );
              }
            }
            // New usage can make endpoints idle or services unhealthy: evaluate now.
            await scheduler.triggerTask(POSTURE_TASK).catch(error =>
              logger.debug(`Posture evaluation not triggered: ${error}`),
            );
          },
        });

        await scheduler.scheduleTask({
          id: POSTURE_TASK,
          scope: 'global',
          ...settings.posture.schedule,
          fn: async () => {
            const result = await deps.posture.evaluate();
            logger.info(
              `PrivateLink posture of ${result.entities} entities: ${result.findings} findings, ${result.opened} new, ${result.resolved} resolved`,
            );
          },
        });

        deps.permissionsRegistry.addPermissions(privatelinkPermissions);
        deps.httpRouter.use(await createRouter(deps));
        deps.httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
