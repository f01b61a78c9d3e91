import { DailyUsage } from '@internal/plugin-privatelink-common';
import { Knex } from 'knex';
import { UsageStore, WindowTotals } from './UsageStore';

/** Rows per insert: under SQLite's 999 bound variables with 10 columns. */
const INSERT_BATCH = 100;
/** Facts per insert: 3 columns, under SQLite's 999 bound variables. */
const FACTS_BATCH = 300;
/** Entity refs per query: under SQLite's 999 bound variables. */
const IN_BATCH = 900;

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

  /**
   * Writes the days and the facts folded from them in one transaction: a write cut short (a
   * dropped connection, a killed process) stores none of its days, so they stay missing and the
   * next collection fetches them; the facts never run ahead of or behind the rows.
   */
  async upsertDailyUsage(rows: Array<DailyUsage & { entityRef: string }>): Promise<void> {
    await this.knex.transaction(async trx => {
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
        await trx('privatelink_daily_usage').insert(batch).onConflict(['entity_ref', 'day']).merge();
      }
      await this.mergeFacts(trx, rows);
    });
  }

  /**
   * Folds upserted days into each entity's first day and last traffic day. (A day re-collected
   * with fewer bytes than before keeps its traffic day: CloudWatch does not change a complete day.)
   */
  private async mergeFacts(trx: Knex.Transaction, rows: Array<DailyUsage & { entityRef: string }>): Promise<void> {
    const facts = new Map<string, { entity_ref: string; first_day: string; last_traffic_day: string | null }>();
    for (const row of rows) {
      const fact = facts.get(row.entityRef) ?? { entity_ref: row.entityRef, first_day: row.day, last_traffic_day: null };
      if (row.day < fact.first_day) fact.first_day = row.day;
      if (row.bytesProcessed > 0 && (!fact.last_traffic_day || row.day > fact.last_traffic_day)) {
        fact.last_traffic_day = row.day;
      }
      facts.set(row.entityRef, fact);
    }
    const all = [...facts.values()];
    for (let i = 0; i < all.length; i += FACTS_BATCH) {
      await trx('privatelink_usage_facts')
        .insert(all.slice(i, i + FACTS_BATCH))
        .onConflict('entity_ref')
        .merge({
          first_day: trx.raw(
            'case when excluded.first_day < privatelink_usage_facts.first_day then excluded.first_day else privatelink_usage_facts.first_day end',
          ),
          last_traffic_day: trx.raw(
            'case when privatelink_usage_facts.last_traffic_day is null or excluded.last_traffic_day > privatelink_usage_facts.last_traffic_day then excluded.last_traffic_day else privatelink_usage_facts.last_traffic_day end',
          ),
        });
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

  async windowTotals(entityRefs: string[], from: string, to: string) {
    const result = new Map<string, WindowTotals>();
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex('privatelink_daily_usage')
        .whereIn('entity_ref', refs)
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .groupBy('entity_ref')
        .select(
          'entity_ref',
          this.knex.raw('sum(bytes_processed) as bytes'),
          this.knex.raw('count(*) as days'),
          this.knex.raw('min(day) as first_day'),
          this.knex.raw('max(day) as last_day'),
        ),
    );
    for (const row of rows) {
      result.set(row.entity_ref, {
        bytesProcessed: Number(row.bytes),
        days: Number(row.days),
        firstDay: row.first_day,
        lastDay: row.last_day,
      });
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

  async trafficFacts(entityRefs: string[]) {
    const result = new Map<string, { firstDay?: string; lastTrafficDay?: string }>();
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex('privatelink_usage_facts').whereIn('entity_ref', refs),
    );
    for (const row of rows) {
      result.set(row.entity_ref, {
        firstDay: row.first_day,
        lastTrafficDay: row.last_traffic_day ?? undefined,
      });
    }
    return result;
  }

  async deleteBefore(day: string): Promise<number> {
    const deleted = await this.knex('privatelink_daily_usage').where('day', '<', day).delete();
    if (deleted > 0) {
      await this.knex('privatelink_usage_facts').where('first_day', '<', day).update({ first_day: day });
      await this.knex('privatelink_usage_facts')
        .where('last_traffic_day', '<', day)
        .update({ last_traffic_day: null });
    }
    return deleted;
  }
}
