import {
  BackstageCredentials,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  InventoryQuery,
  InventoryRow,
  InventorySummary,
  PostureFinding,
  PrivateLinkEntity,
  ProvidedServiceRow,
  shortServiceName,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import { CostService, costServiceRef } from '../cost';
import { billedAzCount } from '../pricing';
import {
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import { HealthService, healthServiceRef } from '../health';
import { PostureService, postureServiceRef } from '../posture';
import { UsageService, usageServiceRef } from '../usage';
import {
  InventoryStore,
  inventoryStoreServiceRef,
  KeptRow,
} from './InventoryStore';
import { inventoryPage } from './page';
import { OwnedListings, principalKey } from './OwnedListings';

type Endpoint = Extract<PrivateLinkEntity, { kind: 'endpoint' }>;
type Service = Extract<PrivateLinkEntity, { kind: 'service' }>;

const byAccountAndId = (a: InventoryRow, b: InventoryRow) =>
  a.accountId.localeCompare(b.accountId) ||
  a.endpointId.localeCompare(b.endpointId);

const byAccountAndName = (a: ProvidedServiceRow, b: ProvidedServiceRow) =>
  a.accountId.localeCompare(b.accountId) ||
  a.serviceName.localeCompare(b.serviceName);

/** Per entity, its open findings that are not suppressed: counts by severity and the check ids. */
export function openFindingCounts(
  findings: PostureFinding[],
): Map<string, InventoryRow['findings']> {
  const counts = new Map<string, InventoryRow['findings']>();
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const entity = counts.get(finding.entityRef) ?? {
      high: 0,
      medium: 0,
      low: 0,
      checkIds: [],
    };
    entity[finding.severity]++;
    entity.checkIds.push(finding.checkId);
    counts.set(finding.entityRef, entity);
  }
  return counts;
}

/**
 * A tenant's endpoint inventory. Each evaluation computes every row once (`keep`: usage, cost,
 * idle, health and findings, a constant number of store queries whatever the number of
 * endpoints) and keeps it with the catalog entity's etag. A request lists the owner's entities
 * with a few fields each (one catalog query, one permission decision; the caller's listing is
 * reused for a few seconds, so that paging, sorting and searching do not list again), takes the
 * kept rows of those whose etag has not changed, and computes only the rest: entities added or
 * changed since. The answer says when its oldest row was computed (the card shows it) and when
 * the listing was made.
 */
export class InventoryService {
  constructor(
    private readonly deps: {
      entities: PrivateLinkEntities;
      usage: UsageService;
      cost: CostService;
      health: HealthService;
      posture: Pick<PostureService, 'openFindings'>;
      store: InventoryStore;
      /** How long a caller's listing of an owner is reused (0: listed for every request). */
      listingTtlMs?: number;
    },
  ) {
    this.listings = new OwnedListings(deps.listingTtlMs);
  }

  private readonly listings: OwnedListings<{
    children: string[];
    listed: Array<{ entityRef: string; etag?: string; ownerRef?: string }>;
  }>;

  /**
   * What the caller may read of the owner's (and, when asked, its child teams') endpoints and
   * services in the catalog: one listing, reused for a few seconds (`listedAt`).
   */
  private async listing(
    ownerRef: string,
    credentials: BackstageCredentials,
    includeChildren: boolean,
  ) {
    return this.listings.get(
      JSON.stringify([principalKey(credentials), ownerRef, includeChildren]),
      async () => {
        const children = includeChildren
          ? await this.deps.entities.descendantGroups(ownerRef, credentials)
          : [];
        const listed = await this.deps.entities.ownedRefs(
          [ownerRef, ...children],
          credentials,
          ['endpoint', 'service'],
        );
        return { children, listed };
      },
    );
  }

  async inventory(
    ownerRef: string,
    credentials: BackstageCredentials,
    now: Date,
    options: { includeChildren?: boolean; page?: InventoryQuery } = {},
  ): Promise<InventorySummary> {
    const {
      listing: { children, listed },
      listedAt,
    } = await this.listing(ownerRef, credentials, !!options.includeChildren);
    const kept = await this.deps.store.rowsOf(listed.map(l => l.entityRef));
    // A kept row stands for its entity while the entity's etag is the one it was computed from.
    const current = listed.flatMap(l => {
      const row = kept.get(l.entityRef);
      return row && l.etag && row.etag === l.etag ? [row] : [];
    });
    const unchanged = new Set(current.map(r => r.entityRef));
    const changed = listed
      .filter(l => !unchanged.has(l.entityRef))
      .map(l => l.entityRef);
    const { entities, invalid } = changed.length
      ? await this.deps.entities.byRefs(changed, credentials)
      : { entities: [], invalid: [] };
    const computed = await this.compute(entities, now);
    // Kept rows are shared with later requests: a row's owner goes on a copy.
    const owners = new Map(listed.map(l => [l.entityRef, l.ownerRef]));
    const owned = <T extends { entityRef: string }>(row: T): T =>
      options.includeChildren
        ? { ...row, ownerRef: owners.get(row.entityRef) }
        : row;
    const { page, total, totals } = inventoryPage(
      [
        ...computed.endpoints,
        ...current.flatMap(r => (r.kind === 'endpoint' ? [r.row] : [])),
      ].map(owned),
      options.page ?? {},
    );
    const services = [
      ...computed.services,
      ...current.flatMap(r => (r.kind === 'service' ? [r.row] : [])),
    ]
      .map(owned)
      .sort(byAccountAndName);
    const oldest = current.reduce<string | undefined>(
      (at, r) => (at === undefined || r.computedAt < at ? r.computedAt : at),
      undefined,
    );
    return {
      owner: ownerRef,
      ...(options.includeChildren ? { includedGroups: children } : {}),
      endpoints: page,
      total,
      totals,
      services,
      invalid,
      ...(oldest ? { rowsAsOf: oldest } : {}),
      listedAt: listedAt.toISOString(),
    };
  }

  /**
   * Computes the rows of every endpoint and provided service given and keeps them for the
   * requests until the next evaluation; returns them for the fleet snapshot.
   */
  async keep(
    items: PrivateLinkEntity[],
    now: Date,
  ): Promise<{ endpoints: InventoryRow[]; services: ProvidedServiceRow[] }> {
    const computed = await this.compute(items, now);
    const etags = new Map(
      items.map(i => [i.entityRef, i.entity.metadata.etag]),
    );
    const kept: KeptRow[] = [
      ...computed.endpoints.map(row => ({
        kind: 'endpoint' as const,
        entityRef: row.entityRef,
        etag: etags.get(row.entityRef),
        row,
      })),
      ...computed.services.map(row => ({
        kind: 'service' as const,
        entityRef: row.entityRef,
        etag: etags.get(row.entityRef),
        row,
      })),
    ];
    await this.deps.store.replace(kept, now);
    return computed;
  }

  /** The rows of the endpoints and provided services among the entities; others are left out. */
  private async compute(
    items: PrivateLinkEntity[],
    now: Date,
  ): Promise<{ endpoints: InventoryRow[]; services: ProvidedServiceRow[] }> {
    const endpoints = items.filter((e): e is Endpoint => e.kind === 'endpoint');
    const provided = items.filter(
      (e): e is Service => e.kind === 'service' && !!e.service.provider,
    );
    const [rows, services] = await Promise.all([
      this.rows(endpoints, now),
      this.serviceRows(provided, now),
    ]);
    return { endpoints: rows, services };
  }

  /** Rows of the endpoint services a tenant provides: health, consumers and findings. */
  private async serviceRows(
    services: Service[],
    now: Date,
  ): Promise<ProvidedServiceRow[]> {
    if (services.length === 0) return [];
    const [health, findings] = await Promise.all([
      this.deps.health.health(services, now),
      this.deps.posture.openFindings(services.map(s => s.entityRef)),
    ]);
    const findingsOf = openFindingCounts(findings);
    return services
      .map(({ entity, entityRef, service }): ProvidedServiceRow => {
        const provider = service.provider!;
        const status = health.get(entityRef)!;
        const connections = provider.connections;
        return {
          entityRef,
          title: entity.metadata.title ?? entity.metadata.name,
          serviceName: service.serviceName,
          ...(service.serviceId ? { serviceId: service.serviceId } : {}),
          accountId: provider.accountId,
          region: service.region,
          state: service.state ?? 'unknown',
          ...(service.acceptanceRequired === undefined
            ? {}
            : { acceptanceRequired: service.acceptanceRequired }),
          ...(connections
            ? {
                consumers: {
                  total: connections.length,
                  accepted: connections.filter(
                    c => c.state.toLocaleLowerCase('en-US') === 'available',
                  ).length,
                  outsideInventory: connections.filter(c => !c.inInventory)
                    .length,
                },
              }
            : {}),
          health: status.status,
          healthReasons: status.reasons,
          findings: findingsOf.get(entityRef) ?? {
            high: 0,
            medium: 0,
            low: 0,
            checkIds: [],
          },
        };
      })
      .sort(byAccountAndName);
  }

  /**
   * Inventory rows of many endpoints, from a constant number of store queries whatever their
   * number: what the tenant inventory shows and the fleet snapshot aggregates.
   */
  private async rows(
    endpoints: Endpoint[],
    now: Date,
  ): Promise<InventoryRow[]> {
    const [idle, costs, health, findings] = await Promise.all([
      this.deps.usage.idleVerdicts(endpoints, now),
      this.deps.cost.costs(endpoints, now),
      this.deps.health.health(endpoints, now),
      this.deps.posture.openFindings(endpoints.map(e => e.entityRef)),
    ]);
    const findingsOf = openFindingCounts(findings);
    const rows = endpoints.map(
      ({ entity, entityRef, endpoint }): InventoryRow => {
        const cost = costs.get(entityRef)!;
        const status = health.get(entityRef)!;
        return {
          entityRef,
          endpointId: endpoint.endpointId,
          title: entity.metadata.title ?? entity.metadata.name,
          endpointType: endpoint.endpointType,
          state: endpoint.state,
          serviceName: endpoint.serviceName,
          serviceLabel: shortServiceName(endpoint.serviceName, endpoint.region),
          vendorRef: endpoint.vendor
            ? vendorGroupRef(endpoint.vendor)
            : undefined,
          accountId: endpoint.accountId,
          region: endpoint.region,
          vpcId: endpoint.vpcId,
          availabilityZones: billedAzCount(endpoint),
          privateDnsEnabled: endpoint.privateDnsEnabled,
          createdAt: endpoint.createdAt,
          // The cost's basis: the last 30 collected days (an endpoint had no bytes before it existed).
          bytesProcessed30d:
            endpoint.endpointType === 'Gateway'
              ? undefined
              : cost.basisBytes ?? 0,
          idle: idle.get(entityRef),
          monthlyCostUsd: cost.total,
          natSavingUsd: cost.saving,
          health: status.status,
          healthReasons: status.reasons,
          findings: findingsOf.get(entityRef) ?? {
            high: 0,
            medium: 0,
            low: 0,
            checkIds: [],
          },
        };
      },
    );
    return rows.sort(byAccountAndId);
  }
}

export const inventoryServiceRef = createServiceRef<InventoryService>({
  id: 'privatelink.inventory',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        entities: privatelinkEntitiesServiceRef,
        usage: usageServiceRef,
        cost: costServiceRef,
        health: healthServiceRef,
        posture: postureServiceRef,
        store: inventoryStoreServiceRef,
      },
      factory: deps => new InventoryService(deps),
    }),
});
