import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { isGroupMember } from '@privatelink-portal/plugin-catalog-backend-module-privatelink';
import {
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
  privatelinkInventoryRefreshPermission,
  privatelinkEndpointCreatePermission,
  privatelinkEndpointReadPermission,
  privatelinkEndpointRetirePermission,
} from '@privatelink-portal/plugin-privatelink-common';
import path from 'node:path';
import request from 'supertest';
import { demoSignInModule } from './demoSignIn';
import {
  portalPermissionPolicyModule,
  readAdminGroups,
} from './portalPermissionPolicy';
import { transitiveOwnershipModule } from './transitiveOwnership';

jest.setTimeout(60_000);

/**
 * The PrivateLink catalog module's permission rule, without the module's AWS inventory: what the
 * module's init registers in the catalog's permission registry.
 */
const groupMemberRule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'privatelink-permission-rules',
  register(reg) {
    reg.registerInit({
      deps: { permissionsRegistry: coreServices.permissionsRegistry },
      async init({ permissionsRegistry }) {
        permissionsRegistry.addPermissionRules([isGroupMember]);
      },
    });
  },
});

/**
 * The portal's real chain: the demo sign-in issues real user tokens with the transitive ownership
 * claims; the permission backend asks the policy and, for conditional decisions, the catalog.
 */
async function start(portal: Record<string, unknown> = {}) {
  const { server } = await startTestBackend({
    features: [
      authServiceFactory,
      httpAuthServiceFactory,
      userInfoServiceFactory,
      authPlugin,
      demoSignInModule,
      transitiveOwnershipModule,
      permissionPlugin,
      portalPermissionPolicyModule,
      catalogPlugin,
      scaffolderEntityModel,
      scaffolderPlugin,
      groupMemberRule,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            providers: {
              demo: {
                userEntityRef: 'user:default/guest',
                dangerouslyAllowOutsideDevelopment: true,
              },
            },
          },
          permission: { enabled: true },
          portal: { adminGroups: ['privatelink-admins'], ...portal },
          catalog: {
            rules: [{ allow: ['Group', 'User', 'Resource', 'Template'] }],
            locations: [
              {
                type: 'file',
                target: path.resolve(__dirname, '__fixtures__/entities.yaml'),
              },
            ],
          },
        },
      }),
    ],
  });
  // The catalog ingests the fixture in its processing loop: wait for the users and endpoints.
  for (let i = 0; i < 100; i++) {
    const users = await request(server)
      .get('/api/auth/demo/refresh')
      .set('Cookie', 'privatelink-demo-user=erin');
    const resources = users.ok
      ? await request(server)
          .get('/api/catalog/entities/by-query?filter=kind=resource')
          .set('Authorization', `Bearer ${users.body.backstageIdentity.token}`)
      : undefined;
    if (resources?.body.items?.length === 3) return server;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error('The catalog did not ingest the fixture');
}

/** Signs in through the demo provider as an example user; the Backstage token. */
async function signIn(server: any, user: string): Promise<string> {
  const res = await request(server)
    .get('/api/auth/demo/refresh')
    .set('Cookie', `privatelink-demo-user=${user}`)
    .set('X-Requested-With', 'XMLHttpRequest');
  expect([res.status, res.body.error?.message]).toEqual([200, undefined]);
  return res.body.backstageIdentity.token;
}

/** Asks the permission backend, as `user`, about permissions on entities. */
async function decide(
  server: any,
  user: string,
  items: Array<{ permission: object; resourceRef?: string }>,
) {
  const res = await request(server)
    .post('/api/permission/authorize')
    .set('Authorization', `Bearer ${await signIn(server, user)}`)
    .send({ items: items.map((item, i) => ({ id: String(i), ...item })) });
  expect([res.status, res.body.error?.message]).toEqual([200, undefined]);
  return res.body.items.map((item: { result: string }) => item.result);
}

