import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  AUDIT_DECISION_KINDS,
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
  privatelinkAuditReadPermission,
} from '@privatelink-portal/plugin-privatelink-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { PrivateLinkEntities } from '../entities';
import { noParameters, ownerRefParam, parseQuery } from '../parseQuery';
import { AuditService } from './AuditService';
import {
  campaignCsv,
  campaignJson,
  exportFileName,
  quarterCsv,
} from './exportCampaign';
import { keepUnchangedRefusals } from './keepUnchanged';
import { isQuarter } from './quarters';

const listQuery = z
  .object({
    owner: ownerRefParam.optional(),
    quarter: z
      .string()
      .refine(isQuarter, 'quarter must be a calendar quarter such as 2026-Q4')
      .optional(),
  })
  .strict();

const openBody = z.object({ owner: ownerRefParam }).strict();

const exportQuery = z
  .object({
    format: z
      .enum(['csv', 'json'], { error: 'format must be csv or json' })
      .default('json'),
  })
  .strict();

/** The actor is never read from the body: unknown fields (an `actor`, say) are dropped. */
const decisionBody = z
  .object({
    decision: z.enum(AUDIT_DECISION_KINDS as ['keep', 'fix', 'retire'], {
      error: 'decision must be keep, fix or retire',
    }),
    fix: z
      .string()
      .trim()
      .max(2000, 'fix must be at most 2,000 characters')
      .optional(),
    comment: z
      .string({ error: 'comment is required' })
      .trim()
      .min(1, 'comment is required')
      .max(4000, 'comment must be at most 4,000 characters'),
    idempotencyKey: z
      .string({
        error: 'idempotencyKey is required: one per submitted decision',
      })
      .regex(
        /^[A-Za-z0-9._:-]{8,128}$/,
        'idempotencyKey must be 8 to 128 letters, digits or ._:-',
      ),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'fix' && !body.fix) {
      ctx.addIssue({
        code: 'custom',
        path: ['fix'],
        message: 'fix is required for a fix decision: say what will be fixed',
      });
    }
  });

