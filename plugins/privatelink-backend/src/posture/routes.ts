import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { privatelinkFindingsReadPermission } from '@privatelink-portal/plugin-privatelink-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { PrivateLinkEntities } from '../entities';
import { noParameters, ownerRefParam, parseQuery } from '../parseQuery';
import { PostureService } from './PostureService';

const findingsQuery = z.object({ owner: ownerRefParam.optional() }).strict();

/**
 * `GET /entities/:kind/:namespace/:name/findings`: an endpoint's or service's open findings and
 * the checks that ran. `GET /findings?owner=`: the open findings of what an owner has; without an
 * owner, the fleet's, for holders of `privatelink.findings.read`.
 */
export function createPostureRoutes(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  entities: PrivateLinkEntities;
  posture: PostureService;
}): express.Router {
  const router = Router();
  const credentialsOf = (req: express.Request) =>
    deps.httpAuth.credentials(req, { allow: ['user', 'service'] });

  router.get('/entities/:kind/:namespace/:name/findings', async (req, res) => {
    parseQuery(noParameters, req.query);
    const item = await deps.entities.readable(
      req.params,
      await credentialsOf(req),
      ['endpoint', 'service', 'vpc'],
    );
    res.json(await deps.posture.report(item));
  });

  router.get('/findings', async (req, res) => {
    const { owner } = parseQuery(findingsQuery, req.query);
    const credentials = await credentialsOf(req);
    if (owner) {
      const { entities } = await deps.entities.ownedBy(owner, credentials, [
        'endpoint',
        'service',
        'vpc',
      ]);
      res.json({
        owner,
        findings: await deps.posture.openFindings(
          entities.map(e => e.entityRef),
        ),
      });
      return;
    }
    const [decision] = await deps.permissions.authorize(
      [{ permission: privatelinkFindingsReadPermission }],
      {
        credentials,
      },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        "Not allowed to read the fleet's PrivateLink findings",
      );
    }
    res.json({ findings: await deps.posture.openFindings() });
  });

  return router;
}
