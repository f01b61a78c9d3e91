import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InventorySortKey } from '@privatelink-portal/plugin-privatelink-common';
import { Same } from '../sameType';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ownerRefParam, parseQuery } from '../parseQuery';
import { InventoryService } from './InventoryService';
import { INVENTORY_SORT_KEYS } from './page';

const inventoryQuery = z
  .object({
    owner: ownerRefParam,
    includeChildren: z
      .enum(['true', 'false'], {
        error: 'includeChildren must be true or false',
      })
      .default('false')
      .transform(v => v === 'true'),
    q: z.string().max(200, 'q must be at most 200 characters').optional(),
    sort: z
      .enum(INVENTORY_SORT_KEYS, {
        error: `sort must be one of ${INVENTORY_SORT_KEYS.join(', ')}`,
      })
      .optional(),
    order: z
      .enum(['asc', 'desc'], { error: 'order must be asc or desc' })
      .optional(),
    offset: z
      .string()
      .regex(/^\d{1,7}$/, 'offset must be a whole number of rows from 0')
      .transform(Number)
      .optional(),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, 'limit must be a whole number from 1 to 500')
      .transform(Number)
      .refine(
        n => n >= 1 && n <= 500,
        'limit must be a whole number from 1 to 500',
      )
      .optional(),
  })
  .strict();

// The spec's sort keys, no more and no fewer: tsc fails when the two part.
const sortKeysAreTheSpecs: Same<
  (typeof INVENTORY_SORT_KEYS)[number],
  InventorySortKey
> = true;
void sortKeysAreTheSpecs;

/**
 * `GET /inventory?owner=&includeChildren=&q=&sort=&order=&offset=&limit=`: the endpoints an owner
 * has (and, when asked, its child teams', each row naming its owner), with usage, cost and health:
 * the page asked for of the rows the search selects, their count and what they add up to.
 */
export function createInventoryRoutes(deps: {
  httpAuth: HttpAuthService;
  inventory: InventoryService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/inventory', async (req, res) => {
    const { owner, includeChildren, ...page } = parseQuery(
      inventoryQuery,
      req.query,
    );
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await deps.inventory.inventory(owner, credentials, deps.now(), {
        includeChildren,
        page,
      }),
    );
  });
  return router;
}
