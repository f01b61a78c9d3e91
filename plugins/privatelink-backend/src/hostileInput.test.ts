/*
 * Hostile input against every route of the plugin, through the real backend and its HTTP stack,
 * on SQLite and PostgreSQL: no credentials, a caller the policy denies, unknown, repeated and
 * over-long parameters, NUL characters and lone surrogates, malformed entity refs and oversized
 * bodies each get their 4xx with a reason, never a 500 and never a stack trace.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { privatelinkPlugin } from './plugin';
import { endpointEntity } from './testEntities';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();
const CAMPAIGN = '00000000-0000-4000-8000-000000000001';

interface Route {
  method: 'get' | 'post';
  path: string;
  body?: object;
  /** Whether the route asks the permission policy (a denied caller gets 403). */
  guarded: boolean;
}

const ROUTES: Route[] = [
  ...[
    'usage',
    'cost',
    'health',
    'alerts',
    'freshness',
    'findings',
    'audit',
  ].map(card => ({
    method: 'get' as const,
    path: `/entities/resource/default/vpce-1/${card}`,
    guarded: true,
  })),
  {
    method: 'get',
    path: '/inventory?owner=group:default/payments',
    guarded: false,
  },
  { method: 'get', path: '/findings', guarded: true },
  { method: 'get', path: '/fleet', guarded: true },
  { method: 'get', path: '/fleet/rows', guarded: true },
  { method: 'get', path: '/status', guarded: true },
  { method: 'get', path: '/audits', guarded: true },
  { method: 'get', path: `/audits/${CAMPAIGN}`, guarded: true },
  { method: 'get', path: `/audits/${CAMPAIGN}/export`, guarded: true },
  {
    method: 'post',
    path: '/audits',
    body: { owner: 'group:default/payments' },
    guarded: true,
  },
  {
    method: 'post',
    path: `/audits/${CAMPAIGN}/items/resource/default/vpce-1/decisions`,
    body: { decision: 'keep', comment: 'in use', idempotencyKey: 'k-1' },
    guarded: false,
  },
  { method: 'get', path: '/requests/accounts', guarded: false },
  { method: 'get', path: '/requests/owners', guarded: false },
  {
    method: 'get',
    path: '/requests/vpcs?account=111111111111&region=us-east-1',
    guarded: false,
  },
  {
    method: 'get',
    path: '/requests/subnets?account=111111111111&region=us-east-1&vpc=vpc-0abc',
    guarded: false,
  },
  {
    method: 'get',
    path: '/requests/security-groups?account=111111111111&region=us-east-1&vpc=vpc-0abc',
    guarded: false,
  },
  {
    method: 'get',
    path: '/requests/services?region=us-east-1&owner=group:default/payments',
    guarded: false,
  },
  {
    method: 'get',
    path: '/requests/estimate?account=111111111111&region=us-east-1&vpc=vpc-0abc&service=com.amazonaws.us-east-1.kms&owner=group:default/payments&azs=2',
    guarded: false,
  },
];

const withParameter = (path: string, parameter: string) =>
  `${path}${path.includes('?') ? '&' : '?'}${parameter}`;

