import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { manualScheduler } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import request from 'supertest';
import { Entity } from '@backstage/catalog-model';
import { privatelinkPlugin } from '../plugin';
import { endpointEntity } from '../testEntities';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const { scheduler, factory: schedulerFactory } = manualScheduler();

async function start(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  more: Entity[] = [],
) {
  const { server } = await startTestBackend({
    features: [
      privatelinkPlugin,
      mockServices.rootConfig.factory({
        data: {
          privatelink: {
            accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
            consolidation: {
              networks: [{ name: 'core', accounts: ['111111111111'] }],
            },
          },
        },
      }),
      mockServices.database.factory({ knex: await databases.init('SQLITE_3') }),
      schedulerFactory,
      catalogServiceMock.factory({
        entities: [
          endpointEntity('vpce-1'),
          endpointEntity('vpce-2', { endpointType: 'Gateway', subnets: [] }),
          ...more,
        ],
      }),
      mockServices.permissions.factory({ result }),
    ],
  });
  // The posture task writes the snapshot after evaluating.
  const refresh = () => scheduler.triggerTask('privatelink-posture:evaluate');
  return { server, refresh };
}

const get = (
  server: any,
  path: string,
  header = mockCredentials.user.header(),
) =>
  request(server).get(`/api/privatelink${path}`).set('Authorization', header);

describe('fleet routes', () => {
  it('serve the snapshot the posture task writes, filtered', async () => {
    const { server, refresh } = await start();
    expect((await get(server, '/fleet')).body.totals.endpoints).toBe(0);
    await refresh();
    const fleet = await get(server, '/fleet');
    expect(fleet.status).toBe(200);
    expect(fleet.body.totals).toMatchObject({
      endpoints: 2,
      monthlyCostUsd: 14.6,
    });
    expect(fleet.body.byTenant.map((g: any) => g.key)).toEqual([
      'group:default/payments',
    ]);
    const gateway = await get(server, '/fleet/rows?type=Gateway');
    expect(gateway.body.rows.map((r: any) => r.resourceId)).toEqual(['vpce-2']);
    expect(gateway.body.total).toBe(1);
    expect(gateway.body.refreshedAt).toEqual(expect.any(String));
    // A page of the table: searched, sorted, with the total of every page.
    const page = await get(
      server,
      '/fleet/rows?q=vpce&sort=cost&order=desc&offset=0&limit=1',
    );
    expect(page.status).toBe(200);
    expect(page.body.rows.map((r: any) => r.resourceId)).toEqual(['vpce-1']);
    expect(page.body.total).toBe(2);
  });

  it.each([
    [
      '/fleet?type=Nat',
      'type must be one of Interface, Gateway, GatewayLoadBalancer or Service',
    ],
    ['/fleet?account=123', 'account must be a 12-digit AWS account id'],
    ['/fleet/rows?region=mars', 'region must be an AWS region'],
    ['/fleet?tenant=group%3A', 'owner is not an entity reference'],
    ['/fleet/rows?limit=0', 'limit must be a whole number from 1 to 500'],
    ['/fleet/rows?limit=501', 'limit must be a whole number from 1 to 500'],
    ['/fleet/rows?offset=-1', 'offset must be a whole number of rows to skip'],
    ['/fleet/rows?sort=price', 'sort must be one of title, resourceId'],
    ['/fleet/rows?order=up', 'order must be asc or desc'],
    [
      `/fleet/rows?q=${'x'.repeat(201)}`,
      'q must be at most 200 characters of words',
    ],
  ])('%s answers 400 saying what is wrong', async (path, message) => {
    const { server } = await start();
    const res = await get(server, path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('serves the consolidation advice the posture evaluation keeps', async () => {
    // KMS in a second VPC of the network.
    const { server, refresh } = await start(AuthorizeResult.ALLOW, [
      endpointEntity('vpce-3', { vpcId: 'vpc-0def' }),
    ]);
    // Before any evaluation: computed for the answer, no time given.
    const before = await get(server, '/fleet/consolidation');
    expect(before.status).toBe(200);
    expect(before.body.computedAt).toBeUndefined();
    await refresh();
    const after = await get(server, '/fleet/consolidation');
    expect(after.body.computedAt).toEqual(expect.any(String));
    // KMS in two VPCs of the network, no bytes yet: 4 AZ-months today against 2 in a hub.
    expect(after.body.advice).toEqual([
      expect.objectContaining({
        network: 'core',
        serviceName: 'com.amazonaws.us-east-1.kms',
        hubVpcId: 'vpc-0abc',
        todayMonthlyUsd: 29.2,
        hubMonthlyUsd: 15.1,
        savingMonthlyUsd: 14.1,
      }),
    ]);
    expect(before.body.advice).toEqual(after.body.advice);
    // And the endpoint a hub would replace carries the finding.
    const findings = await get(
      server,
      '/entities/resource/default/vpce-3/findings',
    );
    expect(findings.body.findings).toEqual([
      expect.objectContaining({
        checkId: 'endpoint-consolidation-candidate',
        severity: 'low',
      }),
    ]);
  });

  it('needs credentials and privatelink.fleet.read', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    expect(
      (await get(server, '/fleet', mockCredentials.none.header())).status,
    ).toBe(401);
    for (const path of [
      '/fleet/rows',
      '/fleet/cost-history',
      '/fleet/consolidation',
    ]) {
      const denied = await get(server, path);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toContain(
        'Not allowed to read the PrivateLink fleet',
      );
    }
  });
});
