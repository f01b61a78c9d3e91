import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  AuditCampaignSummary,
  AuditDecision,
  AuditDecisionKind,
  AuditDeparture,
  AuditDrift,
  FrozenAuditFacts,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { groupBy } from '../groupBy';
import { privatelinkDatabaseServiceRef } from '../database';

const CAMPAIGNS = 'privatelink_audit_campaigns';
const ITEMS = 'privatelink_audit_items';
const DECISIONS = 'privatelink_audit_decisions';
const NOTICES = 'privatelink_audit_notices';
/** Values per `whereIn`: under SQLite's 999 bound variables. */
const IN_BATCH = 900;
/** Item rows per insert (5 columns). */
const INSERT_BATCH = 150;

interface CampaignRow {
  id: string;
  owner_ref: string;
  quarter: string;
  opened_at: string;
  due_at: string;
  opened_by: string;
  previous_id: string | null;
  departures: string;
}

interface ItemRow {
  campaign_id: string;
  entity_ref: string;
  kind: string;
  facts: string;
  drift: string;
}

interface DecisionRow {
  id: number;
  campaign_id: string;
  entity_ref: string;
  decision: string;
  fix: string | null;
  comment: string;
  actor: string;
  decided_at: string;
  idempotency_key: string;
}

/** A campaign to open, with everything it freezes. */
export interface NewCampaign {
  id: string;
  owner: string;
  quarter: string;
  openedAt: string;
  dueAt: string;
  openedBy: string;
  previousCampaignId?: string;
  departures: AuditDeparture[];
  items: StoredItem[];
}

export interface StoredItem {
  entityRef: string;
  kind: 'endpoint' | 'service';
  facts: FrozenAuditFacts;
  drift: AuditDrift[];
}

export interface StoredCampaign extends Omit<NewCampaign, 'items'> {
  items: StoredItem[];
  decisions: Array<AuditDecision & { entityRef: string }>;
}

export interface NewDecision {
  campaignId: string;
  entityRef: string;
  decision: AuditDecisionKind;
  fix?: string;
  comment: string;
  actor: string;
  decidedAt: string;
  idempotencyKey: string;
}

function toDecision(row: DecisionRow): AuditDecision & { entityRef: string } {
  return {
    id: Number(row.id),
    entityRef: row.entity_ref,
    decision: row.decision as AuditDecisionKind,
    ...(row.fix === null ? {} : { fix: row.fix }),
    comment: row.comment,
    actor: row.actor,
    decidedAt: row.decided_at,
  };
}

function toCampaign(row: CampaignRow): Omit<NewCampaign, 'items'> {
  return {
    id: row.id,
    owner: row.owner_ref,
    quarter: row.quarter,
    openedAt: row.opened_at,
    dueAt: row.due_at,
    openedBy: row.opened_by,
    ...(row.previous_id ? { previousCampaignId: row.previous_id } : {}),
    departures: JSON.parse(row.departures),
  };
}

async function inBatches<T>(
  values: string[],
  query: (batch: string[]) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < values.length; i += IN_BATCH) {
    rows.push(...(await query(values.slice(i, i + IN_BATCH))));
  }
  return rows;
}

/**
 * Campaigns, their frozen items and the decisions on them. A campaign and its items are written
 * once, in one transaction, and never updated; decisions are only ever inserted.
 */
