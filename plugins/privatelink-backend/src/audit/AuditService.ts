import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  AuditCampaign,
  AuditCampaignSummary,
  AuditDecision,
  AuditItem,
  FrozenAuditFacts,
  PrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { randomUUID } from 'node:crypto';
import { CostService, costServiceRef } from '../cost';
import {
  ownerOf,
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import { HealthService, healthServiceRef } from '../health';
import { PostureService, postureServiceRef } from '../posture';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';
import { UsageService, usageServiceRef } from '../usage';
import { groupBy } from '../groupBy';
import {
  AuditStore,
  auditStoreServiceRef,
  NewDecision,
  StoredCampaign,
  StoredItem,
  summarize,
} from './AuditStore';
import {
  AuditedEntity,
  departuresOf,
  driftOf,
  freezeFacts,
  isAudited,
} from './freeze';
import { batchItemKey, isKeepableUnchanged } from './keepUnchanged';
import { dueAt, quarterOf, reviewWindow } from './quarters';

type Endpoint = Extract<PrivateLinkEntity, { kind: 'endpoint' }>;

/** The audited entities of the fleet, by owner. */
interface Fleet {
  byOwner: Map<string, AuditedEntity[]>;
  owners: Map<string, string | undefined>;
}

/** The current owner of each of these audited entities that is still in the catalog. */
type CurrentOwners = (
  entityRefs: string[],
) => Promise<Map<string, string | undefined>>;

/**
 * Quarterly audit campaigns: opening one freezes what each owner has (inventory row, the quarter's
 * usage, cost, health, findings) and what drifted since their previous campaign; owners then
 * decide on each item. Reads the fleet with the plugin's own credentials: a campaign is the
 * owner's whole inventory, not what the user who opened it can see.
 */
export class AuditService {
  constructor(
    private readonly deps: {
      auth: AuthService;
      entities: PrivateLinkEntities;
      store: AuditStore;
      usage: Pick<UsageService, 'idleVerdicts' | 'windowTotals'>;
      cost: Pick<CostService, 'costs'>;
      health: Pick<HealthService, 'health'>;
      posture: Pick<PostureService, 'openFindings'>;
      settings: PrivateLinkBackendConfig;
    },
  ) {}

  private async fleet(): Promise<Fleet> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const { entities } = await this.deps.entities.all(credentials);
    const audited = entities.filter(isAudited);
    const owners = new Map(
      audited.map(item => [item.entityRef, ownerOf(item)]),
    );
    return {
      byOwner: groupBy(audited, item => owners.get(item.entityRef)),
      owners,
    };
  }

  /** The frozen facts of many entities, from a constant number of queries. */
  private async freeze(
    items: AuditedEntity[],
    now: Date,
  ): Promise<Map<string, FrozenAuditFacts>> {
    const window = reviewWindow(now);
    const refs = items.map(i => i.entityRef);
    const endpoints = items.filter((i): i is Endpoint => i.kind === 'endpoint');
    const [totals, idle, costs, health, findings] = await Promise.all([
      this.deps.usage.windowTotals(refs, window.from, window.to),
      this.deps.usage.idleVerdicts(endpoints, now),
      this.deps.cost.costs(items, now),
      this.deps.health.health(items, now),
      this.deps.posture.openFindings(refs),
    ]);
    const findingsOf = groupBy(findings, f => f.entityRef);
    return new Map(
      items.map(item => [
        item.entityRef,
        freezeFacts(item, {
          window,
          totals: totals.get(item.entityRef),
          idle: idle.get(item.entityRef),
          cost: costs.get(item.entityRef),
          health: health.get(item.entityRef),
          findings: findingsOf.get(item.entityRef) ?? [],
        }),
      ]),
    );
  }

  private async openFor(
    owner: string,
    facts: Map<string, FrozenAuditFacts>,
    items: AuditedEntity[],
    currentOwners: CurrentOwners,
    now: Date,
    openedBy: string,
  ): Promise<{ id: string; opened: boolean }> {
    const { store, settings } = this.deps;
    const quarter = quarterOf(now);
    const previous = await store.previousCampaign(owner, quarter);
    const refs = new Set(items.map(i => i.entityRef));
    const arrivals = [...refs].filter(ref => !previous?.items.has(ref));
    const departed = previous
      ? [...previous.items.keys()].filter(ref => !refs.has(ref))
      : [];
    const lastOwners = previous
      ? await store.lastAuditedOwners(arrivals)
      : new Map<string, string>();
    const stored: StoredItem[] = items.map(item => {
      const frozen = facts.get(item.entityRef)!;
      const formerOwner = lastOwners.get(item.entityRef);
      return {
        entityRef: item.entityRef,
        kind: item.kind,
        facts: frozen,
        drift: driftOf(
          frozen,
          previous,
          item.entityRef,
          formerOwner !== owner ? formerOwner : undefined,
        ),
      };
    });
    return store.openCampaign({
      id: randomUUID(),
      owner,
      quarter,
      openedAt: now.toISOString(),
      dueAt: dueAt(now, settings.audit.dueInDays),
      openedBy,
      ...(previous ? { previousCampaignId: previous.id } : {}),
      departures: previous
        ? departuresOf(
            previous.items,
            refs,
            departed.length ? await currentOwners(departed) : new Map(),
          )
        : [],
      items: stored,
    });
  }

  /**
   * Opens this quarter's campaign for every owner of an endpoint or provided service that has
   * none yet: what the scheduled task runs. Rerunning it opens nothing twice.
   */
  async openDue(now: Date): Promise<{ opened: string[]; existing: number }> {
    const fleet = await this.fleet();
    const existing = await this.deps.store.ownersWithCampaign(quarterOf(now));
    const owners = [...fleet.byOwner.keys()]
      .filter(o => !existing.has(o))
      .sort();
    const opened: string[] = [];
    // One owner at a time: what is frozen in memory is one owner's items, not the fleet's.
    for (const owner of owners) {
      const items = fleet.byOwner.get(owner)!;
      const facts = await this.freeze(items, now);
      const result = await this.openFor(
        owner,
        facts,
        items,
        async () => fleet.owners,
        now,
        'scheduler',
      );
      if (result.opened) opened.push(owner);
    }
    return { opened, existing: existing.size };
  }

  /**
   * Opens this quarter's campaign of one owner on demand; the existing one if it is open. Reads
   * the owner's entities and, of the previous campaign's items that are no longer the owner's,
   * only those: never the fleet.
   */
  async open(
    owner: string,
    openedBy: string,
    now: Date,
  ): Promise<{ campaign: AuditCampaignSummary; opened: boolean }> {
    const { entities } = this.deps;
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    // The catalog's ownership relation selects them; the spec's owner (what the scheduled task
    // groups by) has the last word.
    const items = (await entities.ofOwner(owner, credentials)).entities
      .filter(isAudited)
      .filter(item => ownerOf(item) === owner);
    const currentOwners: CurrentOwners = async refs =>
      new Map(
        (await entities.byRefs(refs, credentials)).entities
          .filter(isAudited)
          .map(item => [item.entityRef, ownerOf(item)]),
      );
    const result = await this.openFor(
      owner,
      await this.freeze(items, now),
      items,
      currentOwners,
      now,
      openedBy,
    );
    const [campaign] = await this.deps.store.listCampaigns(
      { owner, quarter: quarterOf(now) },
      now,
    );
    if (campaign?.id !== result.id)
      throw new Error(`Campaign ${result.id} of ${owner} was not stored`);
    return { campaign, opened: result.opened };
  }

  async list(
    filter: { owner?: string; quarter?: string },
    now: Date,
  ): Promise<AuditCampaignSummary[]> {
    return this.deps.store.listCampaigns(filter, now);
  }

  /**
   * Records an owner's decision on an item. A replay of the same idempotency key returns the
   * decision first recorded; the key used for another decision is a conflict.
   */
  decide(decision: NewDecision) {
    return this.deps.store.recordDecision(decision);
  }

  /**
   * Keeps many items of a campaign unchanged: one keep decision per item with the batch's comment,
   * each under its own idempotency key derived from the batch's, in the order asked. A replay of
   * the batch returns the decisions first recorded; a key used for another decision is a
   * conflict, and the items after it are not recorded. The caller has checked the items.
   */
  async keepUnchanged(batch: {
    campaignId: string;
    entityRefs: string[];
    comment: string;
    actor: string;
    decidedAt: string;
    idempotencyKey: string;
  }): Promise<
    | { decisions: AuditDecision[]; replayed: number }
    | { conflict: AuditDecision & { entityRef: string } }
  > {
    const decisions: AuditDecision[] = [];
    let replayed = 0;
    for (const entityRef of batch.entityRefs) {
      const result = await this.deps.store.recordDecision({
        campaignId: batch.campaignId,
        entityRef,
        decision: 'keep',
        comment: batch.comment,
        actor: batch.actor,
        decidedAt: batch.decidedAt,
        idempotencyKey: batchItemKey(batch.idempotencyKey, entityRef),
      });
      if ('conflict' in result) return result;
      decisions.push(result.decision);
      if (result.replayed) replayed++;
    }
    return { decisions, replayed };
  }

  /** Every campaign of a quarter, whole (items, decisions, departures), by owner. */
  async quarter(quarter: string, now: Date): Promise<AuditCampaign[]> {
    const campaigns: AuditCampaign[] = [];
    for (const summary of await this.list({ quarter }, now)) {
      const campaign = await this.campaign(summary.id, now);
      if (campaign) campaigns.push(campaign);
    }
    return campaigns;
  }

  /** A campaign with each item's latest decision and history; undefined when there is none. */
  async campaign(id: string, now: Date): Promise<AuditCampaign | undefined> {
    const stored = await this.deps.store.campaign(id);
    return stored ? withDecisions(stored, now) : undefined;
  }

  /** An entity's audit items, newest quarter first, with their decisions. */
  async itemHistory(entityRef: string, now: Date) {
    const history = await this.deps.store.itemHistory(entityRef);
    const campaigns = new Map(
      (
        await this.deps.store.listCampaigns(
          { ids: history.map(h => h.campaign.id) },
          now,
        )
      ).map(c => [c.id, c]),
    );
    return history.map(({ campaign, item, decisions }) => ({
      campaign: campaigns.get(campaign.id)!,
      item: {
        ...item,
        history: decisions,
        keepableUnchanged: isKeepableUnchanged(item),
        ...(decisions.length
          ? { decision: decisions[decisions.length - 1] }
          : {}),
      } as AuditItem,
    }));
  }
}

