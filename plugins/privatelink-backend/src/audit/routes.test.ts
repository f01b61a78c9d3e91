import {
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
} from '@privatelink-portal/plugin-privatelink-common';
import { manualScheduler } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import request from 'supertest';
import { privatelinkPlugin } from '../plugin';
import { endpointEntity } from '../testEntities';

jest.setTimeout(30_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const { factory: schedulerFactory } = manualScheduler();

const MEMBER = 'user:default/guest';
const OUTSIDER = 'user:default/dana';
const MANAGER = 'user:default/olu';

/**
 * A policy as the portal's: anyone signed in reads; audit managers manage; acknowledging an item
 * is for the owner of its entity (here, the member decides on what payments owns).
 */
const permissions = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: (): PermissionsService => ({
    async authorize(requests, { credentials }) {
      const user = (credentials.principal as { userEntityRef?: string })
        .userEntityRef;
      return requests.map(r => {
        if (r.permission.name === privatelinkAuditManagePermission.name) {
          return {
            result:
              user === MANAGER ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          };
        }
        if (r.permission.name === privatelinkAuditAcknowledgePermission.name) {
          const mine =
            user === MEMBER &&
            (r as { resourceRef?: string }).resourceRef ===
              'resource:default/vpce-1';
          return {
            result: mine ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
          };
        }
        return { result: AuthorizeResult.ALLOW };
      });
    },
    async authorizeConditional(requests) {
      return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
    },
  }),
});

async function start() {
  const events: Array<{ eventId: string; meta?: unknown; outcome?: string }> =
    [];
  const auditor = mockServices.auditor.mock({
    createEvent: async options => {
      const event: { eventId: string; meta?: unknown; outcome?: string } = {
        eventId: options.eventId,
        meta: options.meta,
      };
      events.push(event);
      return {
        success: async () => {
          event.outcome = 'success';
        },
        fail: async () => {
          event.outcome = 'fail';
        },
      };
    },
  });
  const { server } = await startTestBackend({
    features: [
      privatelinkPlugin,
      mockServices.rootConfig.factory({
        data: {
          privatelink: {
            accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
          },
        },
      }),
      mockServices.database.factory({ knex: await databases.init('SQLITE_3') }),
      catalogServiceMock.factory({
        entities: [endpointEntity('vpce-1'), endpointEntity('vpce-2')],
      }),
      permissions,
      auditor.factory,
      // Campaigns open on demand here, not from the scheduled task.
      schedulerFactory,
    ],
  });
  return { server, events };
}

const as = (user: string) => mockCredentials.user.header(user);
const api = '/api/privatelink';

async function openCampaign(server: any) {
  const res = await request(server)
    .post(`${api}/audits`)
    .set('Authorization', as(MANAGER))
    .send({ owner: 'payments' });
  expect(res.status).toBe(201);
  return res.body.campaign.id as string;
}

const decision = (over: Record<string, unknown> = {}) => ({
  decision: 'keep',
  comment: 'Used by the ledger every day',
  idempotencyKey: 'decision-0001',
  ...over,
});