export class AuditStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Opens a campaign unless its owner already has one for the quarter: the unique key on
   * (owner, quarter) makes this exactly-once across concurrent schedulers and replicas, and the
   * items go in with the campaign or not at all.
   */
  async openCampaign(
    campaign: NewCampaign,
  ): Promise<{ id: string; opened: boolean }> {
    return this.knex.transaction(async trx => {
      await trx<CampaignRow>(CAMPAIGNS)
        .insert({
          id: campaign.id,
          owner_ref: campaign.owner,
          quarter: campaign.quarter,
          opened_at: campaign.openedAt,
          due_at: campaign.dueAt,
          opened_by: campaign.openedBy,
          previous_id: campaign.previousCampaignId ?? null,
          departures: JSON.stringify(campaign.departures),
        })
        .onConflict(['owner_ref', 'quarter'])
        .ignore();
      const [row] = await trx<CampaignRow>(CAMPAIGNS)
        .where({ owner_ref: campaign.owner, quarter: campaign.quarter })
        .select('id');
      if (row.id !== campaign.id) return { id: row.id, opened: false };
      const items: ItemRow[] = campaign.items.map(item => ({
        campaign_id: campaign.id,
        entity_ref: item.entityRef,
        kind: item.kind,
        facts: JSON.stringify(item.facts),
        drift: JSON.stringify(item.drift),
      }));
      for (let i = 0; i < items.length; i += INSERT_BATCH) {
        await trx(ITEMS).insert(items.slice(i, i + INSERT_BATCH));
      }
      return { id: campaign.id, opened: true };
    });
  }

  /** The owners that have a campaign for the quarter. */
  async ownersWithCampaign(quarter: string): Promise<Set<string>> {
    const rows = await this.knex<CampaignRow>(CAMPAIGNS)
      .where({ quarter })
      .select('owner_ref');
    return new Set(rows.map(r => r.owner_ref));
  }

  /** The owner's latest campaign before the quarter, with its items. */
  async previousCampaign(
    owner: string,
    quarter: string,
  ): Promise<{ id: string; items: Map<string, FrozenAuditFacts> } | undefined> {
    const [row] = await this.knex<CampaignRow>(CAMPAIGNS)
      .where({ owner_ref: owner })
      .andWhere('quarter', '<', quarter)
      .orderBy('quarter', 'desc')
      .limit(1);
    if (!row) return undefined;
    const items = await this.knex<ItemRow>(ITEMS).where({
      campaign_id: row.id,
    });
    return {
      id: row.id,
      items: new Map(items.map(i => [i.entity_ref, JSON.parse(i.facts)])),
    };
  }

  /** For each entity, the owner of the latest campaign that froze it. */
  async lastAuditedOwners(entityRefs: string[]): Promise<Map<string, string>> {
    const rows = await inBatches(entityRefs, batch =>
      this.knex(`${ITEMS} as i`)
        .join(`${CAMPAIGNS} as c`, 'c.id', 'i.campaign_id')
        .whereIn('i.entity_ref', batch)
        .select<
          Array<{ entity_ref: string; owner_ref: string; opened_at: string }>
        >('i.entity_ref', 'c.owner_ref', 'c.opened_at'),
    );
    const latest = new Map<string, { owner: string; at: string }>();
    for (const row of rows) {
      const seen = latest.get(row.entity_ref);
      if (!seen || row.opened_at > seen.at)
        latest.set(row.entity_ref, { owner: row.owner_ref, at: row.opened_at });
    }
    return new Map([...latest].map(([ref, { owner }]) => [ref, owner]));
  }

  /** Campaigns with their progress, newest quarter first. */
  async listCampaigns(
    filter: { owner?: string; quarter?: string; ids?: string[] },
    now: Date,
  ): Promise<AuditCampaignSummary[]> {
    if (filter.ids?.length === 0) return [];
    const query = this.knex<CampaignRow>(CAMPAIGNS);
    if (filter.owner) query.where({ owner_ref: filter.owner });
    if (filter.quarter) query.where({ quarter: filter.quarter });
    if (filter.ids) query.whereIn('id', filter.ids);
    const rows = await query.orderBy([
      { column: 'quarter', order: 'desc' },
      { column: 'owner_ref' },
    ]);
    const ids = rows.map(r => r.id);
    const counts = await inBatches(ids, batch =>
      this.knex(ITEMS)
        .whereIn('campaign_id', batch)
        .groupBy('campaign_id')
        .select<Array<{ campaign_id: string; items: number | string }>>(
          'campaign_id',
          this.knex.raw('count(*) as items'),
        ),
    );
    const firsts = await inBatches(ids, batch =>
      this.knex(DECISIONS)
        .whereIn('campaign_id', batch)
        .groupBy('campaign_id', 'entity_ref')
        .select<Array<{ campaign_id: string; first: string; last: string }>>(
          'campaign_id',
          this.knex.raw('min(decided_at) as first'),
          this.knex.raw('max(decided_at) as last'),
        ),
    );
    const itemsOf = new Map(counts.map(c => [c.campaign_id, Number(c.items)]));
    const decidedOf = groupBy(firsts, f => f.campaign_id);
    return rows.map(row =>
      summarize(
        toCampaign(row),
        itemsOf.get(row.id) ?? 0,
        (decidedOf.get(row.id) ?? []).map(f => f.first),
        now,
        (decidedOf.get(row.id) ?? []).reduce<string | undefined>(
          (latest, f) => (latest && latest > f.last ? latest : f.last),
          undefined,
        ),
      ),
    );
  }

  /** One campaign with its items and every decision, oldest first. */
  async campaign(id: string): Promise<StoredCampaign | undefined> {
    const [row] = await this.knex<CampaignRow>(CAMPAIGNS).where({ id });
    if (!row) return undefined;
    const [items, decisions] = await Promise.all([
      this.knex<ItemRow>(ITEMS)
        .where({ campaign_id: id })
        .orderBy('entity_ref'),
      this.knex<DecisionRow>(DECISIONS)
        .where({ campaign_id: id })
        .orderBy('id'),
    ]);
    return {
      ...toCampaign(row),
      items: items.map(i => ({
        entityRef: i.entity_ref,
        kind: i.kind as StoredItem['kind'],
        facts: JSON.parse(i.facts),
        drift: JSON.parse(i.drift),
      })),
      decisions: decisions.map(toDecision),
    };
  }

  /** An entity's items across campaigns, newest first, each with its decisions. */
  async itemHistory(entityRef: string): Promise<
    Array<{
      campaign: Omit<NewCampaign, 'items'>;
      item: StoredItem;
      decisions: AuditDecision[];
    }>
  > {
    const rows = await this.knex(`${ITEMS} as i`)
      .join(`${CAMPAIGNS} as c`, 'c.id', 'i.campaign_id')
      .where('i.entity_ref', entityRef)
      .orderBy('c.quarter', 'desc')
      .select<Array<ItemRow & CampaignRow>>(
        'c.*',
        'i.entity_ref',
        'i.kind',
        'i.facts',
        'i.drift',
        'i.campaign_id',
      );
    const decisions = await this.knex<DecisionRow>(DECISIONS)
      .where({ entity_ref: entityRef })
      .whereIn(
        'campaign_id',
        rows.map(r => r.campaign_id),
      )
      .orderBy('id');
    return rows.map(row => ({
      campaign: toCampaign(row),
      item: {
        entityRef: row.entity_ref,
        kind: row.kind as StoredItem['kind'],
        facts: JSON.parse(row.facts),
        drift: JSON.parse(row.drift),
      },
      decisions: decisions
        .filter(d => d.campaign_id === row.campaign_id)
        .map(d => {
          const { entityRef: _ref, ...decision } = toDecision(d);
          return decision;
        }),
    }));
  }

  /** Claims a notice of a campaign: true when this caller is the one to send it. */
  async claimNotice(
    campaignId: string,
    notice: string,
    at: string,
  ): Promise<boolean> {
    await this.knex(NOTICES)
      .insert({ campaign_id: campaignId, notice, sent_at: at })
      .onConflict(['campaign_id', 'notice'])
      .ignore();
    const [row] = await this.knex(NOTICES)
      .where({ campaign_id: campaignId, notice })
      .select('sent_at');
    return row?.sent_at === at;
  }

  /** Gives a claimed notice back after sending it failed, so that the next run tries again. */
  async releaseNotice(campaignId: string, notice: string): Promise<void> {
    await this.knex(NOTICES)
      .where({ campaign_id: campaignId, notice })
      .delete();
  }

  /**
   * Appends a decision. The idempotency key is unique within a campaign: a replay of the same
   * request returns the decision first recorded and writes nothing; the same key with another
   * decision is reported as a conflict.
   */
  async recordDecision(
    decision: NewDecision,
  ): Promise<
    | { decision: AuditDecision; replayed: boolean }
    | { conflict: AuditDecision & { entityRef: string } }
  > {
    const byKey = () =>
      this.knex<DecisionRow>(DECISIONS)
        .where({
          campaign_id: decision.campaignId,
          idempotency_key: decision.idempotencyKey,
        })
        .first();
    const same = (row: DecisionRow) =>
      row.entity_ref === decision.entityRef &&
      row.decision === decision.decision &&
      (row.fix ?? undefined) === decision.fix &&
      row.comment === decision.comment &&
      row.actor === decision.actor;
    const existing = await byKey();
    if (!existing) {
      await this.knex<DecisionRow>(DECISIONS)
        .insert({
          campaign_id: decision.campaignId,
          entity_ref: decision.entityRef,
          decision: decision.decision,
          fix: decision.fix ?? null,
          comment: decision.comment,
          actor: decision.actor,
          decided_at: decision.decidedAt,
          idempotency_key: decision.idempotencyKey,
        })
        .onConflict(['campaign_id', 'idempotency_key'])
        .ignore();
    }
    const row = (await byKey())!;
    if (!same(row)) return { conflict: toDecision(row) };
    const { entityRef: _ref, ...recorded } = toDecision(row);
    return { decision: recorded, replayed: !!existing };
  }
}

