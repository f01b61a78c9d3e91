import {
  PrivateLinkEntity,
  readPrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { endpointEntity, providedServiceEntity } from '../testEntities';
import { InventoryService } from './InventoryService';
import { InventoryStore } from './InventoryStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

/** An entity as the catalog gives it, with the etag it has now. */
function read(entity: ReturnType<typeof endpointEntity>, etag?: string) {
  const parsed = readPrivateLinkEntity({
    ...entity,
    metadata: { ...entity.metadata, ...(etag ? { etag } : {}) },
  });
  if (!parsed?.success) throw new Error('test entity does not parse');
  return parsed.data;
}

describe.each(ids)('InventoryService on %s', databaseId => {
  async function setUp() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    // Each computation prices every endpoint at the number of computations so far, so a row
    // shows whether it was kept (the first figure) or computed again (a later one).
    let computations = 0;
    const catalog: PrivateLinkEntity[] = [];
    const entities = {
      ownedRefs: jest.fn(async () =>
        catalog.map(i => ({
          entityRef: i.entityRef,
          ...(i.entity.metadata.etag ? { etag: i.entity.metadata.etag } : {}),
          ownerRef: 'group:default/payments',
        })),
      ),
      byRefs: jest.fn(async (refs: string[]) => ({
        entities: catalog.filter(i => refs.includes(i.entityRef)),
        invalid: [],
      })),
      descendantGroups: jest.fn(async () => []),
    };
    const inventory = new InventoryService({
      entities: entities as any,
      usage: { idleVerdicts: async () => new Map() } as any,
      cost: {
        costs: async (items: PrivateLinkEntity[]) => {
          computations++;
          return new Map(
            items.map(i => [i.entityRef, { total: computations, saving: 0 }]),
          );
        },
      } as any,
      health: {
        health: async (items: PrivateLinkEntity[]) =>
          new Map(
            items.map(i => [i.entityRef, { status: 'healthy', reasons: [] }]),
          ),
      } as any,
      posture: { openFindings: async () => [] },
      store: new InventoryStore(knex),
    });
    return { inventory, entities, catalog };
  }

  const evaluatedAt = new Date('2026-12-03T06:00:00.000Z');
  const requestedAt = new Date('2026-12-03T09:30:00.000Z');

  it('answers from the rows the evaluation kept, and computes only what changed or appeared since', async () => {
    const { inventory, entities, catalog } = await setUp();
    catalog.push(
      read(endpointEntity('vpce-kept'), 'etag-1'),
      read(endpointEntity('vpce-changed'), 'etag-2'),
      read(providedServiceEntity('vpce-svc-kept') as any, 'etag-3'),
    );
    const kept = await inventory.keep(catalog, evaluatedAt);
    expect(kept.endpoints.map(r => r.monthlyCostUsd)).toEqual([1, 1]);
    expect(kept.services.map(r => r.entityRef)).toEqual([
      'resource:default/vpce-svc-kept',
    ]);

    // Since the evaluation: one endpoint changed (a new etag), one appeared without a kept row.
    catalog[1] = read(endpointEntity('vpce-changed'), 'etag-2b');
    catalog.push(read(endpointEntity('vpce-new'), 'etag-4'));
    const answer = await inventory.inventory(
      'group:default/payments',
      {} as any,
      requestedAt,
    );
    expect(entities.byRefs).toHaveBeenCalledWith(
      ['resource:default/vpce-changed', 'resource:default/vpce-new'],
      expect.anything(),
    );
    const cost = Object.fromEntries(
      answer.endpoints.map(r => [r.endpointId, r.monthlyCostUsd]),
    );
    expect(cost).toEqual({ 'vpce-kept': 1, 'vpce-changed': 2, 'vpce-new': 2 });
    expect(answer.services.map(r => r.entityRef)).toEqual([
      'resource:default/vpce-svc-kept',
    ]);
    expect(answer.rowsAsOf).toBe(evaluatedAt.toISOString());
  });

  it('computes every row where the catalog gives no etag, and then says no row is older', async () => {
    const { inventory, entities, catalog } = await setUp();
    catalog.push(read(endpointEntity('vpce-1')));
    await inventory.keep(catalog, evaluatedAt);
    const answer = await inventory.inventory(
      'group:default/payments',
      {} as any,
      requestedAt,
    );
    expect(entities.byRefs).toHaveBeenCalledWith(
      ['resource:default/vpce-1'],
      expect.anything(),
    );
    expect(answer.endpoints.map(r => r.monthlyCostUsd)).toEqual([2]);
    expect(answer.rowsAsOf).toBeUndefined();
  });

  it("reuses a caller's listing while paging, never another caller's", async () => {
    const { inventory, entities, catalog } = await setUp();
    catalog.push(read(endpointEntity('vpce-1'), 'e1'));
    await inventory.keep(catalog, evaluatedAt);
    const alice = {
      principal: { type: 'user', userEntityRef: 'user:default/alice' },
    } as any;
    const bob = {
      principal: { type: 'user', userEntityRef: 'user:default/bob' },
    } as any;
    const first = await inventory.inventory(
      'group:default/payments',
      alice,
      requestedAt,
      { page: { limit: 1 } },
    );
    // A second page, sorted: the same listing, no catalog query.
    catalog.push(read(endpointEntity('vpce-2'), 'e2'));
    const second = await inventory.inventory(
      'group:default/payments',
      alice,
      requestedAt,
      { page: { sort: 'monthlyCostUsd', order: 'desc' } },
    );
    expect(entities.ownedRefs).toHaveBeenCalledTimes(1);
    expect(second.total).toBe(1);
    expect(second.listedAt).toBe(first.listedAt);
    // Another caller is listed for itself, and sees what the catalog has now.
    const other = await inventory.inventory(
      'group:default/payments',
      bob,
      requestedAt,
    );
    expect(entities.ownedRefs).toHaveBeenCalledTimes(2);
    expect(entities.ownedRefs).toHaveBeenLastCalledWith(
      ['group:default/payments'],
      bob,
      ['endpoint', 'service'],
    );
    expect(other.total).toBe(2);
    // With child teams it is another listing.
    await inventory.inventory('group:default/payments', alice, requestedAt, {
      includeChildren: true,
    });
    expect(entities.ownedRefs).toHaveBeenCalledTimes(3);
  });

  it('leaves out an entity the listing no longer has, and names each row owner with child teams', async () => {
    const { inventory, catalog } = await setUp();
    catalog.push(
      read(endpointEntity('vpce-1'), 'e1'),
      read(endpointEntity('vpce-2'), 'e2'),
    );
    await inventory.keep(catalog, evaluatedAt);
    catalog.pop();
    const answer = await inventory.inventory(
      'group:default/payments',
      {} as any,
      requestedAt,
      { includeChildren: true },
    );
    expect(answer.endpoints.map(r => [r.endpointId, r.ownerRef])).toEqual([
      ['vpce-1', 'group:default/payments'],
    ]);
  });
});
