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
/**
 * Rows kept in memory between requests, the least recently asked dropped first: about 2 KB each,
 * so a few dozen MB whatever the fleet's size, and the whole inventory of the tenants asked most.
 */
const CACHED_ROWS = 20_000;

/** A row as an evaluation computed it, with the entity's etag then. */
export type KeptRow =
  | { kind: 'endpoint'; entityRef: string; etag?: string; row: InventoryRow }
  | {
      kind: 'service';
      entityRef: string;
      etag?: string;
      row: ProvidedServiceRow;
    };

type Stamped = KeptRow & { computedAt: string };

/**
 * The inventory rows of the last evaluation, replaced whole after each one (a row's figures are
 * as old as the evaluation; a request recomputes the rows of entities that changed since). Rows
 * read are also kept in memory until the next replacement, which one indexed read of the rows'
 * time detects (on any replica): a request for rows already read reads no row again.
 */
export class InventoryStore {
  private readonly cached = new Map<string, Stamped>();
  /** The evaluation (its time) the cached rows are of. */
  private cachedOf: string | null = null;

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

  /**
   * The kept rows of these entities, with when they were computed; absent ones are not in it.
   * The rows are shared with later callers: read them, do not change them.
   */
  async rowsOf(entityRefs: string[]): Promise<Map<string, Stamped>> {
    // Every row of one evaluation has its time: any row tells which evaluation is kept.
    const current: string | null =
      (await this.knex(TABLE).first('computed_at'))?.computed_at ?? null;
    if (current !== this.cachedOf) {
      this.cached.clear();
      this.cachedOf = current;
    }
    const kept = new Map<string, Stamped>();
    if (current === null) return kept;
    const missing: string[] = [];
    for (const ref of entityRefs) {
      const hit = this.cached.get(ref);
      if (!hit) {
        missing.push(ref);
        continue;
      }
      kept.set(ref, hit);
      // Most recently asked last: the first ones are dropped first.
      this.cached.delete(ref);
      this.cached.set(ref, hit);
    }
    for (let i = 0; i < missing.length; i += READ_BATCH) {
      const found: Array<{
        entity_ref: string;
        kind: string;
        etag: string | null;
        row: string;
        computed_at: string;
      }> = await this.knex(TABLE)
        .whereIn('entity_ref', missing.slice(i, i + READ_BATCH))
        .select('entity_ref', 'kind', 'etag', 'row', 'computed_at');
      for (const r of found) {
        const row = {
          kind: r.kind,
          entityRef: r.entity_ref,
          ...(r.etag ? { etag: r.etag } : {}),
          row: JSON.parse(r.row),
          computedAt: r.computed_at,
        } as Stamped;
        kept.set(r.entity_ref, row);
        // A row of a newer evaluation than the one checked waits for the next request's check.
        if (r.computed_at === current) this.cached.set(r.entity_ref, row);
      }
    }
    for (const ref of this.cached.keys()) {
      if (this.cached.size <= CACHED_ROWS) break;
      this.cached.delete(ref);
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
