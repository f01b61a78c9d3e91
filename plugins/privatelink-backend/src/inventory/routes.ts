import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ownerRefParam, parseQuery } from '../parseQuery';
import { InventoryService } from './InventoryService';

const inventoryQuery = z
  .object({
    owner: ownerRefParam,
    includeChildren: z
      .enum(['true', 'false'], {
        error: 'includeChildren must be true or false',
      })
      .default('false')
      .transform(v => v === 'true'),
  })
  .strict();

/**
 * `GET /inventory?owner=&includeChildren=`: every endpoint an owner has (and, when asked, its
 * child teams, each row naming its owner), with usage, cost and health.
 */
export function createInventoryRoutes(deps: {
  httpAuth: HttpAuthService;
  inventory: InventoryService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/inventory', async (req, res) => {
    const { owner, includeChildren } = parseQuery(inventoryQuery, req.query);
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await deps.inventory.inventory(owner, credentials, deps.now(), {
        includeChildren,
      }),
    );
  });
  return router;
}
