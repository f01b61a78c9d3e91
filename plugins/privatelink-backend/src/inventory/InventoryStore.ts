import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  InventoryRow,
  ProvidedServiceRow,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { privatelinkDatabaseServiceRef } from '../database';

const TABLE = 'privatelink_inventory_rows';
/** Rows per insert: 5 columns, far under SQLite's 999 bound variables. */
const INSERT_BATCH = 150;
/** Refs per read: under SQLite's 999 bound variables. */
const READ_BATCH = 500;

/** A row as an evaluation computed it, with the entity's etag then. */
export type KeptRow =
  | { kind: 'endpoint'; entityRef: string; etag?: string; row: InventoryRow }
  | {
      kind: 'service';
      entityRef: string;
      etag?: string;
      row: ProvidedServiceRow;
    };

/**
 * The inventory rows of the last evaluation, replaced whole after each one (a row's figures are
 * as old as the evaluation; a request recomputes the rows of entities that changed since).
 */
export class InventoryStore {
  constructor(private readonly knex: Knex) {}

  /** Replaces every kept row in one transaction: readers see the old rows or the new ones. */
  async replace(rows: KeptRow[], at: Date): Promise<void> {
    const computedAt = at.toISOString();
    const all = rows.map(r => ({
      entity_ref: r.entityRef,
      kind: r.kind,
      etag: r.etag ?? null,
      row: JSON.stringify(r.row),
      computed_at: computedAt,
    }));
    await this.knex.transaction(async trx => {
      await trx(TABLE).delete();
      for (let i = 0; i < all.length; i += INSERT_BATCH)
        await trx(TABLE).insert(all.slice(i, i + INSERT_BATCH));
    });
  }

  /** The kept rows of these entities, with when they were computed; absent ones are not in it. */
  async rowsOf(
    entityRefs: string[],
  ): Promise<Map<string, KeptRow & { computedAt: string }>> {
    const kept = new Map<string, KeptRow & { computedAt: string }>();
    for (let i = 0; i < entityRefs.length; i += READ_BATCH) {
      const found: Array<{
        entity_ref: string;
        kind: string;
        etag: string | null;
        row: string;
        computed_at: string;
      }> = await this.knex(TABLE)
        .whereIn('entity_ref', entityRefs.slice(i, i + READ_BATCH))
        .select('entity_ref', 'kind', 'etag', 'row', 'computed_at');
      for (const r of found)
        kept.set(r.entity_ref, {
          kind: r.kind,
          entityRef: r.entity_ref,
          ...(r.etag ? { etag: r.etag } : {}),
          row: JSON.parse(r.row),
          computedAt: r.computed_at,
        } as KeptRow & { computedAt: string });
    }
    return kept;
  }
}

export const inventoryStoreServiceRef = createServiceRef<InventoryStore>({
  id: 'privatelink.inventory-store',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: privatelinkDatabaseServiceRef },
      factory: ({ database }) => new InventoryStore(database),
    }),
});
