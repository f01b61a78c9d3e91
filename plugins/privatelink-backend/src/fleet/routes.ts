import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { privatelinkFleetReadPermission } from '@privatelink-portal/plugin-privatelink-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ownerRefParam, parseQuery } from '../parseQuery';
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

/**
 * `GET /fleet?tenant=&vendor=&account=&region=&type=`: the fleet page's figures, aggregated in the
 * database from the snapshot. `GET /fleet/rows?...`: the rows those filters select (table, CSV).
 * Both need `privatelink.fleet.read`: they show every tenant's endpoints.
 */
export function createFleetRoutes(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  fleet: FleetService;
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
  router.get('/fleet/rows', async (req, res) => {
    await authorized(req);
    res.json({
      rows: await deps.fleet.rows(parseQuery(fleetQuery, req.query)),
    });
  });
  return router;
}
