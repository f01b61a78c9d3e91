import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AlertsReport,
  AuditCampaign,
  AuditCampaignSummary,
  AuditDecision,
  AuditDecisionKind,
  AuditItem,
  CostReport,
  FleetFilter,
  FleetRow,
  FleetSummary,
  HealthReport,
  InventoryFreshness,
  InventorySummary,
  OperatorsStatus,
  PostureReport,
  RequestAccount,
  RequestEstimate,
  RequestNetworkSource,
  RequestOwner,
  RequestSecurityGroup,
  RequestServiceGroup,
  RequestSubnet,
  RequestVpc,
  UsageReport,
} from './types';

/**
 * The privatelink backend's REST API as the cards, the PrivateLink page and the request form use
 * it: reads of usage, cost, health, findings, inventories, the fleet, audits and the operators'
 * status, the request form's choices, and one write (an audit decision). @public
 */
export interface PrivateLinkApi {
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
  getInventory(
    ownerRef: string,
    includeChildren?: boolean,
  ): Promise<InventorySummary>;
  /** The operators' status; a 403 for those the permission policy does not let read it. */
  getStatus(): Promise<OperatorsStatus>;
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
  /** The fleet page's figures, aggregated by the backend for the filters. */
  getFleet(filter: FleetFilter): Promise<FleetSummary>;
  /** The endpoints and provided services the filters select. */
  getFleetRows(filter: FleetFilter): Promise<FleetRow[]>;
  /** The request form's options, for the signed-in user. */
  getRequestAccounts(): Promise<RequestAccount[]>;
  getRequestOwners(): Promise<RequestOwner[]>;
  getRequestVpcs(accountId: string, region: string): Promise<RequestVpc[]>;
  getRequestSubnets(
    accountId: string,
    region: string,
    vpcId: string,
  ): Promise<{ source: RequestNetworkSource; subnets: RequestSubnet[] }>;
  getRequestSecurityGroups(
    accountId: string,
    region: string,
    vpcId: string,
  ): Promise<{
    source: RequestNetworkSource;
    securityGroups: RequestSecurityGroup[];
  }>;
  getRequestServices(
    region: string,
    owner: string,
  ): Promise<RequestServiceGroup[]>;
  getRequestEstimate(request: RequestEstimateInput): Promise<RequestEstimate>;
}

/** What the review step asks an estimate for. @public */
export interface RequestEstimateInput {
  accountId: string;
  region: string;
  vpcId: string;
  serviceName: string;
  owner: string;
  azCount: number;
  ownerTagKey?: string;
  name?: string;
}

const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      v === undefined || v === '' ? [] : [[k, String(v)]],
    ),
  ).toString();

function fleetQuery(filter: FleetFilter): string {
  const params = new URLSearchParams(
    Object.entries(filter).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !!entry[1],
    ),
  ).toString();
  return params ? `?${params}` : '';
}

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

