import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { noParameters, parseQuery } from '../parseQuery';
import { PrivateLinkEntities } from '../entities';
import { AlertService } from './AlertService';

/** `GET /entities/:kind/:namespace/:name/alerts`: the entity's incidents and their notices. */
export function createAlertRoutes(deps: {
  httpAuth: HttpAuthService;
  entities: PrivateLinkEntities;
  alerts: AlertService;
}): express.Router {
  const router = Router();
  router.get('/entities/:kind/:namespace/:name/alerts', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const item = await deps.entities.readable(req.params, credentials);
    res.json(await deps.alerts.report(item.entityRef));
  });
  return router;
}
