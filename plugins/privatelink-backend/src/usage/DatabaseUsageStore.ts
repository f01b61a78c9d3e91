import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DailyUsage } from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { privatelinkDatabaseServiceRef } from '../database';
import { groupBy } from '../groupBy';
import { addDays, daysInRange } from '../calendar';
import { TRAILING_DAYS } from './trailingDays';
import type { MonthUsage, UsageStore, WindowTotals } from './UsageStore';

/** Rows per insert: under SQLite's 999 bound variables with 10 columns. */
const INSERT_BATCH = 100;
/** Facts per insert: 4 columns, under SQLite's 999 bound variables. */
const FACTS_BATCH = 200;
/** Trailing totals per write: 5 columns, under SQLite's 999 bound variables. */
const TRAILING_BATCH = 150;
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

interface FactsRow {
  entity_ref: string;
  first_day: string;
  last_traffic_day: string | null;
  latest_day: string | null;
  trailing_first_day: string | null;
  trailing_days: number | null;
  trailing_bytes: number | null;
}

function toUsage(row: UsageRow): DailyUsage {
  return {
    day: row.day,
    bytesProcessed: Number(row.bytes_processed),
    newConnections: Number(row.new_connections),
    activeConnectionsMax: Number(row.active_connections_max),
    packetsDropped: Number(row.packets_dropped),
    resetPackets: Number(row.reset_packets),
    ...(row.healthy_hosts_min === null
      ? {}
      : { healthyHostsMin: Number(row.healthy_hosts_min) }),
    ...(row.unhealthy_hosts_max === null
      ? {}
      : { unhealthyHostsMax: Number(row.unhealthy_hosts_max) }),
    ...(row.zones === null ? {} : { zones: JSON.parse(row.zones) }),
  };
}

/** The knex store: SQLite in development, PostgreSQL in production. */
export class DatabaseUsageStore implements UsageStore {
  /** The facts read that requests of this tick join. */
  private pendingFacts?: {
    refs: Set<string>;
    read: Promise<Map<string, FactsRow>>;
  };

  constructor(private readonly knex: Knex) {}

