import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  operations,
  PrivateLinkApiClient,
  TypedResponse,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  AlertsReport,
  AuditCampaign,
  AuditCampaignSummary,
  AuditDecision,
  AuditDecisionKind,
  AuditItem,
  ConsolidationReport,
  CostHistory,
  CostReport,
  EntitySummary,
  FleetFilter,
  FleetRow,
  FleetRows,
  FleetSummary,
  FleetTableQuery,
  HealthReport,
  InventoryFreshness,
  InventoryQuery,
  InventorySummary,
  OperatorsStatus,
  PostureReport,
  RequestAccount,
  RequestEstimate,
  RequestNetworkSource,
  RequestOwner,
  RequestSecurityGroup,
  RequestRouteTables,
  RequestServices,
  RequestSubnet,
  RequestVpc,
  UsageReport,
} from './types';

/**
 * The privatelink backend's REST API as the cards, the PrivateLink page and the request form use
 * it: reads of usage, cost, health, findings, inventories, the fleet, audits and the operators'
 * status, the request form's choices; and its writes: audit decisions (one, or a batch of keeps)
 * and an operator's inventory refresh. @public
 */
export interface PrivateLinkApi {
  /**
   * What the entity page's cards show, in one answer; the cards of one page share one request
   * (calls for the same entity within a few seconds get the same answer).
   */
  getEntitySummary(entity: CompoundEntityRef): Promise<EntitySummary>;
  getUsage(entity: CompoundEntityRef, days: number): Promise<UsageReport>;
  getCost(entity: CompoundEntityRef): Promise<CostReport>;
  getHealth(entity: CompoundEntityRef): Promise<HealthReport>;
  /** Whether the inventory the entity comes from still refreshes. */
  getFreshness(entity: CompoundEntityRef): Promise<InventoryFreshness>;
  /** The entity's health and idle incidents, and when their owners were told. */
  getAlerts(entity: CompoundEntityRef): Promise<AlertsReport>;
  /** The posture findings the backend's checks keep for an endpoint or service. */
  getFindings(entity: CompoundEntityRef): Promise<PostureReport>;
  /** A team's endpoints; with `includeChildren`, its child teams' too. */
  /** An owner's inventory: the page `query` asks for (every endpoint without a limit), with the count and totals of the rows its search selects. */
  getInventory(
    ownerRef: string,
    includeChildren?: boolean,
    query?: InventoryQuery,
  ): Promise<InventorySummary>;
  /** The operators' status; a 403 for those the permission policy does not let read it. */
  getStatus(): Promise<OperatorsStatus>;
  /** Has the catalog read one account's inventory again now (operators only). */
  refreshAccountInventory(
    accountId: string,
  ): Promise<{ accountId: string; taskId: string }>;
  /** An endpoint's or provided service's audit items, newest quarter first. */
  getAuditHistory(entity: CompoundEntityRef): Promise<AuditHistory>;
  /** An owner's campaigns (every owner's without one), newest quarter first. */
  listAuditCampaigns(ownerRef?: string): Promise<AuditCampaignSummary[]>;
  getAuditCampaign(id: string): Promise<AuditCampaign>;
  /** Records a decision as the signed-in user; replays of one idempotency key record it once. */
  decide(
    campaignId: string,
    entity: CompoundEntityRef,
    decision: DecisionInput,
  ): Promise<{ decision: AuditDecision; replayed: boolean }>;
  /** The campaign's export, as the backend produced it. */
  exportAuditCampaign(id: string, format: 'csv' | 'json'): Promise<Blob>;
  /**
   * Keeps many items of a campaign unchanged as the signed-in user: one keep decision each, one
   * comment; refused whole unless each item is keepable and the user may decide on it.
   */
  keepUnchanged(
    campaignId: string,
    batch: { entityRefs: string[]; comment: string; idempotencyKey: string },
  ): Promise<{ decisions: AuditDecision[]; replayed: number }>;
  /** Every tenant's campaign of a quarter as one CSV, as the backend produced it. */
  exportAuditQuarter(quarter: string): Promise<Blob>;
  /** What every endpoint of the fleet cost each month, and this month's forecast. */
  getFleetCostHistory(): Promise<CostHistory>;
  /**
   * Where one endpoint in a hub VPC would serve a service's endpoints in several VPCs of a network,
   * and what it would save or cost, as the last posture evaluation computed it.
   */
  getConsolidationAdvice(): Promise<ConsolidationReport>;
  /** What a tenant's (owner) or a vendor's endpoints cost each month, and this month's forecast. */
  getCostHistory(
    subject: { owner: string } | { vendor: string },
  ): Promise<CostHistory>;
  /** The fleet page's figures, aggregated by the backend for the filters. */
  getFleet(filter: FleetFilter): Promise<FleetSummary>;
  /** The endpoints and provided services the filters select. */
  getFleetRows(filter: FleetFilter): Promise<FleetRow[]>;
  /**
   * One page of the fleet table: the rows the filters and the search select, sorted and paged by
   * the backend, with how many there are in all.
   */
  getFleetTable(
    filter: FleetFilter,
    query: FleetTableQuery,
  ): Promise<FleetRows>;
  /** The request form's options, for the signed-in user. */
  getRequestAccounts(): Promise<RequestAccount[]>;
  getRequestOwners(): Promise<RequestOwner[]>;
  getRequestVpcs(accountId: string, region: string): Promise<RequestVpc[]>;
  getRequestSubnets(
    accountId: string,
    region: string,
    vpcId: string,
  ): Promise<{ source: RequestNetworkSource; subnets: RequestSubnet[] }>;
  /** The VPC's security groups, each with what the security group checks would find for the service. */
  getRequestSecurityGroups(
    accountId: string,
    region: string,
    vpcId: string,
    serviceName?: string,
  ): Promise<{
    source: RequestNetworkSource;
    securityGroups: RequestSecurityGroup[];
  }>;
  /** A VPC's route tables, for a gateway endpoint's routes. */
  getRequestRouteTables(
    accountId: string,
    region: string,
    vpcId: string,
  ): Promise<RequestRouteTables>;
  /** What the region offers the account, by vendor, narrowed for the owner. */
  getRequestServices(
    accountId: string,
    region: string,
    owner: string,
  ): Promise<RequestServices>;
  getRequestEstimate(request: RequestEstimateInput): Promise<RequestEstimate>;
}

