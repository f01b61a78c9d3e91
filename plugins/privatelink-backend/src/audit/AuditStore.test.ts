import { FrozenAuditFacts } from '@privatelink-portal/plugin-privatelink-common';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import knexFactory, { Knex } from 'knex';
import { migrate } from '../database';
import { AuditStore, NewCampaign, NewDecision } from './AuditStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const facts = (title: string): FrozenAuditFacts => ({
  title,
  type: 'Interface',
  resourceId: title,
  serviceName: 'com.amazonaws.us-east-1.kms',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: 'vpc-1',
  state: 'available',
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  usage: {
    from: '2026-08-25',
    to: '2026-11-24',
    daysCollected: 92,
    bytesProcessed: 1000,
  },
  health: { status: 'healthy', reasons: [] },
  findings: [],
});

const campaign = (
  id: string,
  titles: string[],
  overrides: Partial<NewCampaign> = {},
): NewCampaign => ({
  id,
  owner: 'group:default/payments',
  quarter: '2026-Q4',
  openedAt: '2026-10-01T06:00:00.000Z',
  dueAt: '2026-10-31T00:00:00.000Z',
  openedBy: 'scheduler',
  departures: [],
  items: titles.map(t => ({
    entityRef: `resource:default/${t}`,
    kind: 'endpoint',
    facts: facts(t),
    drift: [],
  })),
  ...overrides,
});

