import path from 'path';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { privatelinkPermissions } from '@internal/plugin-privatelink-common';
import {
  AwsClientFactory,
  readInventorySource,
  SnapshotReader,
} from '@internal/plugin-privatelink-node';
import { CloudWatchMetricSource, MetricSource, SnapshotMetricSource } from './collector/MetricSource';
import { lastCompleteDay, UsageCollector } from './collector/UsageCollector';
import { readPrivateLinkBackendConfig } from './config';
import { DatabaseUsageStore } from './database/DatabaseUsageStore';
import { EndpointReports } from './service/EndpointReports';
import { createRouter } from './service/router';

/**
 * The privatelink backend plugin: collects CloudWatch usage of every endpoint and provided
 * service in the catalog into daily rollups, and serves usage, cost and health.
 *
 * @public
 */
export const privatelinkPlugin = createBackendPlugin({
  pluginId: 'privatelink',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        database,
        scheduler,
        auth,
        httpAuth,
        httpRouter,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        const settings = readPrivateLinkBackendConfig(config);
        const source = readInventorySource(config);
        const metrics: MetricSource =
          source.type === 'snapshot'
            ? new SnapshotMetricSource(new SnapshotReader(path.resolve(source.path)), () =>
                lastCompleteDay(new Date()),
              )
            : new CloudWatchMetricSource(AwsClientFactory.fromConfig(config));
        const store = await DatabaseUsageStore.create(database);
        const collector = new UsageCollector({
          catalog,
          auth,
          store,
          source: metrics,
          settings,
          logger,
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
                  `PrivateLink usage of ${cell.accountId} in ${cell.region}: ${cell.rows} daily rows for ${cell.entities} entities, ${cell.queries} metrics`,
                );
              }
            }
          },
        });

        permissionsRegistry.addPermissions(privatelinkPermissions);
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            catalog,
            reports: new EndpointReports(store, settings),
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
