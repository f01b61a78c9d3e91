import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { AlertService } from '../alerts';
import { CostService } from '../cost';
import { PrivateLinkEntities } from '../entities';
import { HealthService } from '../health';
import { noParameters, parseQuery } from '../parseQuery';
import { PostureService } from '../posture';
import { StatusService } from '../status';
import { UsageService } from '../usage';

/** The window the usage card opens on, as the usage route's default. */
const SUMMARY_USAGE_DAYS = 30;

/**
 * `GET /entities/:kind/:namespace/:name/summary`: what an entity page's cards show, in one answer
 * for one catalog read and one permission decision (where each card asked on its own before).
 * Each part comes from the feature that owns it, through its service; a VPC has findings and
 * freshness only, a vendor's service no freshness.
 */
export function createSummaryRoutes(deps: {
  httpAuth: HttpAuthService;
  entities: PrivateLinkEntities;
  usage: UsageService;
  cost: CostService;
  health: HealthService;
  alerts: AlertService;
  posture: PostureService;
  status: StatusService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/entities/:kind/:namespace/:name/summary', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const item = await deps.entities.readable(req.params, credentials, [
      'endpoint',
      'service',
      'vpc',
    ]);
    const now = deps.now();
    const [freshness, findings] = await Promise.all([
      deps.status.freshnessOf(item),
      deps.posture.report(item),
    ]);
    // A vendor's service has no freshness of its own: no inventoried account provides it.
    const common = {
      entityRef: item.entityRef,
      ...(freshness ? { freshness } : {}),
      findings,
    };
    if (item.kind === 'vpc') {
      res.json(common);
      return;
    }
    const [usage, costs, health, alerts] = await Promise.all([
      deps.usage.usage(item, SUMMARY_USAGE_DAYS, now),
      deps.cost.costs([item], now),
      deps.health.health([item], now),
      deps.alerts.report(item.entityRef),
    ]);
    res.json({
      ...common,
      usage,
      cost: costs.get(item.entityRef),
      health: health.get(item.entityRef),
      alerts,
    });
  });
  return router;
}
