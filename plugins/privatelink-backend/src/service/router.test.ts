import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { lastCompleteDay } from '../collector/UsageCollector';
import { addDays } from '../lib/usage';
import { privatelinkPlugin } from '../plugin';
import { endpointEntity } from '../testEntities';

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

async function start(options: { allow?: boolean } = {}) {
  const knex = await databases.init('SQLITE_3');
  const { server } = await startTestBackend({
    features: [
      privatelinkPlugin,
      mockServices.rootConfig.factory({ data: {} }),
      mockServices.database.factory({ knex }),
      mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
      catalogServiceMock.factory({ entities: [endpoint, component] }),
      mockServices.permissions.factory({
        result: options.allow === false ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
      }),
    ],
  });
  // 40 quiet days, then traffic on the last collected day but one
  const rows = Array.from({ length: 40 }, (_, i) => ({
    entity_ref: 'resource:default/vpce-1',
    day: addDays(lastDay, -i),
    bytes_processed: i === 1 ? 10 * 2 ** 30 : 0,
    new_connections: i === 1 ? 7 : 0,
    active_connections_max: 0,
    packets_dropped: i === 0 ? 5000 : 0,
    reset_packets: 0,
  }));
  await knex('privatelink_daily_usage').insert(rows);
  return server;
}

const get = (server: any, path: string) =>
  request(server).get(`/api/privatelink${path}`).set('Authorization', mockCredentials.user.header());

describe('privatelink router', () => {
  it('answers /health without credentials and nothing else', async () => {
    const server = await start();
    const health = await request(server)
      .get('/api/privatelink/health')
      .set('Authorization', mockCredentials.none.header());
    expect(health.status).toBe(200);
    const usage = await request(server)
      .get('/api/privatelink/entities/resource/default/vpce-1/usage')
      .set('Authorization', mockCredentials.none.header());
    expect(usage.status).toBe(401);
  });

  it('serves usage with the idle verdict for a window', async () => {
    const server = await start();
    const res = await get(server, '/entities/resource/default/vpce-1/usage?days=7');
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(7);
    expect(res.body.totals).toEqual({ bytesProcessed: 10 * 2 ** 30, newConnections: 7 });
    expect(res.body.idle).toMatchObject({ idle: false, daysWithoutBytes: 1 });
  });

  it('serves cost and health', async () => {
    const server = await start();
    const cost = await get(server, '/entities/resource/default/vpce-1/cost');
    expect(cost.status).toBe(200);
    expect(cost.body).toMatchObject({ applicable: true, hourly: 14.6 });
    // 10 GB over 30 days, scaled to 730 hours
    expect(cost.body.gbPerMonth).toBeCloseTo((10 / 30) * (730 / 24), 1);
    const health = await get(server, '/entities/resource/default/vpce-1/health');
    expect(health.body).toMatchObject({ status: 'degraded', state: 'available' });
    expect(health.body.zones).toHaveLength(2);
  });

  it.each([
    ['/entities/resource/default/vpce-1/usage?days=abc', 400, 'days must be a whole number'],
    ['/entities/resource/default/vpce-1/usage?days=401', 400, 'days must be a whole number'],
    ['/entities/component/default/web/usage', 400, 'is not a Resource'],
    ['/entities/resource/default/nope/health', 404, 'No entity resource:default/nope'],
    ['/inventory', 400, 'owner is required'],
    ['/inventory?owner=group%3A', 400, 'not an entity reference'],
  ])('%s answers %d saying what is wrong', async (path, status, message) => {
    const server = await start();
    const res = await get(server, path);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(message);
  });

  it('refuses a caller the permission policy denies', async () => {
    const server = await start({ allow: false });
    const res = await get(server, '/entities/resource/default/vpce-1/usage');
    expect(res.status).toBe(403);
    const inventory = await get(server, '/inventory?owner=group:default/payments');
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
          bytesProcessed30d: 10 * 2 ** 30,
          idle: false,
          health: 'degraded',
        },
      ],
    });
  });
});
