import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { AlertService, createAlertRoutes } from './alerts';
import { AuditService, createAuditRoutes } from './audit';
import { CostService, createCostRoutes } from './cost';
import { PrivateLinkEntities } from './entities';
import { createFleetRoutes, FleetService } from './fleet';
import { createHealthRoutes, HealthService } from './health';
import { createInventoryRoutes, InventoryService } from './inventory';
import { createPostureRoutes, PostureService } from './posture';
import { createRequestRoutes, RequestOptionsService } from './requests';
import { createStatusRoutes, StatusService } from './status';
import { createSummaryRoutes } from './summary';
import { createUsageRoutes, UsageService } from './usage';
import {
  MAX_BODY,
  rejectHostileQuery,
  rejectIllFormedBody,
} from './requestGuard';
import { createOpenApiRouter, spec } from './schema/openapi/generated/router';
import { explainSpecRefusals } from './specRefusals';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  entities: PrivateLinkEntities;
  usage: UsageService;
  cost: CostService;
  health: HealthService;
  inventory: InventoryService;
  posture: PostureService;
  status: StatusService;
  audit: AuditService;
  fleet: FleetService;
  requests: RequestOptionsService;
  alerts: AlertService;
  /** Whether the plugin can serve: its database answers and is migrated. */
  readiness?: () => Promise<{ ready: boolean; database: string }>;
  now?: () => Date;
  /**
   * Whether each response is checked against the spec too (a 500 when one does not match): on
   * in development and tests, off in production.
   */
  validateResponses?: boolean;
}

/**
 * The HTTP surface of the privatelink plugin, as its OpenAPI spec (`src/schema/openapi.yaml`)
 * describes it: every request is validated against the spec before a feature's route runs, and
 * the spec is served at `/openapi.json`. `/health` is open; every other route needs a user or
 * service token; entity routes read the entity with the caller's own credentials and check
 * `privatelink.endpoint.read` on it.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, entities } = options;
  const now = options.now ?? (() => new Date());
  // The body is parsed outside the spec's router, whose error handler would turn a 413 into a 400.
  const outer = Router();
  outer.use(express.json({ limit: MAX_BODY }));
  const router = await createOpenApiRouter({
    // Before the spec's validation: refusals that name the parameter or field (a list where one
    // value belongs, text no database stores as given).
    middleware: [rejectHostileQuery(), rejectIllFormedBody()],
    validatorOptions: {
      validateResponses: options.validateResponses ?? false,
    },
  });
  outer.use(router);
  // Open: says whether the plugin is ready, 503 otherwise.
  router.get('/health', async (_req, res) => {
    const readiness = (await options.readiness?.()) ?? {
      ready: true,
      database: 'not checked',
    };
    res
      .status(readiness.ready ? 200 : 503)
      .json({ status: readiness.ready ? 'ok' : 'unavailable', ...readiness });
  });
  router.use(
    createUsageRoutes({ httpAuth, entities, usage: options.usage, now }),
  );
  router.use(createCostRoutes({ httpAuth, entities, cost: options.cost, now }));
  router.use(
    createHealthRoutes({ httpAuth, entities, health: options.health, now }),
  );
  router.use(createAlertRoutes({ httpAuth, entities, alerts: options.alerts }));
  router.use(
    createSummaryRoutes({
      httpAuth,
      entities,
      usage: options.usage,
      cost: options.cost,
      health: options.health,
      alerts: options.alerts,
      posture: options.posture,
      status: options.status,
      now,
    }),
  );
  router.use(
    createInventoryRoutes({ httpAuth, inventory: options.inventory, now }),
  );
  router.use(
    createPostureRoutes({
      httpAuth,
      permissions,
      entities,
      posture: options.posture,
    }),
  );
  router.use(
    createStatusRoutes({
      httpAuth,
      permissions,
      status: options.status,
      entities,
      auditor: options.auditor,
    }),
  );
  router.use(
    createFleetRoutes({ httpAuth, permissions, fleet: options.fleet, now }),
  );
  router.use(createRequestRoutes({ httpAuth, requests: options.requests }));
  router.use(
    createAuditRoutes({
      httpAuth,
      permissions,
      auditor: options.auditor,
      entities,
      audit: options.audit,
      now,
    }),
  );
  router.use(explainSpecRefusals(spec));
  return outer;
}
