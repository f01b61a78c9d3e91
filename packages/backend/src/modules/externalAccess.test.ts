/*
 * The production config's external access, as Backstage enforces it: the auditors' static token
 * (app-config.production.yaml, loaded with the real config loader) reads what its access
 * restrictions name and nothing else, through the real auth and permission services.
 */
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { loadConfig } from '@backstage/config-loader';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import privatelinkPlugin from '@privatelink-portal/plugin-privatelink-backend';
import path from 'node:path';
import request from 'supertest';

jest.setTimeout(60_000);

const TOKEN = 'auditor-token-0123456789abcdefghij';

async function productionExternalAccess() {
  const root = path.resolve(__dirname, '../../../..');
  const env: Record<string, string> = { PRIVATELINK_AUDITOR_TOKEN: TOKEN };
  const { appConfigs } = await loadConfig({
    configRoot: root,
    configTargets: [{ path: path.join(root, 'app-config.production.yaml') }],
    experimentalEnvFunc: async (name: string) => env[name] ?? `unused-${name}`,
  });
  const merged = Object.assign({}, ...appConfigs.map(c => c.data));
  return merged.backend.auth.externalAccess;
}

describe("the production config's service token", () => {
  it('reads the fleet and audits of the PrivateLink plugin, and not its operators’ status or findings', async () => {
    const externalAccess = await productionExternalAccess();
    expect(externalAccess).toEqual([
      expect.objectContaining({ accessRestrictions: expect.any(Array) }),
    ]);
    const { server } = await startTestBackend({
      features: [
        authServiceFactory,
        httpAuthServiceFactory,
        privatelinkPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: {
            backend: { auth: { externalAccess } },
            permission: { enabled: true },
            privatelink: {
              accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
            },
          },
        }),
      ],
    });
    const get = (route: string) =>
      request(server)
        .get(`/api/privatelink${route}`)
        .set('Authorization', `Bearer ${TOKEN}`);
    expect((await get('/fleet')).status).toBe(200);
    expect((await get('/audits')).status).toBe(200);
    expect((await get('/status')).status).toBe(403);
    expect((await get('/findings')).status).toBe(403);
    expect(
      (
        await request(server)
          .get('/api/privatelink/fleet')
          .set('Authorization', 'Bearer not-the-token')
      ).status,
    ).toBe(401);
  });
});