  /**
   * Writes the days and the facts folded from them in one transaction: a write cut short (a
   * dropped connection, a killed process) stores none of its days, so they stay missing and the
   * next collection fetches them; the facts never run ahead of or behind the rows.
   */
  async upsertDailyUsage(
    rows: Array<DailyUsage & { entityRef: string }>,
  ): Promise<void> {
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
        await trx('privatelink_daily_usage')
          .insert(batch)
          .onConflict(['entity_ref', 'day'])
          .merge();
      }
      await this.mergeFacts(trx, rows);
    });
  }

  /**
   * Folds upserted days into each entity's facts: its first day, last traffic day and latest day
   * (merged in SQL, so concurrent writers never move them back), then the totals of the trailing
   * days that end on its latest day, summed again from the rows. (A day re-collected with fewer
   * bytes than before keeps its traffic day: CloudWatch does not change a complete day.)
   */
  private async mergeFacts(
    trx: Knex.Transaction,
    rows: Array<DailyUsage & { entityRef: string }>,
  ): Promise<void> {
    const facts = new Map<
      string,
      {
        entity_ref: string;
        first_day: string;
        last_traffic_day: string | null;
        latest_day: string;
      }
    >();
    for (const row of rows) {
      const fact = facts.get(row.entityRef) ?? {
        entity_ref: row.entityRef,
        first_day: row.day,
        last_traffic_day: null,
        latest_day: row.day,
      };
      if (row.day < fact.first_day) fact.first_day = row.day;
      if (row.day > fact.latest_day) fact.latest_day = row.day;
      if (
        row.bytesProcessed > 0 &&
        (!fact.last_traffic_day || row.day > fact.last_traffic_day)
      ) {
        fact.last_traffic_day = row.day;
      }
      facts.set(row.entityRef, fact);
    }
    const all = [...facts.values()];
    const later = (column: string) =>
      trx.raw(
        `case when privatelink_usage_facts.${column} is null or excluded.${column} > privatelink_usage_facts.${column} then excluded.${column} else privatelink_usage_facts.${column} end`,
      );
    for (let i = 0; i < all.length; i += FACTS_BATCH) {
      await trx('privatelink_usage_facts')
        .insert(all.slice(i, i + FACTS_BATCH))
        .onConflict('entity_ref')
        .merge({
          first_day: trx.raw(
            'case when excluded.first_day < privatelink_usage_facts.first_day then excluded.first_day else privatelink_usage_facts.first_day end',
          ),
          last_traffic_day: later('last_traffic_day'),
          latest_day: later('latest_day'),
        });
    }
    await this.sumTrailingDays(trx, [...facts.keys()]);
  }

  /** Sums each entity's trailing days again from its rows: one aggregate per latest day and batch. */
  private async sumTrailingDays(
    trx: Knex.Transaction,
    entityRefs: string[],
  ): Promise<void> {
    for (let i = 0; i < entityRefs.length; i += IN_BATCH) {
      const facts: Array<{
        entity_ref: string;
        first_day: string;
        latest_day: string;
      }> = await trx('privatelink_usage_facts')
        .whereIn('entity_ref', entityRefs.slice(i, i + IN_BATCH))
        .select('entity_ref', 'first_day', 'latest_day');
      const trailing = [];
      for (const [latestDay, group] of groupBy(facts, f => f.latest_day)) {
        const totals = await this.aggregate(
          trx,
          group.map(f => f.entity_ref),
          addDays(latestDay, -(TRAILING_DAYS - 1)),
          latestDay,
        );
        for (const { entity_ref, first_day } of group) {
          // (The latest day's own row is in its window; were it not, the totals are left empty.)
          const total = totals.get(entity_ref);
          trailing.push({
            entity_ref,
            first_day,
            trailing_first_day: total?.firstDay ?? null,
            trailing_days: total?.days ?? null,
            trailing_bytes: total?.bytesProcessed ?? null,
          });
        }
      }
      // Written back in batches; every row exists, so only the trailing totals change.
      for (let j = 0; j < trailing.length; j += TRAILING_BATCH) {
        await trx('privatelink_usage_facts')
          .insert(trailing.slice(j, j + TRAILING_BATCH))
          .onConflict('entity_ref')
          .merge(['trailing_first_day', 'trailing_days', 'trailing_bytes']);
      }
    }
  }

  async listDailyUsage(
    entityRef: string,
    from: string,
    to: string,
  ): Promise<DailyUsage[]> {
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
    const result = new Map<string, Set<string>>(
      entityRefs.map(ref => [ref, new Set()]),
    );
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
  private async inBatches<R>(
    entityRefs: string[],
    query: (refs: string[]) => Promise<R[]>,
  ): Promise<R[]> {
    const rows: R[] = [];
    for (let i = 0; i < entityRefs.length; i += IN_BATCH) {
      rows.push(...(await query(entityRefs.slice(i, i + IN_BATCH))));
    }
    return rows;
  }

  /** Each entity's rows in [from, to], summed from the rollups. */
  private async aggregate(
    db: Knex,
    entityRefs: string[],
    from: string,
    to: string,
  ) {
    const result = new Map<string, WindowTotals>();
    const rows = await this.inBatches(entityRefs, refs =>
      db('privatelink_daily_usage')
        .whereIn('entity_ref', refs)
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .groupBy('entity_ref')
        .select(
          'entity_ref',
          db.raw('sum(bytes_processed) as bytes'),
          db.raw('count(*) as days'),
          db.raw('min(day) as first_day'),
          db.raw('max(day) as last_day'),
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

  async monthlyTotals(entityRefs: string[], from: string, to: string) {
    const rows = await this.inBatches(entityRefs, refs =>
      this.knex('privatelink_daily_usage')
        .whereIn('entity_ref', refs)
        .andWhere('day', '>=', from)
        .andWhere('day', '<=', to)
        .groupByRaw('entity_ref, substr(day, 1, 7)')
        .select(
          'entity_ref',
          this.knex.raw('substr(day, 1, 7) as month'),
          this.knex.raw('count(*) as days'),
          this.knex.raw('sum(bytes_processed) as bytes'),
        )
        .orderByRaw('entity_ref, substr(day, 1, 7)'),
    );
    const result = new Map<string, MonthUsage[]>();
    for (const row of rows) {
      const months = result.get(row.entity_ref) ?? [];
      months.push({
        month: row.month,
        days: Number(row.days),
        bytesProcessed: Number(row.bytes),
      });
      result.set(row.entity_ref, months);
    }
    return result;
  }

  /**
   * The facts of many entities, one read per batch of refs. Reads asked in the same tick share
   * one query: a tenant's inventory asks for its endpoints' facts for the idle verdict, the cost
   * and the health at once.
   */
  private facts(entityRefs: string[]): Promise<Map<string, FactsRow>> {
    if (!this.pendingFacts) {
      const refs = new Set<string>();
      const read = new Promise<void>(resolve => process.nextTick(resolve)).then(
        async () => {
          this.pendingFacts = undefined;
          const rows = await this.inBatches([...refs], batch =>
            this.knex<FactsRow>('privatelink_usage_facts').whereIn(
              'entity_ref',
              batch,
            ),
          );
          return new Map(rows.map(row => [row.entity_ref, row]));
        },
      );
      this.pendingFacts = { refs, read };
    }
    for (const ref of entityRefs) this.pendingFacts.refs.add(ref);
    return this.pendingFacts.read;
  }

  /**
   * The trailing window that ends on an entity's latest day is read from its facts; any other
   * window, and an entity whose trailing totals are not kept yet, is summed from the rollups.
   */
  async windowTotals(entityRefs: string[], from: string, to: string) {
    if (daysInRange(from, to) !== TRAILING_DAYS)
      return this.aggregate(this.knex, entityRefs, from, to);
    const result = new Map<string, WindowTotals>();
    const summed: string[] = [];
    const facts = await this.facts(entityRefs);
    for (const entityRef of entityRefs) {
      const fact = facts.get(entityRef);
      // No facts: no rows at all (every write keeps them). A latest day before the window: none in it.
      if (!fact || (fact.latest_day !== null && fact.latest_day < from))
        continue;
      if (
        fact.latest_day === to &&
        fact.trailing_days !== null &&
        fact.trailing_first_day !== null
      ) {
        result.set(entityRef, {
          bytesProcessed: Number(fact.trailing_bytes),
          days: Number(fact.trailing_days),
          firstDay: fact.trailing_first_day,
          lastDay: to,
        });
      } else {
        summed.push(entityRef);
      }
    }
    for (const [entityRef, totals] of await this.aggregate(
      this.knex,
      summed,
      from,
      to,
    ))
      result.set(entityRef, totals);
    return result;
  }

  /**
   * An entity's latest row in [from, to] is its latest row overall when that falls in the window
   * (found through its facts, then read by key), none when it is older; only a window that ends
   * before the latest day is searched in the rollups.
   */
  async latestDays(entityRefs: string[], from: string, to: string) {
    const result = new Map<string, DailyUsage>();
    const searched: string[] = [];
    const found: Array<{ entityRef: string; day: string }> = [];
    const facts = await this.facts(entityRefs);
    for (const entityRef of entityRefs) {
      const latest = facts.get(entityRef)?.latest_day;
      // No facts: no rows at all (every write keeps them).
      if (!facts.has(entityRef) || (latest && latest < from)) continue;
      if (!latest || latest > to) searched.push(entityRef);
      else found.push({ entityRef, day: latest });
    }
    // By day (most often one: the last collected), each a read by primary key.
    for (const [day, group] of groupBy(found, f => f.day)) {
      const rows = await this.inBatches(
        group.map(f => f.entityRef),
        refs =>
          this.knex<UsageRow>('privatelink_daily_usage')
            .whereIn('entity_ref', refs)
            .andWhere('day', day),
      );
      for (const row of rows) result.set(row.entity_ref, toUsage(row));
    }
    for (const [entityRef, usage] of await this.searchLatestDays(
      searched,
      from,
      to,
    ))
      result.set(entityRef, usage);
    return result;
  }

  private async searchLatestDays(
    entityRefs: string[],
    from: string,
    to: string,
  ) {
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
            this.on('u.entity_ref', '=', 'm.entity_ref').andOn(
              'u.day',
              '=',
              'm.last_day',
            );
          },
        )
        .select('u.*'),
    );
    for (const row of rows) result.set(row.entity_ref, toUsage(row));
    return result;
  }

  async trafficFacts(entityRefs: string[]) {
    const result = new Map<
      string,
      { firstDay?: string; lastTrafficDay?: string }
    >();
    const facts = await this.facts(entityRefs);
    for (const entityRef of entityRefs) {
      const row = facts.get(entityRef);
      if (!row) continue;
      result.set(entityRef, {
        firstDay: row.first_day,
        lastTrafficDay: row.last_traffic_day ?? undefined,
      });
    }
    return result;
  }

  async deleteBefore(day: string): Promise<number> {
    const deleted = await this.knex('privatelink_daily_usage')
      .where('day', '<', day)
      .delete();
    if (deleted > 0) {
      await this.knex('privatelink_usage_facts')
        .where('first_day', '<', day)
        .update({ first_day: day });
      await this.knex('privatelink_usage_facts')
        .where('last_traffic_day', '<', day)
        .update({ last_traffic_day: null });
      // Trailing totals that counted deleted days are summed from the rows when next asked.
      await this.knex('privatelink_usage_facts')
        .where('trailing_first_day', '<', day)
        .update({
          trailing_first_day: null,
          trailing_days: null,
          trailing_bytes: null,
        });
    }
    return deleted;
  }
}

/** The plugin's usage store (knex: SQLite in development, PostgreSQL in production). */
export const usageStoreServiceRef = createServiceRef<UsageStore>({
  id: 'privatelink.usage-store',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: privatelinkDatabaseServiceRef },
      factory: ({ database }) => new DatabaseUsageStore(database),
    }),
});
