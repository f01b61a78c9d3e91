import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  privatelinkInventoryRefreshPermission,
  privatelinkStatusReadPermission,
} from '@privatelink-portal/plugin-privatelink-common';
import { PrivateLinkEntities } from '../entities';
import express from 'express';
import Router from 'express-promise-router';
import { noParameters, parseQuery } from '../parseQuery';
import { z } from 'zod';
import { StatusService } from './StatusService';

/** The catalog module reports as the catalog plugin. */
const REPORTER = 'plugin:catalog';

const inventoryStatusSchema = z
  .object({
    provider: z
      .string()
      .regex(
        /^privatelink-account-\d{12}$/,
        'a privatelink account provider name',
      ),
    accountId: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    source: z.enum(['aws', 'snapshot']).optional(),
    regions: z.array(z.string()),
    lastAttemptAt: z.string().optional(),
    lastSuccessAt: z.string().optional(),
    lastErrorAt: z.string().optional(),
    lastError: z.string().max(10_000).optional(),
    durationMs: z.number().nonnegative().optional(),
    entities: z.number().int().nonnegative().optional(),
    apiCalls: z.array(
      z.object({
        region: z.string(),
        api: z.string(),
        calls: z.number().int(),
      }),
    ),
    omitted: z.array(
      z.object({ region: z.string(), api: z.string(), reason: z.string() }),
    ),
    problems: z
      .array(
        z.object({
          region: z.string(),
          resource: z.string().max(200),
          problem: z.string().max(1000),
        }),
      )
      .max(100)
      .optional(),
    problemCount: z.number().int().nonnegative().optional(),
    lastChangeEvent: z
      .object({
        eventName: z.string().max(200),
        region: z.string().max(50),
        at: z.string().max(50).optional(),
        receivedAt: z.string().max(50),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * `GET /status` (permission `privatelink.status.read`): what each account refresh and usage
 * collection last did, and the entities that do not match the contract.
 * `POST /status/inventory`: the catalog module's report of one account refresh, accepted from
 * the catalog plugin's service credentials only.
 * `POST /status/accounts/:accountId/refresh` (`privatelink.status.read` and
 * `privatelink.inventory.refresh`): has the catalog read one account again now.
 * `GET /entities/:kind/:namespace/:name/freshness`: whether the entity's account refreshes, for
 * anyone who may read the entity (times only; the errors stay in the operators' status).
 */
export function createStatusRoutes(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  status: StatusService;
  entities: PrivateLinkEntities;
  auditor: AuditorService;
}): express.Router {
  const { httpAuth, permissions, status, entities } = deps;
  const router = Router();

  router.get('/entities/:kind/:namespace/:name/freshness', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await status.freshness(await entities.readable(req.params, credentials)),
    );
  });

  router.get('/status', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize(
      [{ permission: privatelinkStatusReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        "Not allowed to read the PrivateLink operators' status",
      );
    }
    res.json(await status.read());
  });

  router.post('/status/accounts/:accountId/refresh', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const decisions = await permissions.authorize(
      [
        { permission: privatelinkStatusReadPermission },
        { permission: privatelinkInventoryRefreshPermission },
      ],
      { credentials },
    );
    if (decisions.some(d => d.result !== AuthorizeResult.ALLOW)) {
      throw new NotAllowedError(
        "Not allowed to refresh an account's inventory: the permission policy must grant privatelink.status.read and privatelink.inventory.refresh",
      );
    }
    const { accountId } = req.params;
    const event = await deps.auditor.createEvent({
      eventId: 'inventory-refresh',
      severityLevel: 'low',
      request: req,
      meta: { accountId },
    });
    try {
      const triggered = await status.refreshInventory(accountId);
      await event.success({ meta: { taskId: triggered.taskId } });
      res.status(202).json(triggered);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.post('/status/inventory', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    if (credentials.principal.subject !== REPORTER) {
      throw new NotAllowedError(
        `Only the catalog reports inventory refreshes, not ${credentials.principal.subject}`,
      );
    }
    const parsed = inventoryStatusSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(
        `Invalid inventory status at ${issue.path.join('.') || 'body'}: ${
          issue.message
        }`,
      );
    }
    await status.recordInventory(parsed.data);
    res.status(204).end();
  });

  return router;
}
