import express from 'express';
import Router from 'express-promise-router';

/**
 * The HTTP surface of the privatelink plugin. Only `/health` is open; every other route is
 * authenticated by the backend's default auth policy (no `httpRouter.addAuthPolicy` besides
 * health).
 */
export async function createRouter(): Promise<express.Router> {
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  return router;
}
