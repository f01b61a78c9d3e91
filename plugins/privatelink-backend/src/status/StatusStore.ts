import {
  InventoryRefreshStatus,
  OperatorsStatus,
  UsageCollectionStatus,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';

const TABLE = 'privatelink_status';

type Kind = 'inventory' | 'usage' | 'invalid-entity' | 'usage-series';

/**
 * The operators' status in the plugin's database, so that every replica serves the same answer
 * whichever replica ran a refresh or a collection.
 */
export class StatusStore {
  constructor(private readonly knex: Knex) {}

  private async put(
    kind: Kind,
    key: string,
    body: unknown,
    trx: Knex = this.knex,
  ) {
    await trx(TABLE)
      .insert({
        kind,
        key,
        body: JSON.stringify(body),
        updated_at: new Date().toISOString(),
      })
      .onConflict(['kind', 'key'])
      .merge();
  }

  private async list<T>(kind: Kind): Promise<T[]> {
    const rows = await this.knex(TABLE).where({ kind }).orderBy('key');
    return rows.map(row => JSON.parse(row.body) as T);
  }

  /**
   * Records an account refresh: what it says replaces what was stored, the rest is kept (a failed
   * refresh keeps the last success time, a success keeps the last error for the record).
   */
  async recordInventory(status: InventoryRefreshStatus): Promise<void> {
    await this.knex.transaction(async trx => {
      const row = await trx(TABLE)
        .where({ kind: 'inventory', key: status.provider })
        .first();
      const previous = row
        ? (JSON.parse(row.body) as InventoryRefreshStatus)
        : undefined;
      const merged: InventoryRefreshStatus = { ...previous, ...status };
      const failed =
        !!merged.lastErrorAt &&
        (!merged.lastSuccessAt || merged.lastErrorAt > merged.lastSuccessAt);
      if (failed)
        merged.failingSince = previous?.failingSince ?? merged.lastErrorAt;
      else delete merged.failingSince;
      await this.put('inventory', status.provider, merged, trx);
    });
  }

  /** The last refresh of an account's inventory, when one is on record. */
  async inventoryOf(
    accountId: string,
  ): Promise<InventoryRefreshStatus | undefined> {
    const row = await this.knex(TABLE)
      .where({ kind: 'inventory', key: `privatelink-account-${accountId}` })
      .first();
    return row ? (JSON.parse(row.body) as InventoryRefreshStatus) : undefined;
  }

  async recordUsage(statuses: UsageCollectionStatus[]): Promise<void> {
    for (const status of statuses) {
      await this.put('usage', `${status.accountId}/${status.region}`, status);
    }
  }

  /** Records which CloudWatch series each provided service was last read from, in words. */
  async recordSeries(series: Map<string, string>): Promise<void> {
    for (const [entityRef, words] of series)
      await this.put('usage-series', entityRef, { series: words });
  }

  /** The series `recordSeries` last recorded for an entity. */
  async seriesOf(entityRef: string): Promise<string | undefined> {
    const row = await this.knex(TABLE)
      .where({ kind: 'usage-series', key: entityRef })
      .first();
    return row
      ? (JSON.parse(row.body) as { series: string }).series
      : undefined;
  }

  /** Replaces the list of entities that do not match the contract with the latest reading. */
  async replaceInvalidEntities(
    invalid: Array<{ entityRef: string; error: string }>,
  ): Promise<void> {
    const seenAt = new Date().toISOString();
    await this.knex.transaction(async trx => {
      await trx(TABLE).where({ kind: 'invalid-entity' }).delete();
      for (const entity of invalid) {
        await this.put(
          'invalid-entity',
          entity.entityRef,
          { ...entity, seenAt },
          trx,
        );
      }
    });
  }

  async read(): Promise<OperatorsStatus> {
    return {
      inventory: await this.list('inventory'),
      usage: await this.list('usage'),
      invalidEntities: await this.list('invalid-entity'),
    };
  }
}
