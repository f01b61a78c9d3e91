import {
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ENDPOINT_ENTITY_TYPE,
  isVpcEndpointEntity,
  isVpcEndpointServiceEntity,
  privatelinkEndpointReadPermission,
} from '@internal/plugin-privatelink-common';
import express from 'express';
import Router from 'express-promise-router';
import { EndpointReports } from './EndpointReports';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  reports: EndpointReports;
  now?: () => Date;
}

const WINDOW_DAYS_MAX = 400;

function windowDays(value: unknown): number {
  if (value === undefined) return 30;
  const text = String(value);
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > WINDOW_DAYS_MAX) {
    throw new InputError(`days must be a whole number from 1 to ${WINDOW_DAYS_MAX}, got '${text}'`);
  }
  return Number(text);
}

/**
 * The HTTP surface of the privatelink plugin. `/health` is open; every other route needs a user or
 * service token, reads the entity from the catalog with the caller's own credentials (so catalog
 * permissions apply), and checks `privatelink.endpoint.read` on it.
 */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, permissions, catalog, reports } = options;
  const now = options.now ?? (() => new Date());
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  async function readableEntity(
    req: express.Request,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const { kind, namespace, name } = req.params;
    let entityRef: string;
    try {
      entityRef = stringifyEntityRef(parseEntityRef({ kind, namespace, name }));
    } catch (error) {
      throw new InputError(`Not an entity reference: ${kind}:${namespace}/${name}`);
    }
    if (kind.toLocaleLowerCase('en-US') !== 'resource') {
      throw new InputError(`${entityRef} is not a Resource: only VPC endpoints and endpoint services have PrivateLink data`);
    }
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    if (!isVpcEndpointEntity(entity) && !isVpcEndpointServiceEntity(entity)) {
      throw new InputError(`${entityRef} is neither a VPC endpoint nor an endpoint service`);
    }
    const [decision] = await permissions.authorize(
      [{ permission: privatelinkEndpointReadPermission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed to read PrivateLink data of ${entityRef}`);
    }
    return entity;
  }

  const credentialsOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });

  router.get('/entities/:kind/:namespace/:name/usage', async (req, res) => {
    const days = windowDays(req.query.days);
    const entity = await readableEntity(req, await credentialsOf(req));
    res.json(await reports.usage(entity, days, now()));
  });

  router.get('/entities/:kind/:namespace/:name/cost', async (req, res) => {
    const entity = await readableEntity(req, await credentialsOf(req));
    res.json(await reports.cost(entity, now()));
  });

  router.get('/entities/:kind/:namespace/:name/health', async (req, res) => {
    const entity = await readableEntity(req, await credentialsOf(req));
    res.json(await reports.health(entity, now()));
  });

  /** Usage, cost and health of every endpoint an owner has, for the tenant inventory. */
  router.get('/inventory', async (req, res) => {
    const credentials = await credentialsOf(req);
    const owner = req.query.owner;
    if (typeof owner !== 'string' || owner === '') {
      throw new InputError('owner is required: an entity ref such as group:default/payments');
    }
    let ownerRef: string;
    try {
      ownerRef = stringifyEntityRef(parseEntityRef(owner, { defaultKind: 'group', defaultNamespace: 'default' }));
    } catch {
      throw new InputError(`owner is not an entity reference: '${owner}'`);
    }
    const { items } = await catalog.getEntities(
      { filter: { kind: 'Resource', 'spec.type': ENDPOINT_ENTITY_TYPE, 'relations.ownedBy': ownerRef } },
      { credentials },
    );
    const decisions = await permissions.authorize(
      items.map(e => ({ permission: privatelinkEndpointReadPermission, resourceRef: stringifyEntityRef(e) })),
      { credentials },
    );
    const allowed = items.filter((_, i) => decisions[i].result === AuthorizeResult.ALLOW);
    const at = now();
    const endpoints = await Promise.all(
      allowed.map(async entity => {
        const [usage, cost, health] = await Promise.all([
          reports.usage(entity, 30, at),
          reports.cost(entity, at),
          reports.health(entity, at),
        ]);
        return {
          entityRef: stringifyEntityRef(entity),
          bytesProcessed30d: usage.metricsPublished ? usage.totals.bytesProcessed : undefined,
          idle: usage.idle?.idle,
          monthlyCostUsd: cost.total,
          natSavingUsd: cost.saving,
          health: health.status,
        };
      }),
    );
    res.json({ owner: ownerRef, endpoints });
  });

  return router;
}
