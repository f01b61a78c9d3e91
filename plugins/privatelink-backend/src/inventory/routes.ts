import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ownerRefParam, parseQuery } from '../parseQuery';
import { InventoryService } from './InventoryService';

const inventoryQuery = z.object({ owner: ownerRefParam });

/** `GET /inventory?owner=`: every endpoint an owner has, with usage, cost and health. */
export function createInventoryRoutes(deps: {
  httpAuth: HttpAuthService;
  inventory: InventoryService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/inventory', async (req, res) => {
    const { owner } = parseQuery(inventoryQuery, req.query);
    const credentials = await deps.httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await deps.inventory.inventory(owner, credentials, deps.now()));
  });
  return router;
}
