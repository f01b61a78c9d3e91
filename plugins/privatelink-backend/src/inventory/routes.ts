import { HttpAuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { parseQuery } from '../parseQuery';
import { InventoryService } from './InventoryService';

const inventoryQuery = z.object({
  owner: z
    .string({ error: 'owner is required: an entity ref such as group:default/payments' })
    .min(1, 'owner is required: an entity ref such as group:default/payments')
    .transform((owner, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(owner, { defaultKind: 'group', defaultNamespace: 'default' }),
        );
      } catch {
        ctx.addIssue({ code: 'custom', message: 'owner is not an entity reference' });
        return z.NEVER;
      }
    }),
});

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
