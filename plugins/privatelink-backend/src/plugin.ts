import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { privatelinkPermissions } from '@privatelink-portal/plugin-privatelink-common';
import { alertServiceRef } from './alerts';
import { auditNotifierServiceRef, auditServiceRef } from './audit';
import { clockServiceRef } from './clock';
import { costServiceRef } from './cost';
import { privatelinkDatabaseServiceRef, readiness } from './database';
import { privatelinkEntitiesServiceRef } from './entities';
import { fleetServiceRef } from './fleet';
import { healthServiceRef } from './health';
import { inventoryServiceRef } from './inventory';
import { schedulePipeline } from './pipeline';
import { postureServiceRef } from './posture';
import { requestOptionsServiceRef } from './requests';
import { createRouter } from './router';
import { settingsServiceRef } from './settings';
import { statusServiceRef } from './status';
import { usageCollectorServiceRef, usageServiceRef } from './usage';

/**
 * The privatelink backend plugin: collects CloudWatch usage of every endpoint and provided
 * service in the catalog into daily rollups, evaluates posture checks, and serves usage, cost,
 * health, findings, tenant inventories, the fleet page, alerts, quarterly audit campaigns, the
 * request form's choices and the operators' status. Each feature is a folder with one door (its
 * `index.ts`) and a service (`usage`, `cost`, `health`, `posture`, `inventory`, `fleet`,
 * `alerts`, `audit`, `requests`, `status`) that tests replace; this file hands them to the
 * scheduled pipeline (`pipeline.ts`) and to the router (`router.ts`).
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
        settings: settingsServiceRef,
        entities: privatelinkEntitiesServiceRef,
        collector: usageCollectorServiceRef,
        usage: usageServiceRef,
        cost: costServiceRef,
        health: healthServiceRef,
        inventory: inventoryServiceRef,
        posture: postureServiceRef,
        status: statusServiceRef,
        audit: auditServiceRef,
        notifier: auditNotifierServiceRef,
        clock: clockServiceRef,
        fleet: fleetServiceRef,
        requests: requestOptionsServiceRef,
        alerts: alertServiceRef,
        database: privatelinkDatabaseServiceRef,
      },
      async init(deps) {
        const { clock } = deps;
        await schedulePipeline(deps);
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