describe('audit routes', () => {
  it('needs credentials on every audit route', async () => {
    const { server } = await start();
    for (const [method, path] of [
      ['get', '/audits'],
      ['post', '/audits'],
      ['get', '/audits/00000000-0000-4000-8000-000000000001'],
      ['get', '/audits/00000000-0000-4000-8000-000000000001/export'],
      [
        'post',
        '/audits/00000000-0000-4000-8000-000000000001/items/resource/default/vpce-1/decisions',
      ],
      ['get', '/entities/resource/default/vpce-1/audit'],
    ] as const) {
      const res = await request(server)
        [method](`${api}${path}`)
        .set('Authorization', mockCredentials.none.header());
      expect([path, res.status]).toEqual([path, 401]);
    }
  });

  it('opens campaigns for managers only, once per owner and quarter', async () => {
    const { server, events } = await start();
    const refused = await request(server)
      .post(`${api}/audits`)
      .set('Authorization', as(MEMBER))
      .send({ owner: 'payments' });
    expect(refused.status).toBe(403);
    const id = await openCampaign(server);
    const again = await request(server)
      .post(`${api}/audits`)
      .set('Authorization', as(MANAGER))
      .send({ owner: 'payments' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      opened: false,
      campaign: { id, items: 2, openedBy: MANAGER },
    });
    expect(
      events
        .filter(e => e.eventId === 'audit-campaign-open')
        .map(e => e.outcome),
    ).toEqual(['success', 'success']);
    const bad = await request(server)
      .post(`${api}/audits`)
      .set('Authorization', as(MANAGER))
      .send({ owner: 'group:' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain(
      'owner is not an entity reference',
    );
  });

  it('lets a member and a manager decide, refuses others, and takes the actor from credentials', async () => {
    const { server, events } = await start();
    const id = await openCampaign(server);
    const path = `${api}/audits/${id}/items/resource/default/vpce-1/decisions`;

    const outsider = await request(server)
      .post(path)
      .set('Authorization', as(OUTSIDER))
      .send(decision());
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toContain(
      'Only members of group:default/payments or audit managers',
    );

    const member = await request(server)
      .post(path)
      .set('Authorization', as(MEMBER))
      .send(decision({ actor: 'user:default/someone-else' }));
    expect(member.status).toBe(201);
    expect(member.body).toMatchObject({
      replayed: false,
      decision: { decision: 'keep', actor: MEMBER },
    });

    const replay = await request(server)
      .post(path)
      .set('Authorization', as(MEMBER))
      .send(decision({ actor: 'x' }));
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ ...member.body, replayed: true });

    const manager = await request(server)
      .post(path)
      .set('Authorization', as(MANAGER))
      .send(
        decision({
          decision: 'fix',
          fix: 'Narrow the policy to the ledger bucket',
          idempotencyKey: 'decision-0002',
        }),
      );
    expect(manager.status).toBe(201);

    const campaign = await request(server)
      .get(`${api}/audits/${id}`)
      .set('Authorization', as(OUTSIDER));
    expect(campaign.status).toBe(200);
    const item = campaign.body.entries.find(
      (e: any) => e.entityRef === 'resource:default/vpce-1',
    );
    expect(item.history.map((d: any) => [d.decision, d.actor])).toEqual([
      ['keep', MEMBER],
      ['fix', MANAGER],
    ]);
    expect(item.decision).toMatchObject({
      decision: 'fix',
      fix: 'Narrow the policy to the ledger bucket',
    });
    expect(campaign.body).toMatchObject({
      items: 2,
      decided: 1,
      status: 'open',
    });
    expect(
      events.filter(e => e.eventId === 'audit-decision').map(e => e.outcome),
    ).toEqual(['success', 'success', 'success']);
    expect(
      events.find(e => e.eventId === 'audit-decision')?.meta,
    ).toMatchObject({ entityRef: 'resource:default/vpce-1', decision: 'keep' });

    const history = await request(server)
      .get(`${api}/entities/resource/default/vpce-1/audit`)
      .set('Authorization', as(MEMBER));
    expect(history.body.items).toEqual([
      expect.objectContaining({
        campaign: expect.objectContaining({ id }),
        item: expect.objectContaining({ history: item.history }),
      }),
    ]);
  });

  it.each([
    [
      { decision: 'delete', comment: 'x', idempotencyKey: 'decision-0001' },
      'decision must be keep, fix or retire',
    ],
    [
      { decision: 'keep', comment: '  ', idempotencyKey: 'decision-0001' },
      'comment is required',
    ],
    [
      { decision: 'fix', comment: 'x', idempotencyKey: 'decision-0001' },
      'fix is required for a fix decision',
    ],
    [{ decision: 'keep', comment: 'x' }, 'idempotencyKey is required'],
    [
      { decision: 'keep', comment: 'x', idempotencyKey: 'short' },
      'idempotencyKey must be 8 to 128',
    ],
  ])('answers 400 to %j saying what is wrong', async (body, message) => {
    const { server } = await start();
    const id = await openCampaign(server);
    const res = await request(server)
      .post(`${api}/audits/${id}/items/resource/default/vpce-1/decisions`)
      .set('Authorization', as(MEMBER))
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 404 for an unknown campaign or item, 409 for a reused key, 400 for a bad id or quarter', async () => {
    const { server } = await start();
    const id = await openCampaign(server);
    const post = (path: string, body: object, user = MEMBER) =>
      request(server)
        .post(`${api}${path}`)
        .set('Authorization', as(user))
        .send(body);
    expect(
      (
        await post(
          '/audits/00000000-0000-4000-8000-000000000009/items/resource/default/vpce-1/decisions',
          decision(),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await post(
          `/audits/${id}/items/resource/default/vpce-9/decisions`,
          decision(),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await post(
          '/audits/not-an-id/items/resource/default/vpce-1/decisions',
          decision(),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await post(
          `/audits/${id}/items/resource/default/vpce-1/decisions`,
          decision(),
        )
      ).status,
    ).toBe(201);
    const reused = await post(
      `/audits/${id}/items/resource/default/vpce-1/decisions`,
      decision({ decision: 'retire' }),
    );
    expect(reused.status).toBe(409);
    const quarter = await request(server)
      .get(`${api}/audits?quarter=2026-Q5`)
      .set('Authorization', as(MEMBER));
    expect(quarter.status).toBe(400);
    expect(quarter.body.error.message).toContain(
      'quarter must be a calendar quarter',
    );
  });

  it('lists campaigns and exports them as formula-safe CSV and as JSON', async () => {
    const { server } = await start();
    const id = await openCampaign(server);
    await request(server)
      .post(`${api}/audits/${id}/items/resource/default/vpce-2/decisions`)
      .set('Authorization', as(MANAGER))
      .send(
        decision({
          decision: 'retire',
          comment: '=cmd|calc',
          idempotencyKey: 'decision-0003',
        }),
      );
    const list = await request(server)
      .get(`${api}/audits?owner=payments`)
      .set('Authorization', as(MEMBER));
    expect(list.body.campaigns).toEqual([
      expect.objectContaining({
        id,
        owner: 'group:default/payments',
        decided: 1,
        items: 2,
      }),
    ]);

    const csv = await request(server)
      .get(`${api}/audits/${id}/export?format=csv`)
      .set('Authorization', as(MEMBER));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(
      /filename="privatelink-audit-payments-\d{4}-Q[1-4]\.csv"/,
    );
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',').slice(0, 6)).toEqual([
      'tenant',
      'quarter',
      'campaignOpenedAt',
      'campaignDueAt',
      'entityRef',
      'title',
    ]);
    expect(lines[2]).toContain("'=cmd|calc");
    expect(lines[2]).toContain(`retire,,'=cmd|calc,${MANAGER}`);

    const json = await request(server)
      .get(`${api}/audits/${id}/export?format=json`)
      .set('Authorization', as(MEMBER));
    expect(json.body).toMatchObject({
      exportedBy: MEMBER,
      campaign: { id, entries: expect.any(Array) },
    });
    const bad = await request(server)
      .get(`${api}/audits/${id}/export?format=xlsx`)
      .set('Authorization', as(MEMBER));
    expect(bad.status).toBe(400);
  });

  it('keeps clean items unchanged in one batch for those allowed, and records nothing of a refused batch', async () => {
    const { server, events } = await start();
    const id = await openCampaign(server);
    const keep = (user: string, body: Record<string, unknown>) =>
      request(server)
        .post(`${api}/audits/${id}/keep-unchanged`)
        .set('Authorization', as(user))
        .send({
          entityRefs: ['resource:default/vpce-1', 'resource:default/vpce-2'],
          comment: 'Reviewed with the ledger team: both in daily use',
          idempotencyKey: 'batch-0001',
          ...body,
        });
    const decided = async () =>
      (
        await request(server)
          .get(`${api}/audits/${id}`)
          .set('Authorization', as(MANAGER))
      ).body.decided;

    // The member may decide on vpce-1 only: the batch is refused whole, naming vpce-2.
    const member = await keep(MEMBER, {});
    expect(member.status).toBe(403);
    expect(member.body.error.message).toBe(
      'Nothing was kept: only members of group:default/payments or audit managers may decide on resource:default/vpce-2',
    );
    // An item of no campaign, or one listed twice: 400, naming it and why.
    const stranger = await keep(MANAGER, {
      entityRefs: ['resource:default/vpce-1', 'resource:default/vpce-9'],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toContain(
      'resource:default/vpce-9: not an item of campaign',
    );
    const twice = await keep(MANAGER, {
      entityRefs: ['resource:default/vpce-1', 'resource:default/vpce-1'],
    });
    expect(twice.body.error.message).toContain(
      'resource:default/vpce-1: listed twice',
    );
    const empty = await keep(MANAGER, { entityRefs: [] });
    expect(empty.body.error.message).toContain(
      'entityRefs must be the items to keep unchanged, 1 to 500 entity refs',
    );
    expect(await decided()).toBe(0);

    // The manager keeps both: one decision each, the actor from credentials, not the body.
    const kept = await keep(MANAGER, { actor: MEMBER });
    expect(kept.status).toBe(201);
    expect(kept.body.replayed).toBe(0);
    expect(kept.body.decisions).toEqual([
      expect.objectContaining({
        decision: 'keep',
        actor: MANAGER,
        comment: 'Reviewed with the ledger team: both in daily use',
      }),
      expect.objectContaining({ decision: 'keep', actor: MANAGER }),
    ]);
    expect(await decided()).toBe(2);
    expect(
      events.find(e => e.eventId === 'audit-decision' && e.outcome),
    ).toMatchObject({ meta: { items: 2 }, outcome: 'success' });

    // A replay records nothing more and says so.
    const replay = await keep(MANAGER, {});
    expect(replay.status).toBe(200);
    expect(replay.body.replayed).toBe(2);
    expect(replay.body.decisions.map((d: { id: number }) => d.id)).toEqual(
      kept.body.decisions.map((d: { id: number }) => d.id),
    );
    const list = await request(server)
      .get(`${api}/audits?owner=payments`)
      .set('Authorization', as(MEMBER));
    expect(list.body.campaigns[0]).toMatchObject({
      decided: 2,
      status: 'complete',
      lastDecisionAt: kept.body.decisions[1].decidedAt,
    });
  });

  it("exports every tenant's campaign of a quarter in one CSV", async () => {
    const { server } = await start();
    const id = await openCampaign(server);
    const { quarter } = (
      await request(server)
        .get(`${api}/audits/${id}`)
        .set('Authorization', as(MEMBER))
    ).body;
    const csv = await request(server)
      .get(`${api}/audits/quarters/${quarter}/export`)
      .set('Authorization', as(MEMBER));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="privatelink-audit-${quarter}.csv"`,
    );
    const lines = csv.text.trim().split('\r\n');
    expect(lines.map(l => l.split(',').slice(0, 2).join(','))).toEqual([
      'tenant,quarter',
      `group:default/payments,${quarter}`,
      `group:default/payments,${quarter}`,
    ]);
    const bad = await request(server)
      .get(`${api}/audits/quarters/2026-Q5/export`)
      .set('Authorization', as(MEMBER));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'quarter must be a calendar quarter such as 2026-Q4',
    );
  });
});
