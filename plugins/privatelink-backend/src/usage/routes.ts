import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { PrivateLinkEntities } from '../entities';
import { parseQuery } from '../parseQuery';
import { UsageService } from './UsageService';

const WINDOW_DAYS_MAX = 400;

const usageQuery = z
  .object({
    days: z
      .string()
      .regex(
        /^\d{1,3}$/,
        `days must be a whole number from 1 to ${WINDOW_DAYS_MAX}`,
      )
      .transform(Number)
      .refine(
        n => n >= 1 && n <= WINDOW_DAYS_MAX,
        `days must be a whole number from 1 to ${WINDOW_DAYS_MAX}`,
      )
      .default(30),
  })
  .strict();

/** `GET /entities/:kind/:namespace/:name/usage?days=`: daily rollups and the idle verdict. */
export function createUsageRoutes(deps: {
  httpAuth: HttpAuthService;
  entities: PrivateLinkEntities;
  usage: UsageService;
  now: () => Date;
}): express.Router {
  const router = Router();
  router.get('/entities/:kind/:namespace/:name/usage', async (req, res) => {
    const { days } = parseQuery(usageQuery, req.query);
    const credentials = await deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const item = await deps.entities.readable(req.params, credentials);
    res.json(await deps.usage.usage(item, days, deps.now()));
  });
  return router;
}