describe('the portal permission policy, in the real permission backend over the real catalog', () => {
  it('lets the direct members of the owning group decide on its items, never through a parent group or the default owner', async () => {
    const server = await start();
    const acknowledge = (resourceRef: string) => ({
      permission: privatelinkAuditAcknowledgePermission,
      resourceRef,
    });
    const items = ['vpce-payments', 'vpce-platform', 'vpce-untagged'].map(
      name => acknowledge(`resource:default/${name}`),
    );
    // guest is in payments, whose parent is platform: its ownership claims include platform, its
    // write claims do not. dana is in data-platform, also under platform; pat is in platform.
    expect(await decide(server, 'guest', items)).toEqual([
      'ALLOW',
      'DENY',
      'DENY',
    ]);
    expect(await decide(server, 'dana', items)).toEqual([
      'DENY',
      'DENY',
      'DENY',
    ]);
    expect(await decide(server, 'pat', items)).toEqual([
      'DENY',
      'ALLOW',
      'DENY',
    ]);
    expect(await decide(server, 'olu', items)).toEqual([
      'ALLOW',
      'ALLOW',
      'ALLOW',
    ]);
    expect(await decide(server, 'erin', items)).toEqual([
      'DENY',
      'DENY',
      'DENY',
    ]);
  });

  it('lets the members of a group named as acting for its children decide for them, and nobody through the default owner', async () => {
    const server = await start({ groupsActingForChildren: ['platform'] });
    const acknowledge = (resourceRef: string) => ({
      permission: privatelinkAuditAcknowledgePermission,
      resourceRef,
    });
    const items = ['vpce-payments', 'vpce-platform', 'vpce-untagged'].map(
      name => acknowledge(`resource:default/${name}`),
    );
    expect(await decide(server, 'pat', items)).toEqual([
      'ALLOW',
      'ALLOW',
      'DENY',
    ]);
    // Acting for children goes down, never up.
    expect(await decide(server, 'guest', items)).toEqual([
      'ALLOW',
      'DENY',
      'DENY',
    ]);
    const create = (resourceRef: string) => ({
      permission: privatelinkEndpointCreatePermission,
      resourceRef,
    });
    const groups = [
      'group:default/payments',
      'group:default/data-platform',
      'group:default/platform',
    ].map(create);
    expect(await decide(server, 'pat', groups)).toEqual([
      'ALLOW',
      'ALLOW',
      'ALLOW',
    ]);
    expect(await decide(server, 'dana', groups)).toEqual([
      'DENY',
      'ALLOW',
      'DENY',
    ]);
  });

  it('lets direct members of a tenant group request and retire endpoints for it, nobody else, and never for a vendor', async () => {
    const server = await start();
    const items = (permission: object) =>
      [
        'group:default/payments',
        'group:default/platform',
        'group:default/snowflake',
      ].map(resourceRef => ({ permission, resourceRef }));
    for (const permission of [
      privatelinkEndpointCreatePermission,
      privatelinkEndpointRetirePermission,
    ]) {
      // guest: payments directly; platform, its parent group, is not theirs to write for.
      expect(await decide(server, 'guest', items(permission))).toEqual([
        'ALLOW',
        'DENY',
        'DENY',
      ]);
      expect(await decide(server, 'dana', items(permission))).toEqual([
        'DENY',
        'DENY',
        'DENY',
      ]);
      expect(await decide(server, 'pat', items(permission))).toEqual([
        'DENY',
        'ALLOW',
        'DENY',
      ]);
      // Admins manage audits; they do not bill other teams.
      expect(await decide(server, 'olu', items(permission))).toEqual([
        'DENY',
        'DENY',
        'DENY',
      ]);
      expect(await decide(server, 'vic', items(permission))).toEqual([
        'DENY',
        'DENY',
        'DENY',
      ]);
    }
  });

  it("lets a scaffolder task's creator, and admins, read, cancel and retry it, nobody else", async () => {
    const server = await start();
    const as = async (user: string) => `Bearer ${await signIn(server, user)}`;
    const create = async () =>
      request(server)
        .post('/api/scaffolder/v2/tasks')
        .set('Authorization', await as('guest'))
        .send({ templateRef: 'template:default/hello', values: {} });
    // The catalog ingests the template in its processing loop, after the users.
    let created = await create();
    for (let i = 0; i < 50 && created.status === 404; i++) {
      await new Promise(resolve => setTimeout(resolve, 200));
      created = await create();
    }
    expect([created.status, created.body.error?.message]).toEqual([
      201,
      undefined,
    ]);
    const task = `/api/scaffolder/v2/tasks/${created.body.id}`;
    for (let i = 0; i < 100; i++) {
      const read = await request(server)
        .get(task)
        .set('Authorization', await as('guest'));
      if (read.body.status === 'completed') break;
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    // Another team's member: not its reader, canceller or retrier; the task list leaves it out.
    const other = await as('dana');
    expect(
      (await request(server).get(task).set('Authorization', other)).status,
    ).toBe(403);
    expect(
      (await request(server).post(`${task}/cancel`).set('Authorization', other))
        .status,
    ).toBe(403);
    expect(
      (
        await request(server)
          .post(`${task}/retry`)
          .set('Authorization', other)
          .send({})
      ).status,
    ).toBe(403);
    const listed = await request(server)
      .get('/api/scaffolder/v2/tasks')
      .set('Authorization', other);
    expect(listed.body.tasks.map((t: { id: string }) => t.id)).not.toContain(
      created.body.id,
    );
    expect(
      (
        await request(server)
          .get(task)
          .set('Authorization', await as('guest'))
      ).body.status,
    ).toBe('completed');
    // An audit manager reads it; its creator retries it.
    expect(
      (
        await request(server)
          .get(task)
          .set('Authorization', await as('olu'))
      ).status,
    ).toBe(200);
    expect(
      (
        await request(server)
          .post(`${task}/retry`)
          .set('Authorization', await as('guest'))
          .send({})
      ).status,
    ).toBe(201);
  });

  it("lets admins alone manage audits and have an account's inventory read again, and every signed-in user read", async () => {
    const server = await start();
    const items = [
      { permission: privatelinkAuditManagePermission },
      { permission: privatelinkInventoryRefreshPermission },
      {
        permission: privatelinkEndpointReadPermission,
        resourceRef: 'resource:default/vpce-payments',
      },
    ];
    expect(await decide(server, 'guest', items)).toEqual([
      'DENY',
      'DENY',
      'ALLOW',
    ]);
    expect(await decide(server, 'olu', items)).toEqual([
      'ALLOW',
      'ALLOW',
      'ALLOW',
    ]);
  });

  it('does not start with the demo sign-in configured outside development, unless explicitly allowed', async () => {
    await expect(
      startTestBackend({
        features: [
          authPlugin,
          demoSignInModule,
          mockServices.rootConfig.factory({
            data: {
              app: { baseUrl: 'http://localhost:3000' },
              auth: {
                providers: { demo: { userEntityRef: 'user:default/guest' } },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /Invalid config at auth.providers.demo: the demo sign-in runs in development only \(NODE_ENV is test\)/,
    );
  });

  it('fails at start-up naming the key when an admin group is not a group', () => {
    expect(
      readAdminGroups(
        new ConfigReader({
          portal: { adminGroups: ['admins', 'group:ops/sre'] },
        }),
      ),
    ).toEqual(['group:default/admins', 'group:ops/sre']);
    expect(() =>
      readAdminGroups(
        new ConfigReader({ portal: { adminGroups: ['user:default/olu'] } }),
      ),
    ).toThrow(
      "Invalid config at portal.adminGroups[0]: 'user:default/olu' is not a group reference",
    );
  });
});
