import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { VPC_ENTITY_TYPE } from '@privatelink-portal/plugin-privatelink-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { manualScheduler } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import Router from 'express-promise-router';
import request from 'supertest';
import { notificationService } from '@backstage/plugin-notifications-node';
import { privatelinkPlugin } from './plugin';
import { endpointEntity, providedServiceEntity } from './testEntities';
import { DatabaseUsageStore } from './usage/DatabaseUsageStore';
import { addDays, lastCompleteDay } from './calendar';
import { UsageService, usageServiceRef } from './usage/UsageService';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const lastDay = lastCompleteDay(new Date());

const endpoint = endpointEntity('vpce-1');
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'web', namespace: 'default' },
  spec: { type: 'website', owner: 'payments', lifecycle: 'production' },
};

const config = {
  privatelink: {
    accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
  },
};

const { scheduler, factory: schedulerFactory } = manualScheduler();

async function start(
  options: {
    allow?: boolean;
    entities?: Entity[];
    features?: any[];
    knex?: Knex;
    privatelink?: object;
    /** Replaces the catalog and the permissions, for a test that counts their calls. */
    catalog?: any;
    permissions?: any;
  } = {},
) {
  const knex = options.knex ?? (await databases.init('SQLITE_3'));
  const { server } = await startTestBackend({
    features: [
      privatelinkPlugin,
      mockServices.rootConfig.factory({
        data: {
          ...config,
          privatelink: { ...config.privatelink, ...options.privatelink },
        },
      }),
      mockServices.database.factory({ knex }),
      schedulerFactory,
      options.catalog ??
        catalogServiceMock.factory({
          entities: options.entities ?? [endpoint, component],
        }),
      options.permissions ??
        mockServices.permissions.factory({
          result:
            options.allow === false
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        }),
      ...(options.features ?? []),
    ],
  });
  // 40 quiet days, then traffic on the last collected day but one
  await new DatabaseUsageStore(knex).upsertDailyUsage(
    Array.from({ length: 40 }, (_, i) => ({
      entityRef: 'resource:default/vpce-1',
      day: addDays(lastDay, -i),
      bytesProcessed: i === 1 ? 10 * 2 ** 30 : 0,
      newConnections: i === 1 ? 7 : 0,
      activeConnectionsMax: 0,
      packetsDropped: i === 0 ? 5000 : 0,
      resetPackets: 0,
    })),
  );
  return server;
}

const get = (server: any, path: string) =>
  request(server)
    .get(`/api/privatelink${path}`)
    .set('Authorization', mockCredentials.user.header());

