import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ownerRefParam, parseQuery } from '../parseQuery';
import { RequestOptionsService } from './RequestOptionsService';

const account = z
  .string({ error: 'account is required: a 12-digit AWS account id' })
  .regex(/^\d{12}$/, 'account must be a 12-digit AWS account id');
const region = z
  .string({ error: 'region is required: an AWS region such as us-east-1' })
  .regex(
    /^[a-z]{2}(-[a-z]+)+-\d$/,
    'region must be an AWS region such as us-east-1',
  );
const vpc = z
  .string({ error: 'vpc is required: a VPC id' })
  .regex(/^vpc-[0-9a-f]+$/, 'vpc must be a VPC id such as vpc-0a1b2c3d');
const network = z.object({ account, region, vpc }).strict();

const estimateQuery = z
  .object({
    account,
    region,
    vpc,
    service: z
      .string({
        error:
          'service is required: an endpoint service name or its entity ref',
      })
      .min(1)
      .max(256),
    owner: ownerRefParam,
    azs: z.coerce
      .number({ error: 'azs must be a number of Availability Zones' })
      .int()
      .min(1, 'azs must be 1 or more')
      .max(32)
      .optional(),
    type: z.enum(['Interface', 'Gateway']).default('Interface'),
    ownerTagKey: z.string().min(1).max(128).default('owner'),
    name: z.string().max(256).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.type === 'Interface' && q.azs === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['azs'],
        message:
          'azs is required for an interface endpoint: a number of Availability Zones',
      });
  });

/**
 * The request form's pickers and review step, for signed-in users only (they answer with what the
 * user may request, from their own credentials): `GET /requests/accounts`, `/requests/owners`,
 * `/requests/vpcs?account&region`, `/requests/subnets?account&region&vpc`,
 * `/requests/security-groups?account&region&vpc`, `/requests/route-tables?account&region&vpc`,
 * `/requests/services?account&region&owner`,
 * `/requests/estimate?account&region&vpc&service&owner&azs[&ownerTagKey&name]`. The create action
 * checks everything again on the server: these routes only help fill the form in.
 */
export function createRequestRoutes(deps: {
  httpAuth: HttpAuthService;
  requests: RequestOptionsService;
}): express.Router {
  const { httpAuth, requests } = deps;
  const router = Router();
  const user = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });
  router.get('/requests/accounts', async (req, res) => {
    await user(req);
    parseQuery(z.object({}).strict(), req.query);
    res.json({ accounts: requests.accounts() });
  });
  router.get('/requests/owners', async (req, res) => {
    const credentials = await user(req);
    parseQuery(z.object({}).strict(), req.query);
    res.json({ owners: await requests.owners(credentials) });
  });
  router.get('/requests/vpcs', async (req, res) => {
    const credentials = await user(req);
    const q = parseQuery(z.object({ account, region }).strict(), req.query);
    res.json({ vpcs: await requests.vpcs(q.account, q.region, credentials) });
  });
  router.get('/requests/subnets', async (req, res) => {
    const credentials = await user(req);
    const q = parseQuery(network, req.query);
    res.json(await requests.subnets(q.account, q.region, q.vpc, credentials));
  });
  router.get('/requests/security-groups', async (req, res) => {
    const credentials = await user(req);
    const q = parseQuery(
      network.extend({ service: z.string().min(1).max(256).optional() }),
      req.query,
    );
    res.json(
      await requests.securityGroups(
        q.account,
        q.region,
        q.vpc,
        credentials,
        q.service,
      ),
    );
  });
  router.get('/requests/route-tables', async (req, res) => {
    await user(req);
    const q = parseQuery(network, req.query);
    res.json(await requests.routeTables(q.account, q.region, q.vpc));
  });
  router.get('/requests/services', async (req, res) => {
    const credentials = await user(req);
    const q = parseQuery(
      z.object({ account, region, owner: ownerRefParam }).strict(),
      req.query,
    );
    res.json(
      await requests.services(q.account, q.region, q.owner, credentials),
    );
  });
  router.get('/requests/estimate', async (req, res) => {
    const credentials = await user(req);
    const q = parseQuery(estimateQuery, req.query);
    res.json(
      await requests.estimate(
        {
          accountId: q.account,
          region: q.region,
          vpcId: q.vpc,
          serviceName: q.service,
          owner: q.owner,
          endpointType: q.type,
          azCount: q.azs ?? 0,
          ownerTagKey: q.ownerTagKey,
          name: q.name,
        },
        credentials,
      ),
    );
  });
  return router;
}