/** A stored campaign as the API returns it: items with their decisions, and its progress. */
export function withDecisions(
  stored: StoredCampaign,
  now: Date,
): AuditCampaign {
  const entries: AuditItem[] = stored.items.map(item => {
    const history = stored.decisions
      .filter(d => d.entityRef === item.entityRef)
      .map(({ entityRef: _ref, ...decision }) => decision);
    return {
      ...item,
      history,
      ...(history.length ? { decision: history[history.length - 1] } : {}),
      keepableUnchanged: isKeepableUnchanged(item),
    };
  });
  const firstDecisions = entries
    .filter(e => e.history.length)
    .map(e => e.history[0].decidedAt);
  return {
    ...summarize(
      stored,
      entries.length,
      firstDecisions,
      now,
      stored.decisions.reduce<string | undefined>(
        (latest, d) => (latest && latest > d.decidedAt ? latest : d.decidedAt),
        undefined,
      ),
    ),
    entries,
    departures: stored.departures,
  };
}

export const auditServiceRef = createServiceRef<AuditService>({
  id: 'privatelink.audit',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        auth: coreServices.auth,
        entities: privatelinkEntitiesServiceRef,
        store: auditStoreServiceRef,
        usage: usageServiceRef,
        cost: costServiceRef,
        health: healthServiceRef,
        posture: postureServiceRef,
        settings: settingsServiceRef,
      },
      factory: deps => new AuditService(deps),
    }),
});