const uuid = (n: number) =>
  `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe.each(ids)('AuditStore on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    return { knex, store: new AuditStore(knex) };
  }

  /** A second "backend instance": its own connection pool to the same database (PostgreSQL). */
  function secondInstance(knex: Knex): {
    store: AuditStore;
    close(): Promise<void>;
  } {
    if (databaseId === 'SQLITE_3')
      return { store: new AuditStore(knex), close: async () => {} };
    const other = knexFactory(knex.client.config);
    return { store: new AuditStore(other), close: () => other.destroy() };
  }

  it("opens one campaign per owner and quarter when two schedulers race, with the winner's items only", async () => {
    const { knex, store } = await createStore();
    const second = secondInstance(knex);
    try {
      const results = await Promise.all([
        store.openCampaign(campaign(uuid(1), ['a', 'b'])),
        second.store.openCampaign(campaign(uuid(2), ['a', 'b', 'c'])),
        store.openCampaign(campaign(uuid(3), ['a'])),
      ]);
      expect(results.filter(r => r.opened)).toHaveLength(1);
      const winner = results.find(r => r.opened)!.id;
      expect(new Set(results.map(r => r.id))).toEqual(new Set([winner]));
      expect(
        Number(
          (await knex('privatelink_audit_campaigns').count({ n: '*' }))[0].n,
        ),
      ).toBe(1);
      const items = await knex('privatelink_audit_items').where({
        campaign_id: winner,
      });
      expect(items).toHaveLength(
        { [uuid(1)]: 2, [uuid(2)]: 3, [uuid(3)]: 1 }[winner],
      );
      expect(
        Number((await knex('privatelink_audit_items').count({ n: '*' }))[0].n),
      ).toBe(items.length);
    } finally {
      await second.close();
    }
  });

  it('never rewrites a frozen campaign: a rerun with a changed inventory opens nothing', async () => {
    const { store } = await createStore();
    expect(await store.openCampaign(campaign(uuid(1), ['a', 'b']))).toEqual({
      id: uuid(1),
      opened: true,
    });
    const changed = campaign(uuid(2), ['b', 'c']);
    changed.items[0].facts.state = 'deleted';
    expect(await store.openCampaign(changed)).toEqual({
      id: uuid(1),
      opened: false,
    });
    const stored = await store.campaign(uuid(1));
    expect(stored!.items.map(i => i.entityRef)).toEqual([
      'resource:default/a',
      'resource:default/b',
    ]);
    expect(stored!.items[1].facts).toEqual(facts('b'));
    // Another quarter is another campaign, and it sees this one as the previous.
    await store.openCampaign(
      campaign(uuid(3), ['c'], {
        quarter: '2027-Q1',
        openedAt: '2027-01-01T06:00:00.000Z',
      }),
    );
    const previous = await store.previousCampaign(
      'group:default/payments',
      '2027-Q1',
    );
    expect(previous?.id).toBe(uuid(1));
    expect([...previous!.items.keys()]).toEqual([
      'resource:default/a',
      'resource:default/b',
    ]);
    expect(
      await store.previousCampaign('group:default/payments', '2026-Q4'),
    ).toBeUndefined();
    expect(
      await store.lastAuditedOwners([
        'resource:default/c',
        'resource:default/zz',
      ]),
    ).toEqual(new Map([['resource:default/c', 'group:default/payments']]));
  });

  it('keeps decisions append-only, the latest counting, and records a replay once', async () => {
    const { knex, store } = await createStore();
    await store.openCampaign(campaign(uuid(1), ['a', 'b']));
    const decision = (over: Partial<NewDecision>): NewDecision => ({
      campaignId: uuid(1),
      entityRef: 'resource:default/a',
      decision: 'keep',
      comment: 'Still used by the ledger',
      actor: 'user:default/guest',
      decidedAt: '2026-10-02T10:00:00.000Z',
      idempotencyKey: 'key-0000001',
      ...over,
    });
    const first = await store.recordDecision(decision({}));
    expect(first).toEqual({
      replayed: false,
      decision: {
        id: expect.any(Number),
        decision: 'keep',
        comment: 'Still used by the ledger',
        actor: 'user:default/guest',
        decidedAt: '2026-10-02T10:00:00.000Z',
      },
    });
    // The same request again (a retry): the same decision back, nothing new stored.
    expect(
      await store.recordDecision(
        decision({ decidedAt: '2026-10-02T10:00:05.000Z' }),
      ),
    ).toEqual({
      ...first,
      replayed: true,
    });
    // The key again with something else: a conflict, nothing stored.
    expect(
      await store.recordDecision(decision({ decision: 'retire' })),
    ).toEqual({
      conflict: expect.objectContaining({
        decision: 'keep',
        entityRef: 'resource:default/a',
      }),
    });
    await store.recordDecision(
      decision({
        decision: 'fix',
        fix: 'Narrow the policy',
        comment: 'Policy too wide',
        idempotencyKey: 'key-0000002',
        decidedAt: '2026-10-03T10:00:00.000Z',
      }),
    );
    const stored = await store.campaign(uuid(1));
    expect(
      stored!.decisions.map(d => [d.entityRef, d.decision, d.fix]),
    ).toEqual([
      ['resource:default/a', 'keep', undefined],
      ['resource:default/a', 'fix', 'Narrow the policy'],
    ]);
    expect(
      Number(
        (await knex('privatelink_audit_decisions').count({ n: '*' }))[0].n,
      ),
    ).toBe(2);
  });

  it('reports progress: open, overdue after the due date, complete when every item has a decision', async () => {
    const { store } = await createStore();
    await store.openCampaign(campaign(uuid(1), ['a', 'b']));
    await store.openCampaign(
      campaign(uuid(2), [], { owner: 'group:default/identity' }),
    );
    const record = (entity: string, key: string, at: string) =>
      store.recordDecision({
        campaignId: uuid(1),
        entityRef: `resource:default/${entity}`,
        decision: 'keep',
        comment: 'ok',
        actor: 'user:default/guest',
        decidedAt: at,
        idempotencyKey: key,
      });
    await record('a', 'key-a-000001', '2026-10-05T00:00:00.000Z');
    await record('a', 'key-a-000002', '2026-10-06T00:00:00.000Z');
    const list = (at: string) =>
      store.listCampaigns({ quarter: '2026-Q4' }, new Date(at));
    expect(await list('2026-10-10T00:00:00Z')).toEqual([
      expect.objectContaining({
        owner: 'group:default/identity',
        items: 0,
        decided: 0,
        status: 'complete',
      }),
      expect.objectContaining({
        owner: 'group:default/payments',
        items: 2,
        decided: 1,
        status: 'open',
      }),
    ]);
    expect((await list('2026-11-01T00:00:00Z'))[1].status).toBe('overdue');
    await record('b', 'key-b-000001', '2026-11-02T00:00:00.000Z');
    expect((await list('2026-11-03T00:00:00Z'))[1]).toMatchObject({
      decided: 2,
      status: 'complete',
      completedAt: '2026-11-02T00:00:00.000Z',
    });
    expect(
      await store.listCampaigns(
        { owner: 'group:default/payments', quarter: '2027-Q1' },
        new Date(),
      ),
    ).toEqual([]);
  });
});