describe('privatelink router', () => {
  it('answers /health without credentials and nothing else', async () => {
    const server = await start();
    const health = await request(server)
      .get('/api/privatelink/health')
      .set('Authorization', mockCredentials.none.header());
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      ready: true,
      database: 'reachable, migrated',
    });
    const usage = await request(server)
      .get('/api/privatelink/entities/resource/default/vpce-1/usage')
      .set('Authorization', mockCredentials.none.header());
    expect(usage.status).toBe(401);
  });

  it('serves usage with the idle verdict for a window', async () => {
    const server = await start();
    const res = await get(
      server,
      '/entities/resource/default/vpce-1/usage?days=7',
    );
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(7);
    expect(res.body.totals).toEqual({
      bytesProcessed: 10 * 2 ** 30,
      newConnections: 7,
    });
    expect(res.body.idle).toMatchObject({ idle: false, daysWithoutBytes: 1 });
  });

  it('serves cost and health', async () => {
    const server = await start();
    const cost = await get(server, '/entities/resource/default/vpce-1/cost');
    expect(cost.status).toBe(200);
    expect(cost.body).toMatchObject({ applicable: true, hourly: 14.6 });
    // 10 GB over 30 days, scaled to 730 hours
    expect(cost.body.gbPerMonth).toBeCloseTo((10 / 30) * (730 / 24), 1);
    const health = await get(
      server,
      '/entities/resource/default/vpce-1/health',
    );
    expect(health.body).toMatchObject({
      status: 'degraded',
      state: 'available',
    });
    expect(health.body.zones).toHaveLength(2);
  });

  it.each([
    [
      '/entities/resource/default/vpce-1/usage?days=abc',
      400,
      'days must be a whole number',
    ],
    [
      '/entities/resource/default/vpce-1/usage?days=401',
      400,
      'days must be a whole number',
    ],
    ['/entities/component/default/web/usage', 400, 'is not a Resource'],
    [
      '/entities/resource/default/nope/health',
      404,
      'No entity resource:default/nope',
    ],
    ['/inventory', 400, 'owner is required'],
    ['/inventory?owner=group%3A', 400, 'owner is not an entity reference'],
    ['/inventory?owner=a&owner=b', 400, 'owner'],
    [
      '/inventory?owner=payments&limit=0',
      400,
      'limit must be a whole number from 1 to 500',
    ],
    ['/inventory?owner=payments&sort=cost', 400, 'sort must be one of'],
    ['/inventory?owner=payments&order=up', 400, 'order must be asc or desc'],
  ])('%s answers %d saying what is wrong', async (path, status, message) => {
    const server = await start();
    const res = await get(server, path);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(message);
  });

  it("serves an entity page's summary: what the separate routes give, for one catalog read and one permission decision", async () => {
    const catalog = catalogServiceMock({ entities: [endpoint, component] });
    const reads = jest.spyOn(catalog, 'getEntityByRef');
    const permissions = mockServices.permissions.mock({
      authorize: jest.fn(async requests =>
        requests.map(() => ({
          result: AuthorizeResult.ALLOW as AuthorizeResult.ALLOW,
        })),
      ),
    });
    const server = await start({
      catalog: createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalog,
      }),
      permissions: permissions.factory,
    });
    const summary = await get(
      server,
      '/entities/resource/default/vpce-1/summary',
    );
    expect(summary.status).toBe(200);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(permissions.authorize).toHaveBeenCalledTimes(1);
    expect(Object.keys(summary.body).sort()).toEqual([
      'alerts',
      'cost',
      'entityRef',
      'findings',
      'freshness',
      'health',
      'usage',
    ]);
    for (const part of [
      'usage',
      'cost',
      'health',
      'alerts',
      'findings',
      'freshness',
    ]) {
      const alone = await get(
        server,
        `/entities/resource/default/vpce-1/${part}`,
      );
      expect({ part, body: summary.body[part] }).toEqual({
        part,
        body: alone.body,
      });
    }
    expect(reads).toHaveBeenCalledTimes(7);
  });

  it("serves a tenant's, a vendor's and the fleet's monthly cost history from the kept days", async () => {
    const server = await start();
    const byOwner = await get(
      server,
      '/cost-history?owner=group:default/payments',
    );
    expect(byOwner.status).toBe(200);
    expect(byOwner.body.endpoints).toBe(1);
    // 40 collected days: $0.01 x 2 AZ x 24 h x 40 + 10 GB x $0.01, over the months they fall in.
    const total = byOwner.body.months.reduce(
      (sum: number, m: any) => sum + m.totalUsd,
      0,
    );
    expect(total).toBeCloseTo(19.3, 1);
    expect(byOwner.body.months.length).toBeGreaterThanOrEqual(2);
    expect(byOwner.body.thisMonth.month).toBe(lastDay.slice(0, 7));
    const byVendor = await get(server, '/cost-history?vendor=aws');
    expect(byVendor.status).toBe(200);
    expect(byVendor.body.months).toEqual(byOwner.body.months);
    expect(byVendor.body.subject).toBe('group:default/aws');
    const badVendor = await get(server, '/cost-history?vendor=group%3A');
    expect(badVendor.status).toBe(400);
    expect(badVendor.body.error.message).toContain(
      'vendor is not an entity reference',
    );
    // The whole fleet's (here, the one endpoint's) for those who may read the fleet.
    const fleet = await get(server, '/fleet/cost-history');
    expect(fleet.status).toBe(200);
    expect(fleet.body.subject).toBe('fleet');
    expect(fleet.body.months).toEqual(byOwner.body.months);
    const notFleet = await get(server, '/fleet/cost-history?owner=payments');
    expect(notFleet.status).toBe(400);
    for (const query of ['', '?owner=payments&vendor=aws']) {
      const refused = await get(server, `/cost-history${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain(
        'needs one of owner (a tenant) or vendor (a vendor group)',
      );
    }
  });

  it("summarises a vendor's service without a freshness of its own", async () => {
    const vendorService = providedServiceEntity('vpce-svc-vendor');
    delete (vendorService.spec!.endpointService as any).provider;
    (vendorService.spec!.endpointService as any).origin = 'vendor';
    const server = await start({ entities: [endpoint, vendorService] });
    const summary = await get(
      server,
      '/entities/resource/default/vpce-svc-vendor/summary',
    );
    expect(summary.status).toBe(200);
    expect(summary.body.freshness).toBeUndefined();
    expect(summary.body.usage).toBeDefined();
    expect(
      (
        await get(
          server,
          '/entities/resource/default/vpce-svc-vendor/freshness',
        )
      ).status,
    ).toBe(400);
  });

  it("summarises a VPC's page with its findings and freshness only", async () => {
    const vpc: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'vpc-1', namespace: 'default' },
      spec: {
        type: VPC_ENTITY_TYPE,
        owner: 'payments',
        vpc: {
          vpcId: 'vpc-0a1b2c3d4e5f60001',
          accountId: '111111111111',
          region: 'us-east-1',
          cidrBlocks: ['10.0.0.0/16'],
          tags: {},
          ownerSource: 'tag',
        },
      },
    };
    const server = await start({ entities: [endpoint, vpc] });
    const summary = await get(
      server,
      '/entities/resource/default/vpc-1/summary',
    );
    expect(summary.status).toBe(200);
    expect(Object.keys(summary.body).sort()).toEqual([
      'entityRef',
      'findings',
      'freshness',
    ]);
    expect(
      (await get(server, '/entities/resource/default/vpc-1/usage')).status,
    ).toBe(400);
  });

  it('fails at start-up naming a posture check id that no check has', async () => {
    await expect(
      start({
        privatelink: {
          posture: { checks: { 'no-such-check': { enabled: false } } },
        },
      }),
    ).rejects.toThrow(
      /Invalid config at privatelink\.posture\.checks\.no-such-check: must be one of .*policy-full-access/,
    );
  });

  it('refuses a caller the permission policy denies', async () => {
    const server = await start({ allow: false });
    const res = await get(server, '/entities/resource/default/vpce-1/usage');
    expect(res.status).toBe(403);
    const inventory = await get(
      server,
      '/inventory?owner=group:default/payments',
    );
    expect(inventory.body.endpoints).toEqual([]);
  });

  it("summarises an owner's endpoints for the inventory", async () => {
    const server = await start();
    const res = await get(server, '/inventory?owner=payments');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      owner: 'group:default/payments',
      endpoints: [
        {
          entityRef: 'resource:default/vpce-1',
          endpointId: 'vpce-1',
          serviceLabel: 'kms',
          vendorRef: 'group:default/aws',
          availabilityZones: 2,
          bytesProcessed30d: 10 * 2 ** 30,
          idle: { idle: false, daysWithoutBytes: 1 },
          monthlyCostUsd: expect.any(Number),
          health: 'degraded',
          healthReasons: [expect.stringContaining('5000 packets dropped')],
        },
      ],
      invalid: [],
      total: 1,
      totals: {
        monthlyCostUsd: res.body.endpoints[0].monthlyCostUsd,
        bytesProcessed30d: 10 * 2 ** 30,
        idle: 0,
        idleMonthlyUsd: 0,
      },
    });
    // A page past the rows the search selects: none, with their count and total still.
    const past = await get(
      server,
      '/inventory?owner=payments&q=kms&sort=monthlyCostUsd&order=desc&offset=1&limit=1',
    );
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({
      endpoints: [],
      total: 1,
      totals: res.body.totals,
    });
    const none = await get(server, '/inventory?owner=payments&q=dynamodb');
    expect(none.body).toMatchObject({ endpoints: [], total: 0 });
  });

  it('lists the endpoint services an owner provides in its inventory, with health, consumers and findings', async () => {
    const service = providedServiceEntity('vpce-svc-ledger', [
      {
        endpointId: 'vpce-c1',
        endpointOwner: '222222222222',
        state: 'available',
        inInventory: true,
      },
      {
        endpointId: 'vpce-c2',
        endpointOwner: '333333333333',
        state: 'pendingAcceptance',
        inInventory: false,
      },
    ]);
    const server = await start({ entities: [endpoint, service] });
    const res = await get(server, '/inventory?owner=payments');
    expect(res.status).toBe(200);
    expect(
      res.body.endpoints.map((e: { entityRef: string }) => e.entityRef),
    ).toEqual(['resource:default/vpce-1']);
    expect(res.body.services).toEqual([
      {
        entityRef: 'resource:default/vpce-svc-ledger',
        title: 'vpce-svc-ledger service',
        serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-ledger',
        serviceId: 'vpce-svc-ledger',
        accountId: '111111111111',
        region: 'us-east-1',
        state: 'Available',
        acceptanceRequired: true,
        consumers: { total: 2, accepted: 1, outsideInventory: 1 },
        health: expect.any(String),
        healthReasons: expect.any(Array),
        findings: { high: 0, medium: 0, low: 0, checkIds: [] },
      },
    ]);
  });

  it('answers the inventory with a constant number of queries, whatever the number of endpoints', async () => {
    async function queriesFor(count: number) {
      const knex = await databases.init('SQLITE_3');
      const entities = Array.from({ length: count }, (_, i) =>
        endpointEntity(`vpce-${i}`),
      );
      const server = await start({ knex, entities });
      let queries = 0;
      const count1 = () => {
        queries++;
      };
      knex.on('query', count1);
      const res = await get(server, '/inventory?owner=payments');
      knex.removeListener('query', count1);
      expect(res.body.endpoints).toHaveLength(count);
      return queries;
    }
    const few = await queriesFor(2);
    expect(few).toBeGreaterThan(0);
    expect(await queriesFor(60)).toBe(few);
  });

  it('leaves out and names an endpoint whose entity does not match the contract', async () => {
    const broken = endpointEntity('vpce-broken');
    delete (broken.spec!.endpoint as any).accountId;
    const server = await start({ entities: [endpoint, broken] });
    const res = await get(server, '/inventory?owner=payments');
    expect(res.body.endpoints.map((e: any) => e.entityRef)).toEqual([
      'resource:default/vpce-1',
    ]);
    expect(res.body.invalid).toEqual([
      {
        entityRef: 'resource:default/vpce-broken',
        error: expect.stringContaining('spec.endpoint.accountId'),
      },
    ]);
    const one = await get(
      server,
      '/entities/resource/default/vpce-broken/usage',
    );
    expect(one.status).toBe(409);
    expect(one.body.error.message).toContain(
      'does not match the PrivateLink entity contract',
    );
  });

  it("prices a young endpoint's bytes over the days it has existed", async () => {
    // Created 10 days ago: the backfill wrote zero rows for the 20 days before.
    const created = addDays(lastDay, -9);
    const young = endpointEntity('vpce-young', {
      createdAt: `${created}T08:00:00.000Z`,
    });
    const knex = await databases.init('SQLITE_3');
    const server = await start({ knex, entities: [young] });
    await new DatabaseUsageStore(knex).upsertDailyUsage(
      Array.from({ length: 30 }, (_, i) => ({
        entityRef: 'resource:default/vpce-young',
        day: addDays(lastDay, -i),
        bytesProcessed: i < 10 ? 2 ** 30 : 0,
        newConnections: 0,
        activeConnectionsMax: 0,
        packetsDropped: 0,
        resetPackets: 0,
      })),
    );
    const cost = await get(
      server,
      '/entities/resource/default/vpce-young/cost',
    );
    // 10 GB over its 10 days, scaled to 730 hours: 30.42 GB, not 10 GB over 30 days (10.14).
    expect(cost.body.gbPerMonth).toBeCloseTo(730 / 24, 1);
    expect(cost.body.basis).toContain('the 10 days');
  });

  it("serves the operators' status: refreshes reported by the catalog, to readers the policy allows", async () => {
    const knex = await databases.init('SQLITE_3');
    const server = await start({ knex });
    const report = {
      provider: 'privatelink-account-111111111111',
      accountId: '111111111111',
      source: 'aws',
      regions: ['us-east-1'],
      lastAttemptAt: '2026-11-25T10:00:00.000Z',
      lastSuccessAt: '2026-11-25T10:00:02.000Z',
      entities: 12,
      durationMs: 2000,
      apiCalls: [
        { region: 'us-east-1', api: 'DescribeVpcEndpoints', calls: 1 },
      ],
      omitted: [],
    };
    const post = (credentials: string, body: object) =>
      request(server)
        .post('/api/privatelink/status/inventory')
        .set('Authorization', credentials)
        .send(body);
    const catalog = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('plugin:catalog'),
      targetPluginId: 'privatelink',
    });
    const freshness = async () =>
      (await get(server, '/entities/resource/default/vpce-1/freshness')).body;
    expect(await freshness()).toEqual({
      entityRef: 'resource:default/vpce-1',
      accountId: '111111111111',
      stale: false,
    });
    expect((await post(catalog, report)).status).toBe(204);
    expect(await freshness()).toMatchObject({
      stale: false,
      lastSuccessAt: '2026-11-25T10:00:02.000Z',
    });
    // Failures later (credentials revoked) keep the last success and add the error; the entity
    // page says since when its account fails, without the error.
    const failure = (at: string) => ({
      ...report,
      lastAttemptAt: at,
      lastSuccessAt: undefined,
      entities: undefined,
      lastError: 'AccessDenied',
      lastErrorAt: at,
    });
    expect(
      (await post(catalog, failure('2026-11-25T10:30:00.000Z'))).status,
    ).toBe(204);
    expect(
      (await post(catalog, failure('2026-11-25T11:00:00.000Z'))).status,
    ).toBe(204);
    expect(await freshness()).toEqual({
      entityRef: 'resource:default/vpce-1',
      accountId: '111111111111',
      lastSuccessAt: '2026-11-25T10:00:02.000Z',
      lastAttemptAt: '2026-11-25T11:00:00.000Z',
      stale: true,
      failingSince: '2026-11-25T10:30:00.000Z',
    });
    expect((await post(mockCredentials.user.header(), report)).status).toBe(
      403,
    );
    expect(
      (
        await post(
          mockCredentials.service.header({
            onBehalfOf: mockCredentials.service('plugin:scaffolder'),
            targetPluginId: 'privatelink',
          }),
          report,
        )
      ).status,
    ).toBe(403);
    const bad = await post(
      mockCredentials.service.header({
        onBehalfOf: mockCredentials.service('plugin:catalog'),
        targetPluginId: 'privatelink',
      }),
      { ...report, apiCalls: 'many' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('apiCalls');

    const status = await get(server, '/status');
    expect(status.status).toBe(200);
    expect(status.body.inventory).toEqual([
      expect.objectContaining({
        provider: 'privatelink-account-111111111111',
        lastSuccessAt: '2026-11-25T10:00:02.000Z',
        lastError: 'AccessDenied',
        failingSince: '2026-11-25T10:30:00.000Z',
        entities: 12,
      }),
    ]);
    // The next success ends it; this one followed an AWS change event, which the status keeps.
    const lastChangeEvent = {
      eventName: 'CreateVpcEndpoint',
      region: 'us-east-1',
      at: '2026-11-25T11:59:50Z',
      receivedAt: '2026-11-25T11:59:53.000Z',
    };
    expect(
      (
        await post(catalog, {
          ...report,
          lastAttemptAt: '2026-11-25T12:00:00.000Z',
          lastSuccessAt: '2026-11-25T12:00:01.000Z',
          lastChangeEvent,
        })
      ).status,
    ).toBe(204);
    expect((await get(server, '/status')).body.inventory).toEqual([
      expect.objectContaining({ lastChangeEvent }),
    ]);
    const badEvent = await post(catalog, {
      ...report,
      lastChangeEvent: { eventName: 'CreateVpcEndpoint' },
    });
    expect(badEvent.status).toBe(400);
    expect(badEvent.body.error.message).toContain('lastChangeEvent');
    // A report without one (from a catalog restarted since) keeps the last event on record.
    expect(
      (
        await post(catalog, {
          ...report,
          lastAttemptAt: '2026-11-25T12:00:00.000Z',
          lastSuccessAt: '2026-11-25T12:00:01.000Z',
        })
      ).status,
    ).toBe(204);
    expect((await get(server, '/status')).body.inventory).toEqual([
      expect.objectContaining({ lastChangeEvent }),
    ]);
    expect(await freshness()).toMatchObject({
      stale: false,
      lastSuccessAt: '2026-11-25T12:00:01.000Z',
    });
    expect((await freshness()).failingSince).toBeUndefined();
    const denied = await start({ allow: false });
    expect((await get(denied, '/status')).status).toBe(403);
  });

  it("has the catalog read an account again for operators allowed to, with the plugin's own token", async () => {
    const asked: Array<{ accountId: string; subject: string }> = [];
    // The catalog module's refresh route, as the PrivateLink catalog module serves it.
    const catalogRefreshRoute = createBackendPlugin({
      pluginId: 'catalog',
      register(env) {
        env.registerInit({
          deps: {
            httpRouter: coreServices.httpRouter,
            httpAuth: coreServices.httpAuth,
          },
          async init({ httpRouter, httpAuth }) {
            const router = Router();
            router.post(
              '/privatelink/accounts/:accountId/refresh',
              async (req, res) => {
                const credentials = await httpAuth.credentials(req, {
                  allow: ['service'],
                });
                const { accountId } = req.params;
                if (accountId !== '111111111111') {
                  res.status(404).json({
                    error: {
                      name: 'NotFoundError',
                      message: `The portal does not read account ${accountId}`,
                    },
                  });
                  return;
                }
                asked.push({
                  accountId,
                  subject: credentials.principal.subject,
                });
                res.status(202).json({ accountId, taskId: 'refresh-task' });
              },
            );
            httpRouter.use(router);
          },
        });
      },
    });
    const refresh = (server: any, accountId: string) =>
      request(server)
        .post(`/api/privatelink/status/accounts/${accountId}/refresh`)
        .set('Authorization', mockCredentials.user.header());
    const server = await start({ features: [catalogRefreshRoute] });
    const done = await refresh(server, '111111111111');
    expect([done.status, done.body]).toEqual([
      202,
      { accountId: '111111111111', taskId: 'refresh-task' },
    ]);
    expect(asked).toEqual([
      { accountId: '111111111111', subject: 'plugin:privatelink' },
    ]);
    const unknown = await refresh(server, '999999999999');
    expect(unknown.status).toBe(404);
    // What the catalog said, and what makes an account refreshable.
    expect(unknown.body.error.message).toBe(
      'The portal does not read account 999999999999. An account is refreshed when it is listed in privatelink.accounts and the PrivateLink catalog module is installed in the backend.',
    );
    expect((await refresh(server, 'x')).status).toBe(400);
    const denied = await start({
      allow: false,
      features: [catalogRefreshRoute],
    });
    expect((await refresh(denied, '111111111111')).status).toBe(403);
    expect(asked).toHaveLength(1);
  });

  const stubReport = {
    entityRef: 'stub',
    metricsPublished: true,
    from: '2026-11-01',
    to: '2026-11-07',
    days: [],
    totals: { bytesProcessed: 0, newConnections: 0 },
  };

  it('answers 500 in development and tests when a response breaks the spec', async () => {
    const { metricsPublished: _dropped, ...incomplete } = stubReport;
    const server = await start({
      features: [
        createServiceFactory({
          service: usageServiceRef,
          deps: {},
          factory: () =>
            ({ usage: async () => incomplete } as unknown as UsageService),
        }),
      ],
    });
    const res = await get(server, '/entities/resource/default/vpce-1/usage');
    expect(res.status).toBe(500);
    expect(res.body.error.message).toBe(
      "/response must have required property 'metricsPublished'",
    );
  });

  it('routes to the feature services, which a test can replace', async () => {
    const fake = {
      usage: jest.fn(async () => stubReport),
    };
    const server = await start({
      features: [
        createServiceFactory({
          service: usageServiceRef,
          deps: {},
          factory: () => fake as unknown as UsageService,
        }),
      ],
    });
    const res = await get(
      server,
      '/entities/resource/default/vpce-1/usage?days=7',
    );
    expect(res.body).toEqual(stubReport);
    expect(fake.usage).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: 'resource:default/vpce-1',
        kind: 'endpoint',
      }),
      7,
      expect.any(Date),
    );
  });

  it("evaluates posture on schedule and serves each entity's findings, suppressions included", async () => {
    const open = endpointEntity('vpce-open', {
      subnets: [{ subnetId: 'subnet-1', availabilityZone: 'us-east-1a' }],
      policy: {
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        ],
      },
      securityGroups: [
        {
          groupId: 'sg-1',
          inboundRules: [
            {
              protocol: 'tcp',
              fromPort: 443,
              toPort: 443,
              sources: ['0.0.0.0/0'],
            },
          ],
        },
      ],
    });
    open.metadata.annotations = {
      'privatelink.aws/suppress-endpoint-single-az':
        'dev only, one AZ is enough',
    };
    const server = await start({ entities: [open, endpoint] });
    await scheduler.triggerTask('privatelink-posture:evaluate');

    const res = await get(
      server,
      '/entities/resource/default/vpce-open/findings',
    );
    expect(res.status).toBe(200);
    expect(
      res.body.findings.map((f: any) => [f.checkId, f.severity, f.suppressed]),
    ).toEqual([
      ['endpoint-single-az', 'medium', 'dev only, one AZ is enough'],
      ['policy-full-access', 'high', undefined],
      ['sg-open-ingress', 'high', undefined],
    ]);
    expect(res.body.findings[2].evidence).toEqual([
      'sg-1: tcp port 443 from 0.0.0.0/0',
    ]);
    expect(res.body.checks.map((c: any) => c.id)).toContain(
      'policy-write-actions',
    );

    const clean = await get(
      server,
      '/entities/resource/default/vpce-1/findings',
    );
    expect(clean.body.findings).toEqual([]);

    const owned = await get(server, '/findings?owner=group:default/payments');
    expect(owned.body.findings).toHaveLength(3);
    // The tenant inventory counts the open, unsuppressed ones.
    const inventory = await get(
      server,
      '/inventory?owner=group:default/payments',
    );
    const row = inventory.body.endpoints.find(
      (e: any) => e.endpointId === 'vpce-open',
    );
    expect(row.findings).toEqual({
      high: 2,
      medium: 0,
      low: 0,
      checkIds: ['policy-full-access', 'sg-open-ingress'],
    });
    expect((await get(server, '/findings')).body.findings).toHaveLength(3);
    expect((await get(server, '/findings?owner=group%3A')).status).toBe(400);
  });

  it('alerts the owner once when an endpoint turns degraded, and shows it on the entity', async () => {
    const send = jest.fn(async () => {});
    const server = await start({
      privatelink: { alerts: { enabled: true } },
      features: [
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send }),
        }),
      ],
    });
    // 5000 dropped packets on the last collected day: degraded.
    await scheduler.triggerTask('privatelink-posture:evaluate');
    await scheduler.triggerTask('privatelink-posture:evaluate');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: ['group:default/payments'] },
      payload: expect.objectContaining({
        title: 'vpce-1 (vpce-1) is degraded',
        severity: 'high',
        topic: 'privatelink-health',
      }),
    });
    const res = await get(server, '/entities/resource/default/vpce-1/alerts');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      enabled: true,
      entityRef: 'resource:default/vpce-1',
    });
    expect(res.body.incidents).toEqual([
      expect.objectContaining({
        kind: 'health',
        status: 'degraded',
        recipients: ['group:default/payments'],
        alertedAt: expect.any(String),
      }),
    ]);
    const anonymous = await request(server)
      .get('/api/privatelink/entities/resource/default/vpce-1/alerts')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });

  it("keeps the fleet's findings to holders of privatelink.findings.read", async () => {
    const server = await start({ allow: false });
    expect((await get(server, '/findings')).status).toBe(403);
    expect(
      (await get(server, '/entities/resource/default/vpce-1/findings')).status,
    ).toBe(403);
  });

  it("includes the child teams' endpoints when asked, naming each row's owner", async () => {
    const team = (name: string, parent?: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type: 'team', children: [] },
      relations: parent
        ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
        : [],
    });
    const nested = endpointEntity('vpce-nested');
    nested.spec!.owner = 'group:default/ledger';
    nested.relations = [{ type: 'ownedBy', targetRef: 'group:default/ledger' }];
    const server = await start({
      entities: [
        endpoint,
        nested,
        team('platform'),
        team('payments', 'platform'),
        team('ledger', 'payments'),
      ],
    });
    expect(
      (await get(server, '/inventory?owner=platform')).body.endpoints,
    ).toEqual([]);
    const all = await get(
      server,
      '/inventory?owner=platform&includeChildren=true',
    );
    expect(all.status).toBe(200);
    expect(all.body.includedGroups).toEqual([
      'group:default/ledger',
      'group:default/payments',
    ]);
    expect(
      all.body.endpoints.map((e: any) => [e.endpointId, e.ownerRef]),
    ).toEqual([
      ['vpce-1', 'group:default/payments'],
      ['vpce-nested', 'group:default/ledger'],
    ]);
    const bad = await get(
      server,
      '/inventory?owner=platform&includeChildren=yes',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain(
      'includeChildren must be true or false',
    );
  });
});