/** The client over the backend's REST API; a failed response is thrown, never swallowed. @public */
export class PrivateLinkClient implements PrivateLinkApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const base = await this.deps.discoveryApi.getBaseUrl('privatelink');
    const response = init
      ? await this.deps.fetchApi.fetch(`${base}${path}`, init)
      : await this.deps.fetchApi.fetch(`${base}${path}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response;
  }

  private async get<T>(path: string): Promise<T> {
    return (await (await this.fetch(path)).json()) as T;
  }

  private entityPath(entity: CompoundEntityRef, what: string) {
    const parts = [entity.kind, entity.namespace, entity.name].map(
      encodeURIComponent,
    );
    return `/entities/${parts.join('/')}/${what}`;
  }

  getUsage(entity: CompoundEntityRef, days: number) {
    return this.get<UsageReport>(
      `${this.entityPath(entity, 'usage')}?days=${days}`,
    );
  }

  getCost(entity: CompoundEntityRef) {
    return this.get<CostReport>(this.entityPath(entity, 'cost'));
  }

  getHealth(entity: CompoundEntityRef) {
    return this.get<HealthReport>(this.entityPath(entity, 'health'));
  }

  getFreshness(entity: CompoundEntityRef) {
    return this.get<InventoryFreshness>(this.entityPath(entity, 'freshness'));
  }

  getAlerts(entity: CompoundEntityRef) {
    return this.get<AlertsReport>(this.entityPath(entity, 'alerts'));
  }

  getFindings(entity: CompoundEntityRef) {
    return this.get<PostureReport>(this.entityPath(entity, 'findings'));
  }

  getInventory(ownerRef: string, includeChildren = false) {
    return this.get<InventorySummary>(
      `/inventory?owner=${encodeURIComponent(ownerRef)}${
        includeChildren ? '&includeChildren=true' : ''
      }`,
    );
  }

  getStatus() {
    return this.get<OperatorsStatus>('/status');
  }

  getAuditHistory(entity: CompoundEntityRef) {
    return this.get<AuditHistory>(this.entityPath(entity, 'audit'));
  }

  async listAuditCampaigns(ownerRef?: string) {
    const { campaigns } = await this.get<{ campaigns: AuditCampaignSummary[] }>(
      ownerRef ? `/audits?owner=${encodeURIComponent(ownerRef)}` : '/audits',
    );
    return campaigns;
  }

  getAuditCampaign(id: string) {
    return this.get<AuditCampaign>(`/audits/${encodeURIComponent(id)}`);
  }

  async decide(
    campaignId: string,
    entity: CompoundEntityRef,
    decision: DecisionInput,
  ) {
    const parts = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await this.fetch(
      `/audits/${encodeURIComponent(campaignId)}/items/${parts}/decisions`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(decision),
      },
    );
    return response.json();
  }

  getFleet(filter: FleetFilter) {
    return this.get<FleetSummary>(`/fleet${fleetQuery(filter)}`);
  }

  async getFleetRows(filter: FleetFilter) {
    return (
      await this.get<{ rows: FleetRow[] }>(`/fleet/rows${fleetQuery(filter)}`)
    ).rows;
  }

  async exportAuditCampaign(id: string, format: 'csv' | 'json') {
    return (
      await this.fetch(
        `/audits/${encodeURIComponent(id)}/export?format=${format}`,
      )
    ).blob();
  }
  async getRequestAccounts() {
    return (
      await this.get<{ accounts: RequestAccount[] }>('/requests/accounts')
    ).accounts;
  }

  async getRequestOwners() {
    return (await this.get<{ owners: RequestOwner[] }>('/requests/owners'))
      .owners;
  }

  async getRequestVpcs(accountId: string, region: string) {
    return (
      await this.get<{ vpcs: RequestVpc[] }>(
        `/requests/vpcs?${query({ account: accountId, region })}`,
      )
    ).vpcs;
  }

  getRequestSubnets(accountId: string, region: string, vpcId: string) {
    return this.get<{ source: RequestNetworkSource; subnets: RequestSubnet[] }>(
      `/requests/subnets?${query({ account: accountId, region, vpc: vpcId })}`,
    );
  }

  getRequestSecurityGroups(accountId: string, region: string, vpcId: string) {
    return this.get<{
      source: RequestNetworkSource;
      securityGroups: RequestSecurityGroup[];
    }>(
      `/requests/security-groups?${query({
        account: accountId,
        region,
        vpc: vpcId,
      })}`,
    );
  }

  async getRequestServices(region: string, owner: string) {
    return (
      await this.get<{ groups: RequestServiceGroup[] }>(
        `/requests/services?${query({ region, owner })}`,
      )
    ).groups;
  }

  getRequestEstimate(request: RequestEstimateInput) {
    return this.get<RequestEstimate>(
      `/requests/estimate?${query({
        account: request.accountId,
        region: request.region,
        vpc: request.vpcId,
        service: request.serviceName,
        owner: request.owner,
        azs: request.azCount,
        ownerTagKey: request.ownerTagKey,
        name: request.name,
      })}`,
    );
  }
}
