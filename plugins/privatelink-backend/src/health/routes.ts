import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { noParameters, parseQuery } from '../parseQuery';
import { PrivateLinkEntities } from '../entities';
import { HealthService } from './HealthService';

/** `GET /entities/:kind/:namespace/:name/health`: one status with its reasons, per AZ too. */
export function createHealthRoutes(deps: {
  httpAuth: HttpAuthService;
  entities: PrivateLinkEntities;
  health: HealthService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/entities/:kind/:namespace/:name/health', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const item = await deps.entities.readable(req.params, credentials);
    res.json(
      (await deps.health.health([item], deps.now())).get(item.entityRef),
    );
  });
  return router;
}
