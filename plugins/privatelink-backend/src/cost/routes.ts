import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { noParameters, parseQuery } from '../parseQuery';
import { PrivateLinkEntities } from '../entities';
import { CostService } from './CostService';

/** `GET /entities/:kind/:namespace/:name/cost`: the monthly estimate with its formula. */
export function createCostRoutes(deps: {
  httpAuth: HttpAuthService;
  entities: PrivateLinkEntities;
  cost: CostService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/entities/:kind/:namespace/:name/cost', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const item = await deps.entities.readable(req.params, credentials);
    res.json((await deps.cost.costs([item], deps.now())).get(item.entityRef));
  });
  return router;
}