/** What the review step asks an estimate for. @public */
export interface RequestEstimateInput {
  accountId: string;
  region: string;
  vpcId: string;
  /** A service name or its entity ref; `s3` or `dynamodb` for a gateway endpoint. */
  serviceName: string;
  owner: string;
  /** Interface when not given. */
  endpointType?: 'Interface' | 'Gateway';
  /** An interface endpoint's Availability Zones. */
  azCount?: number;
  ownerTagKey?: string;
  name?: string;
}

/** The filters that are set: an empty filter narrows nothing. */
function fleetQuery(filter: FleetFilter) {
  const set = Object.entries(filter).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && !!entry[1],
  );
  return Object.fromEntries(set) as FleetQuery;
}

/** A table's search, order and page as query parameters: only what is set. */
function pageQuery<Q extends FleetTableQuery | InventoryQuery>(query: Q) {
  return {
    ...(query.q?.trim() ? { q: query.q.trim() } : {}),
    ...(query.sort ? { sort: query.sort as NonNullable<Q['sort']> } : {}),
    ...(query.order ? { order: query.order } : {}),
    ...(query.offset ? { offset: String(query.offset) } : {}),
    ...(query.limit ? { limit: String(query.limit) } : {}),
  };
}

type FleetQuery = NonNullable<
  operations['getFleetSummary']['parameters']['query']
>;

/**
 * One answer per entity shared by the callers that ask within `ttlMs` of the first: the cards of
 * one entity page mount together and each asks for the summary. A failed answer is not kept.
 */
class SharedAnswers<T> {
  private readonly answers = new Map<
    string,
    { at: number; answer: Promise<T> }
  >();

  constructor(private readonly ttlMs: number) {}