/** A batch of keep decisions: the actor is never read from the body either. */
const keepBody = z.object({
  entityRefs: z
    .array(z.string(), { error: 'entityRefs must be a list of entity refs' })
    .min(1, 'entityRefs must list at least one item')
    .max(500, 'entityRefs must list at most 500 items'),
  comment: decisionBody.shape.comment,
  idempotencyKey: z
    .string({
      error: 'idempotencyKey is required: one per submitted batch',
    })
    .regex(
      /^[A-Za-z0-9._:-]{8,100}$/,
      'idempotencyKey must be 8 to 100 letters, digits or ._:-',
    ),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Quarterly audit campaigns. Reading needs `privatelink.audit.read` (a quarter's export too);
 * opening one on demand `privatelink.audit.manage`; deciding on an item, or keeping many clean
 * items unchanged at once, `privatelink.audit.acknowledge` on each item's entity (the portal's
 * policy grants it to the entity's owners) or `privatelink.audit.manage`.
 * The actor of a decision is the signed-in user, from their credentials.
 */
export function createAuditRoutes(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  entities: PrivateLinkEntities;
  audit: AuditService;
  now: () => Date;
}): express.Router {
  const { httpAuth, permissions, audit } = deps;
  const router = Router();

  const allowed = async (
    credentials: BackstageCredentials,
    permission: typeof privatelinkAuditReadPermission,
  ) => {
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  };
  const reader = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (!(await allowed(credentials, privatelinkAuditReadPermission))) {
      throw new NotAllowedError(
        'Not allowed to read PrivateLink audits: the permission policy does not grant privatelink.audit.read',
      );
    }
    return credentials;
  };
  const campaignOf = async (id: string) => {
    if (!UUID.test(id)) throw new InputError(`Not a campaign id: ${id}`);
    const campaign = await audit.campaign(id, deps.now());
    if (!campaign) throw new NotFoundError(`No audit campaign ${id}`);
    return campaign;
  };

  router.get('/audits', async (req, res) => {
    await reader(req);
    const filter = parseQuery(listQuery, req.query);
    res.json({ campaigns: await audit.list(filter, deps.now()) });
  });

  router.post('/audits', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { owner } = parseQuery(openBody, req.body ?? {});
    if (!(await allowed(credentials, privatelinkAuditManagePermission))) {
      throw new NotAllowedError(
        'Only audit managers may open a campaign on demand (permission privatelink.audit.manage, portal.adminGroups in the example portal)',
      );
    }
    const event = await deps.auditor.createEvent({
      eventId: 'audit-campaign-open',
      severityLevel: 'medium',
      request: req,
      meta: { owner },
    });
    try {
      const result = await audit.open(
        owner,
        credentials.principal.userEntityRef,
        deps.now(),
      );
      await event.success({
        meta: { campaignId: result.campaign.id, opened: result.opened },
      });
      res.status(result.opened ? 201 : 200).json(result);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/audits/quarters/:quarter/export', async (req, res) => {
    parseQuery(noParameters, req.query);
    await reader(req);
    const { quarter } = req.params;
    if (!isQuarter(quarter))
      throw new InputError(
        'quarter must be a calendar quarter such as 2026-Q4',
      );
    const campaigns = await audit.quarter(quarter, deps.now());
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="privatelink-audit-${quarter}.csv"`,
    );
    res.type('text/csv; charset=utf-8').send(quarterCsv(campaigns));
  });

  router.get('/audits/:id', async (req, res) => {
    parseQuery(noParameters, req.query);
    await reader(req);
    res.json(await campaignOf(req.params.id));
  });

  router.get('/audits/:id/export', async (req, res) => {
    const credentials = await reader(req);
    const { format } = parseQuery(exportQuery, req.query);
    const campaign = await campaignOf(req.params.id);
    const principal = credentials.principal as {
      userEntityRef?: string;
      subject?: string;
    };
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${exportFileName(campaign, format)}"`,
    );
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8').send(campaignCsv(campaign));
      return;
    }
    res.json(
      campaignJson(
        campaign,
        deps.now(),
        principal.userEntityRef ?? principal.subject ?? 'unknown',
      ),
    );
  });

  router.post(
    '/audits/:id/items/:kind/:namespace/:name/decisions',
    async (req, res) => {
      parseQuery(noParameters, req.query);
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const campaign = await campaignOf(req.params.id);
      let entityRef: string;
      try {
        entityRef = stringifyEntityRef(parseEntityRef(req.params));
      } catch {
        throw new InputError(
          `Not an entity reference: ${req.params.kind}:${req.params.namespace}/${req.params.name}`,
        );
      }
      if (!campaign.entries.some(e => e.entityRef === entityRef)) {
        throw new NotFoundError(
          `${entityRef} is not an item of campaign ${campaign.id} (${campaign.owner}, ${campaign.quarter})`,
        );
      }
      const body = parseQuery(decisionBody, req.body ?? {});
      const [manage, acknowledge] = await permissions.authorize(
        [
          { permission: privatelinkAuditManagePermission },
          {
            permission: privatelinkAuditAcknowledgePermission,
            resourceRef: entityRef,
          },
        ],
        { credentials },
      );
      if (
        manage.result !== AuthorizeResult.ALLOW &&
        acknowledge.result !== AuthorizeResult.ALLOW
      ) {
        throw new NotAllowedError(
          `Only members of ${campaign.owner} or audit managers may decide on ${entityRef}`,
        );
      }
      const actor = credentials.principal.userEntityRef;
      const event = await deps.auditor.createEvent({
        eventId: 'audit-decision',
        severityLevel: 'medium',
        request: req,
        meta: {
          campaignId: campaign.id,
          owner: campaign.owner,
          quarter: campaign.quarter,
          entityRef,
          decision: body.decision,
        },
      });
      try {
        const result = await audit.decide({
          campaignId: campaign.id,
          entityRef,
          decision: body.decision,
          ...(body.fix ? { fix: body.fix } : {}),
          comment: body.comment,
          actor,
          decidedAt: deps.now().toISOString(),
          idempotencyKey: body.idempotencyKey,
        });
        if ('conflict' in result) {
          throw new ConflictError(
            `idempotencyKey ${body.idempotencyKey} was already used for another decision (${result.conflict.decision} on ${result.conflict.entityRef} by ${result.conflict.actor})`,
          );
        }
        await event.success({
          meta: { decisionId: result.decision.id, replayed: result.replayed },
        });
        res.status(result.replayed ? 200 : 201).json(result);
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    },
  );

  router.post('/audits/:id/keep-unchanged', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const campaign = await campaignOf(req.params.id);
    const body = parseQuery(keepBody, req.body ?? {});
    const entityRefs = body.entityRefs.map(ref => {
      try {
        return stringifyEntityRef(parseEntityRef(ref));
      } catch {
        throw new InputError(`Not an entity reference: ${ref}`);
      }
    });
    const refusals = keepUnchangedRefusals(campaign, entityRefs);
    if (refusals.length) {
      throw new InputError(
        `Nothing was kept: ${refusals
          .map(r => `${r.entityRef}: ${r.reason}`)
          .join('; ')}`,
      );
    }
    const [manage, ...acknowledge] = await permissions.authorize(
      [
        { permission: privatelinkAuditManagePermission },
        ...entityRefs.map(resourceRef => ({
          permission: privatelinkAuditAcknowledgePermission,
          resourceRef,
        })),
      ],
      { credentials },
    );
    const denied =
      manage.result === AuthorizeResult.ALLOW
        ? []
        : entityRefs.filter(
            (_, i) => acknowledge[i].result !== AuthorizeResult.ALLOW,
          );
    if (denied.length) {
      throw new NotAllowedError(
        `Nothing was kept: only members of ${
          campaign.owner
        } or audit managers may decide on ${denied.join(', ')}`,
      );
    }
    const event = await deps.auditor.createEvent({
      eventId: 'audit-decision',
      severityLevel: 'medium',
      request: req,
      meta: {
        campaignId: campaign.id,
        owner: campaign.owner,
        quarter: campaign.quarter,
        decision: 'keep',
        items: entityRefs.length,
      },
    });
    try {
      const result = await audit.keepUnchanged({
        campaignId: campaign.id,
        entityRefs,
        comment: body.comment,
        actor: credentials.principal.userEntityRef,
        decidedAt: deps.now().toISOString(),
        idempotencyKey: body.idempotencyKey,
      });
      if ('conflict' in result) {
        throw new ConflictError(
          `idempotencyKey ${body.idempotencyKey} was already used for another batch (${result.conflict.decision} on ${result.conflict.entityRef} by ${result.conflict.actor})`,
        );
      }
      await event.success({
        meta: {
          decisionIds: result.decisions.map(d => d.id),
          replayed: result.replayed,
        },
      });
      res
        .status(result.replayed === result.decisions.length ? 200 : 201)
        .json(result);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/entities/:kind/:namespace/:name/audit', async (req, res) => {
    parseQuery(noParameters, req.query);
    const credentials = await reader(req);
    const item = await deps.entities.readable(req.params, credentials);
    res.json({
      entityRef: item.entityRef,
      items: await audit.itemHistory(item.entityRef, deps.now()),
    });
  });

  return router;
}
