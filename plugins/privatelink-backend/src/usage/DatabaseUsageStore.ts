import { DailyUsage } from '@internal/plugin-privatelink-common';
import { Knex } from 'knex';
import { UsageStore } from './UsageStore';

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

/** The knex store: SQLite in development, PostgreSQL in production. */
export class DatabaseUsageStore implements UsageStore {
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

  async listCollectedDays(
    entityRefs: string[],
    from: string,
    to: string,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(entityRefs.map(ref => [ref, new Set()]));
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex('privatelink_daily_usage')
        .whereIn('entity_ref', refs)
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .select('entity_ref', 'day'),
    );
    for (const row of rows) result.get(row.entity_ref)?.add(row.day);
    return result;
  }

  /** Runs `query` over the refs in batches, for SQLite's bound-variable limit. */
  private async inBatches<R>(entityRefs: string[], query: (refs: string[]) => Promise<R[]>): Promise<R[]> {
    const rows: R[] = [];
    for (let i = 0; i < entityRefs.length; i += IN_BATCH) {
      rows.push(...(await query(entityRefs.slice(i, i + IN_BATCH))));
    }
    return rows;
  }

  async listDailyBytes(entityRefs: string[], from: string, to: string) {
    const result = new Map<string, Array<{ day: string; bytesProcessed: number }>>(
      entityRefs.map(ref => [ref, []]),
    );
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex('privatelink_daily_usage')
        .whereIn('entity_ref', refs)
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .orderBy([{ column: 'entity_ref' }, { column: 'day' }])
        .select('entity_ref', 'day', 'bytes_processed'),
    );
    for (const row of rows) {
      result.get(row.entity_ref)?.push({ day: row.day, bytesProcessed: Number(row.bytes_processed) });
    }
    return result;
  }

  async latestDays(entityRefs: string[], from: string, to: string) {
    const result = new Map<string, DailyUsage>();
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex<UsageRow>('privatelink_daily_usage as u')
        .join(
          this.knex('privatelink_daily_usage')
            .whereIn('entity_ref', refs)
            .andWhere('day', '>=', from)
            .andWhere('day', '<=', to)
            .groupBy('entity_ref')
            .select('entity_ref', this.knex.raw('max(day) as last_day'))
            .as('m'),
          function on() {
            this.on('u.entity_ref', '=', 'm.entity_ref').andOn('u.day', '=', 'm.last_day');
          },
        )
        .select('u.*'),
    );
    for (const row of rows) result.set(row.entity_ref, toUsage(row));
    return result;
  }

  async trafficFacts(entityRefs: string[], through: string) {
    const result = new Map<string, { firstDay?: string; lastTrafficDay?: string }>();
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex('privatelink_daily_usage')
        .whereIn('entity_ref', refs)
        .andWhere('day', '<=', through)
        .groupBy('entity_ref')
        .select(
          'entity_ref',
          this.knex.raw('min(day) as first_day'),
          this.knex.raw('max(case when bytes_processed > 0 then day end) as last_traffic_day'),
        ),
    );
    for (const row of rows) {
      result.set(row.entity_ref, {
        firstDay: row.first_day ?? undefined,
        lastTrafficDay: row.last_traffic_day ?? undefined,
      });
    }
    return result;
  }

  async deleteBefore(day: string): Promise<number> {
    return this.knex('privatelink_daily_usage').where('day', '<', day).delete();
  }
}