/** A campaign's progress and status at `now`. */
export function summarize(
  campaign: Omit<NewCampaign, 'items'>,
  items: number,
  firstDecisions: string[],
  now: Date,
  lastDecisionAt?: string,
): AuditCampaignSummary {
  const decided = firstDecisions.length;
  const complete = decided >= items;
  let status: AuditCampaignSummary['status'] = 'open';
  if (complete) status = 'complete';
  else if (now.toISOString() > campaign.dueAt) status = 'overdue';
  const completedAt = complete
    ? [...firstDecisions].sort().pop() ?? campaign.openedAt
    : undefined;
  return {
    id: campaign.id,
    owner: campaign.owner,
    quarter: campaign.quarter,
    openedAt: campaign.openedAt,
    dueAt: campaign.dueAt,
    openedBy: campaign.openedBy,
    ...(campaign.previousCampaignId
      ? { previousCampaignId: campaign.previousCampaignId }
      : {}),
    items,
    decided,
    status,
    ...(completedAt ? { completedAt } : {}),
    ...(lastDecisionAt ? { lastDecisionAt } : {}),
  };
}

export const auditStoreServiceRef = createServiceRef<AuditStore>({
  id: 'privatelink.audit-store',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: privatelinkDatabaseServiceRef },
      factory: ({ database }) => new AuditStore(database),
    }),
});