  get(entity: CompoundEntityRef, load: () => Promise<T>): Promise<T> {
    const key =
      `${entity.kind}:${entity.namespace}/${entity.name}`.toLocaleLowerCase(
        'en-US',
      );
    const now = Date.now();
    const kept = this.answers.get(key);
    if (kept && now - kept.at < this.ttlMs) return kept.answer;
    for (const [k, v] of this.answers) {
      if (now - v.at >= this.ttlMs) this.answers.delete(k);
    }
    const answer = load();
    this.answers.set(key, { at: now, answer });
    answer.catch(() => {
      if (this.answers.get(key)?.answer === answer) this.answers.delete(key);
    });
    return answer;
  }
}

const entityPath = (entity: CompoundEntityRef) => ({
  path: {
    kind: entity.kind,
    namespace: entity.namespace,
    name: entity.name,
  },
});

/** @public */
export interface AuditHistory {
  entityRef: string;
  items: Array<{ campaign: AuditCampaignSummary; item: AuditItem }>;
}

/** @public */
export interface DecisionInput {
  decision: AuditDecisionKind;
  fix?: string;
  comment: string;
  idempotencyKey: string;
}

/** @public */
export const privatelinkApiRef = createApiRef<PrivateLinkApi>({
  id: 'plugin.privatelink.api',
});

/**
 * The client over the backend's REST API: the methods of `PrivateLinkApiClient` (common), generated
 * from the backend's OpenAPI spec, with a failed response thrown, never swallowed. @public
 */
export class PrivateLinkClient implements PrivateLinkApi {
  private readonly api: PrivateLinkApiClient;
  private readonly summaries: SharedAnswers<EntitySummary>;

