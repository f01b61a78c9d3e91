import {
  HttpAuthService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';

/** The plugins that change AWS on a user's behalf and then want the catalog to show it. */
const CALLERS = ['plugin:scaffolder', 'plugin:privatelink'];

/**
 * `POST /api/catalog/privatelink/accounts/:accountId/refresh`: runs an account's inventory task
 * now, so that an endpoint the request action has just created (or retired) shows in the catalog
 * within seconds instead of at the next scheduled refresh. Only the scaffolder and the privatelink
 * plugins may ask (service tokens); 202 once the task is triggered, 404 for an account the portal
 * does not read.
 */
export function createRefreshRoute(deps: {
  httpAuth: HttpAuthService;
  scheduler: Pick<SchedulerService, 'triggerTask'>;
  taskIdOf: (accountId: string) => string | undefined;
}): express.Router {
  const router = Router();
  router.post('/privatelink/accounts/:accountId/refresh', async (req, res) => {
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['service'],
    });
    if (!CALLERS.includes(credentials.principal.subject)) {
      throw new NotAllowedError(
        `Only ${CALLERS.join(' and ')} may trigger an inventory refresh, not ${
          credentials.principal.subject
        }`,
      );
    }
    const taskId = deps.taskIdOf(req.params.accountId);
    if (!taskId)
      throw new NotFoundError(
        `The portal does not read account ${req.params.accountId}`,
      );
    await deps.scheduler.triggerTask(taskId);
    res.status(202).json({ accountId: req.params.accountId, taskId });
  });
  return router;
}
