import { mockServices } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { CostService } from '../cost/CostService';
import { migrate } from '../database';
import { PrivateLinkEntities } from '../entities';
import { HealthService } from '../health/HealthService';
import { FindingsStore } from '../posture/FindingsStore';
import { readPrivateLinkBackendConfig } from '../settings';
import { endpointEntity } from '../testEntities';
import { DatabaseUsageStore } from '../usage/DatabaseUsageStore';
import { addDays, lastCompleteDay } from '../calendar';
import { UsageService } from '../usage/UsageService';
import { AuditService } from './AuditService';
import { AuditStore } from './AuditStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const owned = (
  name: string,
  owner: string,
  createdAt = '2025-01-01T00:00:00.000Z',
): Entity => {
  const entity = endpointEntity(name, { createdAt });
  entity.spec!.owner = owner;
  entity.relations = [{ type: 'ownedBy', targetRef: owner }];
  return entity;
};

describe.each(ids)('AuditService on %s', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    const settings = readPrivateLinkBackendConfig(
      new ConfigReader({
        privatelink: {
          accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
          audit: { dueInDays: 21 },
        },
      }),
    );
    const usageStore = new DatabaseUsageStore(knex);
    const findings = new FindingsStore(knex);
    // The catalog as it stands, replaced between quarters; every read it serves is counted.
    let catalog = catalogServiceMock({ entities: [] });
    const reads: Array<{ method: string; entities: number }> = [];
    const counted = new Proxy({} as CatalogService, {
      get:
        (_target, method: keyof CatalogService) =>
        async (...args: unknown[]) => {
          const result = await (
            catalog[method] as (...a: unknown[]) => Promise<any>
          )(...args);
          reads.push({
            method,
            entities: (result.items ?? []).filter(Boolean).length,
          });
          return result;
        },
    });
    const entities = new PrivateLinkEntities({
      catalog: counted,
      permissions: mockServices.permissions(),
      logger: mockServices.logger.mock(),
    });
    const usage = new UsageService(usageStore, settings);
    const store = new AuditStore(knex);
    const service = new AuditService({
      auth: mockServices.auth(),
      entities,
      store,
      usage,
      cost: new CostService(usage, settings),
      health: new HealthService(usage, settings),
      posture: findings,
      settings,
    });
    /** Days of traffic (bytes) per endpoint, through `through`. */
    const traffic = (
      ref: string,
      through: string,
      bytes: (daysAgo: number) => number,
      days = 120,
    ) =>
      usageStore.upsertDailyUsage(
        Array.from({ length: days }, (_, i) => ({
          entityRef: ref,
          day: addDays(through, -i),
          bytesProcessed: bytes(i),
          newConnections: 0,
          activeConnectionsMax: 0,
          packetsDropped: 0,
          resetPackets: 0,
        })),
      );
    return {
      knex,
      service,
      store,
      findings,
      traffic,
      reads,
      setCatalog: (next: Entity[]) => {
        catalog = catalogServiceMock({ entities: next });
      },
    };
  }

  it("freezes each owner's items, and the next quarter's drift is exactly what changed", async () => {
    const { service, findings, traffic, setCatalog } = await setUp();
    const q3 = new Date('2026-07-01T06:00:00Z');
    const payments = 'group:default/payments';
    const identity = 'group:default/identity';
    setCatalog([
      owned('vpce-keep', payments),
      owned('vpce-gone', payments),
      owned('vpce-quiet', payments),
      owned('vpce-moves', payments),
      owned('vpce-arrives', identity),
    ]);
    for (const name of [
      'vpce-keep',
      'vpce-gone',
      'vpce-quiet',
      'vpce-moves',
      'vpce-arrives',
    ]) {
      await traffic(
        `resource:default/${name}`,
        lastCompleteDay(q3),
        () => 2 ** 30,
      );
    }
    await findings.reconcile(
      ['resource:default/vpce-keep'],
      [
        {
          entityRef: 'resource:default/vpce-keep',
          checkId: 'sg-open-ingress',
          severity: 'high',
          title: 'Open SG',
          evidence: ['0.0.0.0/0'],
          fix: 'narrow',
        },
      ],
      q3,
    );

    expect(await service.openDue(q3)).toEqual({
      opened: [identity, payments],
      existing: 0,
    });
    // A rerun (or a second replica) opens nothing.
    expect(await service.openDue(q3)).toEqual({ opened: [], existing: 2 });
    const [q3Payments] = await service.list(
      { owner: payments, quarter: '2026-Q3' },
      q3,
    );
    expect(q3Payments).toMatchObject({
      items: 4,
      decided: 0,
      status: 'open',
      dueAt: '2026-07-22T00:00:00.000Z',
      openedBy: 'scheduler',
    });
    const first = (await service.campaign(q3Payments.id, q3))!;
    expect(first.entries.map(e => e.drift)).toEqual([[], [], [], []]);
    const keep = first.entries.find(
      e => e.entityRef === 'resource:default/vpce-keep',
    )!;
    expect(keep.facts).toMatchObject({
      type: 'Interface',
      resourceId: 'vpce-keep',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      usage: {
        from: '2026-04-01',
        to: '2026-06-30',
        daysCollected: 91,
        bytesProcessed: 91 * 2 ** 30,
      },
      findings: [expect.objectContaining({ checkId: 'sg-open-ingress' })],
    });
    expect(keep.facts.cost?.monthlyUsd).toBeGreaterThan(0);

    // Next quarter: one deleted, one created, one idle since, one moved to identity (and one
    // moved in from identity), the open security group fixed.
    const q4 = new Date('2026-10-01T06:00:00Z');
    setCatalog([
      owned('vpce-keep', payments),
      owned('vpce-quiet', payments),
      owned('vpce-moves', identity),
      owned('vpce-arrives', payments),
      owned('vpce-new', payments, '2026-09-15T00:00:00.000Z'),
    ]);
    await traffic(
      'resource:default/vpce-keep',
      lastCompleteDay(q4),
      () => 2 ** 30,
      92,
    );
    await traffic(
      'resource:default/vpce-quiet',
      lastCompleteDay(q4),
      () => 0,
      92,
    );
    await traffic(
      'resource:default/vpce-new',
      lastCompleteDay(q4),
      () => 2 ** 20,
      16,
    );
    await findings.reconcile(['resource:default/vpce-keep'], [], q4);

    expect(await service.openDue(q4)).toEqual({
      opened: [identity, payments],
      existing: 0,
    });
    const [q4Payments] = await service.list(
      { owner: payments, quarter: '2026-Q4' },
      q4,
    );
    const second = (await service.campaign(q4Payments.id, q4))!;
    expect(second.previousCampaignId).toBe(q3Payments.id);
    expect(
      Object.fromEntries(
        second.entries.map(e => [e.entityRef, e.drift.map(d => d.type)]),
      ),
    ).toEqual({
      'resource:default/vpce-arrives': ['owner-changed'],
      'resource:default/vpce-keep': ['finding-resolved'],
      'resource:default/vpce-new': ['created'],
      'resource:default/vpce-quiet': ['newly-idle'],
    });
    expect(second.entries[0].drift[0]).toMatchObject({ from: identity });
    expect(second.departures).toEqual([
      expect.objectContaining({
        entityRef: 'resource:default/vpce-gone',
        type: 'deleted',
      }),
      expect.objectContaining({
        entityRef: 'resource:default/vpce-moves',
        type: 'owner-changed',
        to: identity,
      }),
    ]);

    // The first campaign is frozen: it still shows the open security group and four items.
    const again = (await service.campaign(q3Payments.id, q4))!;
    expect(again.entries).toEqual(first.entries);
  });

  it("opens one owner's campaign on demand from the owner's entities and its departed items only, not the fleet", async () => {
    const { service, reads, setCatalog } = await setUp();
    const payments = 'group:default/payments';
    const identity = 'group:default/identity';
    const others = Array.from({ length: 40 }, (_, i) =>
      owned(`vpce-other-${i}`, `group:default/team-${i % 4}`),
    );
    setCatalog([
      owned('vpce-stays', payments),
      owned('vpce-moves', payments),
      owned('vpce-goes', payments),
      ...others,
    ]);
    const q3 = new Date('2026-08-01T06:00:00Z');
    expect(
      (await service.open(payments, 'user:default/auditor', q3)).campaign.items,
    ).toBe(3);
    expect(reads).toEqual([{ method: 'queryEntities', entities: 3 }]);

    setCatalog([
      owned('vpce-stays', payments),
      owned('vpce-moves', identity),
      ...others,
    ]);
    reads.length = 0;
    const q4 = new Date('2026-11-02T06:00:00Z');
    const { campaign } = await service.open(
      payments,
      'user:default/auditor',
      q4,
    );
    // The owner's one entity, then the two that left it, by ref: 2 of the 42 others' entities read.
    expect(reads).toEqual([
      { method: 'queryEntities', entities: 1 },
      { method: 'getEntitiesByRefs', entities: 1 },
    ]);
    expect((await service.campaign(campaign.id, q4))!.departures).toEqual([
      expect.objectContaining({
        entityRef: 'resource:default/vpce-goes',
        type: 'deleted',
      }),
      expect.objectContaining({
        entityRef: 'resource:default/vpce-moves',
        type: 'owner-changed',
        to: identity,
      }),
    ]);
  });

  it("opens one owner's campaign on demand, returning the open one when asked again", async () => {
    const { service, setCatalog } = await setUp();
    setCatalog([owned('vpce-a', 'group:default/payments')]);
    const now = new Date('2026-11-25T12:00:00Z');
    const opened = await service.open(
      'group:default/payments',
      'user:default/auditor',
      now,
    );
    expect(opened).toMatchObject({
      opened: true,
      campaign: {
        quarter: '2026-Q4',
        items: 1,
        openedBy: 'user:default/auditor',
      },
    });
    const again = await service.open(
      'group:default/payments',
      'user:default/other',
      now,
    );
    expect(again).toEqual({ opened: false, campaign: opened.campaign });
    const empty = await service.open(
      'group:default/nobody',
      'user:default/auditor',
      now,
    );
    expect(empty.campaign).toMatchObject({ items: 0, status: 'complete' });
  });
});