describe.each(ids)(
  'every route under hostile input, on %s',
  (databaseId: TestDatabaseId) => {
    const responses: Array<{ route: string; status: number; body: any }> = [];

    async function start(result: AuthorizeResult.ALLOW | AuthorizeResult.DENY) {
      const { server } = await startTestBackend({
        features: [
          privatelinkPlugin,
          mockServices.rootConfig.factory({
            data: {
              privatelink: {
                accounts: [
                  { accountId: '111111111111', regions: ['us-east-1'] },
                ],
              },
            },
          }),
          mockServices.database.factory({
            knex: await databases.init(databaseId),
          }),
          catalogServiceMock.factory({ entities: [endpointEntity('vpce-1')] }),
          mockServices.permissions.factory({ result }),
        ],
      });
      return async (
        route: Route,
        path = route.path,
        options: { auth?: string; body?: string | object } = {},
      ) => {
        const call = request(server)
          [route.method](`/api/privatelink${path}`)
          .set('Authorization', options.auth ?? mockCredentials.user.header())
          .set('Content-Type', 'application/json');
        const res = await (route.method === 'post'
          ? call.send(options.body ?? route.body ?? {})
          : call);
        responses.push({
          route: `${route.method.toUpperCase()} ${path.slice(0, 120)}`,
          status: res.status,
          body: res.body,
        });
        return res;
      };
    }

    let call: Awaited<ReturnType<typeof start>>;
    beforeAll(async () => {
      call = await start(AuthorizeResult.ALLOW);
    });

    it.each(
      ROUTES.map(r => [`${r.method.toUpperCase()} ${r.path}`, r] as const),
    )('%s: 401 without credentials', async (_, route) => {
      const res = await call(route, route.path, {
        auth: mockCredentials.none.header(),
      });
      expect(res.status).toBe(401);
    });

    it.each(
      ROUTES.map(r => [`${r.method.toUpperCase()} ${r.path}`, r] as const),
    )('%s: 400 naming an unknown parameter', async (_, route) => {
      const res = await call(route, withParameter(route.path, 'bogus=1'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('unknown parameter bogus');
    });

    it.each(
      ROUTES.map(r => [`${r.method.toUpperCase()} ${r.path}`, r] as const),
    )(
      '%s: 400 for a repeated, listed or over-long parameter',
      async (_, route) => {
        for (const parameter of ['a=1&a=2', 'days[]=7', 'days[x]=7']) {
          const res = await call(route, withParameter(route.path, parameter));
          expect([res.status, res.body.error?.message]).toEqual([
            400,
            expect.stringMatching(/must be given once, as text/),
          ]);
        }
        const long = await call(
          route,
          withParameter(route.path, `note=${'x'.repeat(600)}`),
        );
        expect([long.status, long.body.error?.message]).toEqual([
          400,
          expect.stringContaining('longer than 512 characters'),
        ]);
      },
    );

    it.each(
      ROUTES.map(r => [`${r.method.toUpperCase()} ${r.path}`, r] as const),
    )(
      // A lone surrogate cannot come in a URL (percent-encoded, it is not UTF-8): only in a JSON body.
      '%s: 400 naming a parameter with a NUL',
      async (_, route) => {
        for (const value of ['%00', 'x%00y']) {
          const res = await call(
            route,
            withParameter(route.path, `note=${value}`),
          );
          expect([res.status, res.body.error?.message]).toEqual([
            400,
            'parameter note contains a NUL character',
          ]);
        }
      },
    );

    it.each([
      [
        '/inventory?owner=group:default/pay%00ments',
        'parameter owner contains a NUL character',
      ],
      ['/fleet?tenant=%00', 'parameter tenant contains a NUL character'],
      [
        '/fleet/rows?vendor=group:default/snow%00flake',
        'parameter vendor contains a NUL character',
      ],
      [
        '/audits?owner=group:default/payments%00',
        'parameter owner contains a NUL character',
      ],
    ])('GET %s: 400', async (path, message) => {
      const res = await call(ROUTES[0], path);
      expect([res.status, res.body.error?.message]).toEqual([
        400,
        expect.stringContaining(message),
      ]);
    });

    it('refuses a decision whose comment holds a NUL or a lone surrogate, naming the field, and records nothing', async () => {
      const opened = await call(
        ROUTES.find(r => r.method === 'post' && r.path === '/audits')!,
      );
      expect([200, 201]).toContain(opened.status);
      const route = ROUTES.find(r => r.path.endsWith('/decisions'))!;
      const path = `/audits/${opened.body.campaign.id}/items/resource/default/vpce-1/decisions`;
      const decision = { decision: 'keep', idempotencyKey: 'hostile-1' };
      for (const [comment, message] of [
        ['in\u0000use', 'comment contains a NUL character'],
        [
          'in use \ud800',
          'comment is not well-formed Unicode (a lone surrogate)',
        ],
        ['\udc00', 'comment is not well-formed Unicode (a lone surrogate)'],
      ]) {
        const res = await call(route, path, { body: { ...decision, comment } });
        expect([res.status, res.body.error?.message]).toEqual([400, message]);
      }
      const nested = await call(route, path, {
        body: { ...decision, comment: 'ok', fix: { note: 'a\u0000' } },
      });
      expect([nested.status, nested.body.error?.message]).toEqual([
        400,
        'fix.note contains a NUL character',
      ]);
      // Nothing was recorded: the same key now records its first decision (201, not a replay or a 409).
      const recorded = await call(route, path, {
        body: { ...decision, comment: 'in use 👍' },
      });
      expect(recorded.status).toBe(201);
      const campaign = await call(
        ROUTES[0],
        `/audits/${opened.body.campaign.id}`,
      );
      const item = campaign.body.entries.find(
        (i: { entityRef: string }) => i.entityRef === 'resource:default/vpce-1',
      );
      expect(item.history.map((d: { comment: string }) => d.comment)).toEqual([
        'in use 👍',
      ]);
    });

    it.each([
      [
        'a name that is not an entity name',
        '/entities/resource/default/not%20a%20name/health',
      ],
      [
        'an over-long name',
        `/entities/resource/default/${'a'.repeat(300)}/cost`,
      ],
      ['a kind that is not a kind', '/entities/re$ource/default/vpce-1/usage'],
    ])('400 for %s', async (_, path) => {
      const res = await call(ROUTES[0], path);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Not an entity reference: /);
    });

    it.each(
      ROUTES.filter(r => r.method === 'post').map(r => [r.path, r] as const),
    )(
      'POST %s: 413 for an oversized body, 400 for broken JSON',
      async (_, route) => {
        const big = await call(route, route.path, {
          body: { comment: 'x'.repeat(100_000) },
        });
        expect(big.status).toBe(413);
        const broken = await call(route, route.path, {
          body: '{"decision": "keep",',
        });
        expect(broken.status).toBe(400);
      },
    );

    it.each(
      ROUTES.filter(r => r.guarded).map(
        r => [`${r.method.toUpperCase()} ${r.path}`, r] as const,
      ),
    )('%s: 403 for a caller the policy denies', async (_, route) => {
      const denied = await start(AuthorizeResult.DENY);
      const res = await denied(route);
      expect(res.status).toBe(403);
    });

    // Runs last: whatever was sent above, nothing failed inside and nothing leaked how the code is built.
    it('never answered with a 500 or a stack trace', () => {
      expect(responses.length).toBeGreaterThan(100);
      expect(responses.filter(r => r.status >= 500)).toEqual([]);
      expect(
        responses.filter(r => JSON.stringify(r.body ?? {}).includes('"stack"')),
      ).toEqual([]);
    });
  },
);