  constructor(deps: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    /** How long one entity's summary is shared by the cards that ask for it; 5 s when not given. */
    shareSummaryMs?: number;
  }) {
    this.api = new PrivateLinkApiClient(deps);
    this.summaries = new SharedAnswers(deps.shareSummaryMs ?? 5_000);
  }

  /** The response's body, or a `ResponseError` carrying the backend's error. */
  private async ok<T>(pending: Promise<TypedResponse<T>>): Promise<T> {
    const response = await pending;
    if (!response.ok) {
      throw await ResponseError.fromResponse(response as Response);
    }
    return response.json();
  }

  getEntitySummary(entity: CompoundEntityRef) {
    return this.summaries.get(entity, () =>
      this.ok(this.api.getEntitySummary(entityPath(entity))),
    );
  }

  getUsage(entity: CompoundEntityRef, days: number) {
    return this.ok(
      this.api.getEntityUsage({
        ...entityPath(entity),
        query: { days: String(days) },
      }),
    );
  }

  getCost(entity: CompoundEntityRef) {
    return this.ok(this.api.getEntityCost(entityPath(entity)));
  }

  getHealth(entity: CompoundEntityRef) {
    return this.ok(this.api.getEntityHealth(entityPath(entity)));
  }

  getFreshness(entity: CompoundEntityRef) {
    return this.ok(this.api.getEntityFreshness(entityPath(entity)));
  }

  getAlerts(entity: CompoundEntityRef) {
    return this.ok(this.api.getEntityAlerts(entityPath(entity)));
  }

  getFindings(entity: CompoundEntityRef) {
    return this.ok(this.api.getEntityFindings(entityPath(entity)));
  }

  getInventory(
    ownerRef: string,
    includeChildren = false,
    query: InventoryQuery = {},
  ) {
    return this.ok(
      this.api.getInventory({
        query: {
          owner: ownerRef,
          ...(includeChildren ? { includeChildren: 'true' as const } : {}),
          ...pageQuery(query),
        },
      }),
    );
  }

  getStatus() {
    return this.ok(this.api.getOperatorsStatus());
  }

  refreshAccountInventory(accountId: string) {
    return this.ok(this.api.refreshAccountInventory({ path: { accountId } }));
  }

  getAuditHistory(entity: CompoundEntityRef) {
    return this.ok(this.api.getEntityAuditHistory(entityPath(entity)));
  }

  async listAuditCampaigns(ownerRef?: string) {
    const { campaigns } = await this.ok(
      this.api.listAuditCampaigns({
        query: ownerRef ? { owner: ownerRef } : {},
      }),
    );
    return campaigns;
  }

  getAuditCampaign(id: string) {
    return this.ok(this.api.getAuditCampaign({ path: { id } }));
  }

  decide(
    campaignId: string,
    entity: CompoundEntityRef,
    decision: DecisionInput,
  ) {
    return this.ok(
      this.api.decideAuditItem({
        path: { id: campaignId, ...entityPath(entity).path },
        body: decision,
      }),
    );
  }

  getFleetCostHistory() {
    return this.ok(this.api.getFleetCostHistory());
  }

  getConsolidationAdvice() {
    return this.ok(this.api.getConsolidationAdvice());
  }

  getCostHistory(subject: { owner: string } | { vendor: string }) {
    return this.ok(this.api.getCostHistory({ query: subject }));
  }

  getFleet(filter: FleetFilter) {
    return this.ok(this.api.getFleetSummary({ query: fleetQuery(filter) }));
  }

  getFleetTable(filter: FleetFilter, query: FleetTableQuery) {
    return this.ok(
      this.api.listFleetRows({
        query: {
          ...fleetQuery(filter),
          ...pageQuery(query),
        },
      }),
    );
  }

  async getFleetRows(filter: FleetFilter) {
    return (
      await this.ok(this.api.listFleetRows({ query: fleetQuery(filter) }))
    ).rows;
  }

  keepUnchanged(
    campaignId: string,
    batch: { entityRefs: string[]; comment: string; idempotencyKey: string },
  ) {
    return this.ok(
      this.api.keepAuditItemsUnchanged({
        path: { id: campaignId },
        body: batch,
      }),
    );
  }

  async exportAuditQuarter(quarter: string) {
    const response = await this.api.exportAuditQuarter({ path: { quarter } });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response as Response);
    }
    return response.blob();
  }

  async exportAuditCampaign(id: string, format: 'csv' | 'json') {
    const response = await this.api.exportAuditCampaign({
      path: { id },
      query: { format },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response as Response);
    }
    return response.blob();
  }

  async getRequestAccounts() {
    return (await this.ok(this.api.listRequestAccounts())).accounts;
  }

  async getRequestOwners() {
    return (await this.ok(this.api.listRequestOwners())).owners;
  }

  async getRequestVpcs(accountId: string, region: string) {
    return (
      await this.ok(
        this.api.listRequestVpcs({ query: { account: accountId, region } }),
      )
    ).vpcs;
  }

  getRequestSubnets(accountId: string, region: string, vpcId: string) {
    return this.ok(
      this.api.listRequestSubnets({
        query: { account: accountId, region, vpc: vpcId },
      }),
    );
  }

  getRequestSecurityGroups(
    accountId: string,
    region: string,
    vpcId: string,
    serviceName?: string,
  ) {
    return this.ok(
      this.api.listRequestSecurityGroups({
        query: {
          account: accountId,
          region,
          vpc: vpcId,
          ...(serviceName ? { service: serviceName } : {}),
        },
      }),
    );
  }

  getRequestRouteTables(accountId: string, region: string, vpcId: string) {
    return this.ok(
      this.api.listRequestRouteTables({
        query: { account: accountId, region, vpc: vpcId },
      }),
    );
  }

  getRequestServices(accountId: string, region: string, owner: string) {
    return this.ok(
      this.api.listRequestServices({
        query: { account: accountId, region, owner },
      }),
    );
  }

  getRequestEstimate(request: RequestEstimateInput) {
    return this.ok(
      this.api.getRequestEstimate({
        query: {
          account: request.accountId,
          region: request.region,
          vpc: request.vpcId,
          service: request.serviceName,
          owner: request.owner,
          ...(request.azCount !== undefined
            ? { azs: String(request.azCount) }
            : {}),
          ...(request.endpointType ? { type: request.endpointType } : {}),
          ...(request.ownerTagKey ? { ownerTagKey: request.ownerTagKey } : {}),
          ...(request.name ? { name: request.name } : {}),
        },
      }),
    );
  }
}
