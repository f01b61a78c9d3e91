import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  CostReport,
  HealthReport,
  InventorySummary,
  OperatorsStatus,
  PostureReport,
  UsageReport,
} from './types';

/** Reads usage, cost and health from the privatelink backend. @public */
export interface PrivateLinkApi {
  getUsage(entity: CompoundEntityRef, days: number): Promise<UsageReport>;
  getCost(entity: CompoundEntityRef): Promise<CostReport>;
  getHealth(entity: CompoundEntityRef): Promise<HealthReport>;
  /** The posture findings the backend's checks keep for an endpoint or service. */
  getFindings(entity: CompoundEntityRef): Promise<PostureReport>;
  getInventory(ownerRef: string): Promise<InventorySummary>;
  /** The operators' status; a 403 for those the permission policy does not let read it. */
  getStatus(): Promise<OperatorsStatus>;
}

/** @public */
export const privatelinkApiRef = createApiRef<PrivateLinkApi>({ id: 'plugin.privatelink.api' });

/** The client over the backend's REST API; a failed response is thrown, never swallowed. @public */
export class PrivateLinkClient implements PrivateLinkApi {
  constructor(private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {}

  private async get<T>(path: string): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('privatelink');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }

  private entityPath(entity: CompoundEntityRef, what: string) {
    const parts = [entity.kind, entity.namespace, entity.name].map(encodeURIComponent);
    return `/entities/${parts.join('/')}/${what}`;
  }

  getUsage(entity: CompoundEntityRef, days: number) {
    return this.get<UsageReport>(`${this.entityPath(entity, 'usage')}?days=${days}`);
  }

  getCost(entity: CompoundEntityRef) {
    return this.get<CostReport>(this.entityPath(entity, 'cost'));
  }

  getHealth(entity: CompoundEntityRef) {
    return this.get<HealthReport>(this.entityPath(entity, 'health'));
  }

  getFindings(entity: CompoundEntityRef) {
    return this.get<PostureReport>(this.entityPath(entity, 'findings'));
  }

  getInventory(ownerRef: string) {
    return this.get<InventorySummary>(`/inventory?owner=${encodeURIComponent(ownerRef)}`);
  }

  getStatus() {
    return this.get<OperatorsStatus>('/status');
  }
}
