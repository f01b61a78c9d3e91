import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { DailyUsage } from '../lib/usage';
import { UsageStore } from './UsageStore';

const migrationsDir = resolvePackagePath('@internal/plugin-privatelink-backend', 'migrations');

/** Rows per insert: under SQLite's 999 bound variables with 10 columns. */
const INSERT_BATCH = 100;
const IN_BATCH = 500;

interface UsageRow {
  entity_ref: string;
  day: string;
  bytes_processed: number;
  new_connections: number;
  active_connections_max: number;
  packets_dropped: number;
  reset_packets: number;
  healthy_hosts_min: number | null;
  unhealthy_hosts_max: number | null;
  zones: string | null;
}

function toUsage(row: UsageRow): DailyUsage {
  return {
    day: row.day,
    bytesProcessed: Number(row.bytes_processed),
    newConnections: Number(row.new_connections),
    activeConnectionsMax: Number(row.active_connections_max),
    packetsDropped: Number(row.packets_dropped),
    resetPackets: Number(row.reset_packets),
    ...(row.healthy_hosts_min === null ? {} : { healthyHostsMin: Number(row.healthy_hosts_min) }),
    ...(row.unhealthy_hosts_max === null ? {} : { unhealthyHostsMax: Number(row.unhealthy_hosts_max) }),
    ...(row.zones === null ? {} : { zones: JSON.parse(row.zones) }),
  };
}

/**
 * Runs the migrations. knex serialises migrations through its lock table, but two replicas that
 * start on an empty database both try to create that table; the loser fails and simply tries
 * again, by when the table and the lock exist.
 */
async function migrate(knex: Knex, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await knex.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise(resolve => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** The knex store: SQLite in development, PostgreSQL in production. */
export class DatabaseUsageStore implements UsageStore {
  /**
   * Runs the shipped migrations (knex's lock makes concurrent replicas wait for one another) unless
   * the database service says migrations are managed elsewhere.
   */
  static async create(database: DatabaseService): Promise<DatabaseUsageStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await migrate(knex);
    }
    return new DatabaseUsageStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  async upsertDailyUsage(rows: Array<DailyUsage & { entityRef: string }>): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const batch: UsageRow[] = rows.slice(i, i + INSERT_BATCH).map(r => ({
        entity_ref: r.entityRef,
        day: r.day,
        bytes_processed: r.bytesProcessed,
        new_connections: r.newConnections,
        active_connections_max: r.activeConnectionsMax,
        packets_dropped: r.packetsDropped,
        reset_packets: r.resetPackets,
        healthy_hosts_min: r.healthyHostsMin ?? null,
        unhealthy_hosts_max: r.unhealthyHostsMax ?? null,
        zones: r.zones ? JSON.stringify(r.zones) : null,
      }));
      await this.knex('privatelink_daily_usage')
        .insert(batch)
        .onConflict(['entity_ref', 'day'])
        .merge();
    }
  }

  async listDailyUsage(entityRef: string, from: string, to: string): Promise<DailyUsage[]> {
    const rows = await this.knex<UsageRow>('privatelink_daily_usage')
      .where('entity_ref', entityRef)
      .andWhere('day', '>=', from)
      .andWhere('day', '<=', to)
      .orderBy('day', 'asc');
    return rows.map(toUsage);
  }

  async listDailyUsageOf(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, DailyUsage[]>> {
    const result = new Map<string, DailyUsage[]>(entityRefs.map(ref => [ref, []]));
    for (let i = 0; i < entityRefs.length; i += IN_BATCH) {
      const rows = await this.knex<UsageRow>('privatelink_daily_usage')
        .whereIn('entity_ref', entityRefs.slice(i, i + IN_BATCH))
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .orderBy([{ column: 'entity_ref' }, { column: 'day' }]);
      for (const row of rows) result.get(row.entity_ref)?.push(toUsage(row));
    }
    return result;
  }

  async listCollectedDays(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(entityRefs.map(ref => [ref, new Set()]));
    for (let i = 0; i < entityRefs.length; i += IN_BATCH) {
      const rows = await this.knex('privatelink_daily_usage')
        .whereIn('entity_ref', entityRefs.slice(i, i + IN_BATCH))
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .select('entity_ref', 'day');
      for (const row of rows) result.get(row.entity_ref)?.add(row.day);
    }
    return result;
  }

  async firstCollectedDay(entityRef: string): Promise<string | undefined> {
    const row = await this.knex('privatelink_daily_usage')
      .where('entity_ref', entityRef)
      .min({ first: 'day' })
      .first();
    return row?.first ?? undefined;
  }

  async deleteBefore(day: string): Promise<number> {
    return this.knex('privatelink_daily_usage').where('day', '<', day).delete();
  }
}
