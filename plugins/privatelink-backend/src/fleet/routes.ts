import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  FleetSortKey,
  privatelinkFleetReadPermission,
} from '@privatelink-portal/plugin-privatelink-common';
import express from 'express';
import { Same } from '../sameType';
import Router from 'express-promise-router';
import { z } from 'zod';
import { noParameters, ownerRefParam, parseQuery } from '../parseQuery';
import { FleetService } from './FleetService';

const fleetQuery = z
  .object({
    tenant: ownerRefParam.optional(),
    vendor: ownerRefParam.optional(),
    account: z
      .string()
      .regex(/^\d{12}$/, 'account must be a 12-digit AWS account id')
      .optional(),
    region: z
      .string()
      .regex(
        /^[a-z]{2}(-[a-z]+)+-\d$/,
        'region must be an AWS region such as us-east-1',
      )
      .optional(),
    type: z
      .enum(['Interface', 'Gateway', 'GatewayLoadBalancer', 'Service'], {
        error:
          'type must be Interface, Gateway, GatewayLoadBalancer or Service',
      })
      .optional(),
  })
  .strict();

const SORT_KEYS = [
  'title',
  'resourceId',
  'tenant',
  'vendor',
  'account',
  'vpc',
  'type',
  'state',
  'service',
  'cost',
  'idle',
  'health',
  'findings',
] as const;

// The spec's sort keys, no more and no fewer: tsc fails when the two part.
const sortKeysAreTheSpecs: Same<(typeof SORT_KEYS)[number], FleetSortKey> =
  true;
void sortKeysAreTheSpecs;

/** The filters, and the table's search, order and page. */
const rowsQuery = fleetQuery
  .extend({
    q: z.string().max(200, 'q must be at most 200 characters').optional(),
    sort: z
      .enum(SORT_KEYS, { error: `sort must be one of ${SORT_KEYS.join(', ')}` })
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

/**
 * `GET /fleet?tenant=&vendor=&account=&region=&type=`: the fleet page's figures, aggregated in the
 * database from the snapshot. `GET /fleet/rows?...&q=&sort=&order=&offset=&limit=`: the rows those
 * filters and the search select, sorted and paged in the database (the fleet table, its CSV).
 * `GET /fleet/cost-history`: what the whole fleet cost each month. All need
 * `privatelink.fleet.read`: they show every tenant's endpoints.
 */
export function createFleetRoutes(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  fleet: FleetService;
  now: () => Date;
}): express.Router {
  const router = Router();
  const authorized = async (req: express.Request) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await deps.permissions.authorize(
      [{ permission: privatelinkFleetReadPermission }],
      {
        credentials,
      },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'Not allowed to read the PrivateLink fleet: the permission policy does not grant privatelink.fleet.read',
      );
    }
  };
  router.get('/fleet', async (req, res) => {
    await authorized(req);
    res.json(await deps.fleet.summary(parseQuery(fleetQuery, req.query)));
  });
  router.get('/fleet/cost-history', async (req, res) => {
    parseQuery(noParameters, req.query);
    await authorized(req);
    res.json(await deps.fleet.costHistory(deps.now()));
  });
  router.get('/fleet/consolidation', async (req, res) => {
    parseQuery(noParameters, req.query);
    await authorized(req);
    res.json(await deps.fleet.consolidation(deps.now()));
  });
  router.get('/fleet/rows', async (req, res) => {
    await authorized(req);
    const { q, sort, order, offset, limit, ...filter } = parseQuery(
      rowsQuery,
      req.query,
    );
    res.json(await deps.fleet.rows(filter, { q, sort, order, offset, limit }));
  });
  return router;
}
