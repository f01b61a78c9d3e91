import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { InputError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import { ENDPOINT_ENTITY_TYPE } from '@privatelink-portal/plugin-privatelink-common';
import { z } from 'zod';
import {
  groupRefParam,
  noParameters,
  ownerRefParam,
  parseQuery,
} from '../parseQuery';
import { PrivateLinkEntities } from '../entities';
import { CostService } from './CostService';

const historyQuery = z
  .object({
    owner: ownerRefParam.optional(),
    vendor: groupRefParam('vendor').optional(),
  })
  .strict();

/**
 * `GET /entities/:kind/:namespace/:name/cost`: the monthly estimate with its formula.
 * `GET /cost-history?owner=` or `?vendor=`: what a tenant's or a vendor's endpoints (those the
 * caller may read) cost each month, and this month's forecast.
 */
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
  router.get('/cost-history', async (req, res) => {
    const { owner, vendor } = parseQuery(historyQuery, req.query);
    if (!owner === !vendor) {
      throw new InputError(
        'cost-history needs one of owner (a tenant) or vendor (a vendor group), not both',
      );
    }
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { entities } = owner
      ? await deps.entities.ownedBy(owner, credentials, ['endpoint'])
      : await deps.entities.matching(
          {
            'spec.type': ENDPOINT_ENTITY_TYPE,
            'spec.endpoint.vendor': parseEntityRef(vendor!).name,
          },
          credentials,
        );
    res.json(await deps.cost.history((owner ?? vendor)!, entities, deps.now()));
  });
  return router;
}
