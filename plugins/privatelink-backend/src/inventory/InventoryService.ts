import {
  BackstageCredentials,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
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
  ownerOf,
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import { HealthService, healthServiceRef } from '../health';
import { PostureService, postureServiceRef } from '../posture';
import { UsageService, usageServiceRef } from '../usage';

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
 * A tenant's endpoint inventory, as the backend computes it: one catalog query, one permission
 * decision, and a constant number of store queries (batched by entity refs), whatever the number
 * of endpoints. The card shows these rows as they come.
 */
export class InventoryService {
  constructor(
    private readonly deps: {
      entities: PrivateLinkEntities;
      usage: UsageService;
      cost: CostService;
      health: HealthService;
      posture: Pick<PostureService, 'openFindings'>;
    },
  ) {}

  async inventory(
    ownerRef: string,
    credentials: BackstageCredentials,
    now: Date,
    options: { includeChildren?: boolean } = {},
  ): Promise<InventorySummary> {
    const children = options.includeChildren
      ? await this.deps.entities.descendantGroups(ownerRef, credentials)
      : [];
    const { entities, invalid } = await this.deps.entities.ownedBy(
      [ownerRef, ...children],
      credentials,
      ['endpoint', 'service'],
    );
    const endpoints = entities.filter(
      (e): e is Extract<PrivateLinkEntity, { kind: 'endpoint' }> =>
        e.kind === 'endpoint',
    );
    const provided = entities.filter(
      (e): e is Extract<PrivateLinkEntity, { kind: 'service' }> =>
        e.kind === 'service' && !!e.service.provider,
    );
    const [rows, services] = await Promise.all([
      this.rows(endpoints, now),
      this.serviceRows(provided, now),
    ]);
    if (options.includeChildren) {
      const owners = new Map(entities.map(e => [e.entityRef, ownerOf(e)]));
      for (const row of [...rows, ...services])
        row.ownerRef = owners.get(row.entityRef);
    }
    return {
      owner: ownerRef,
      ...(options.includeChildren ? { includedGroups: children } : {}),
      endpoints: rows,
      services,
      invalid,
    };
  }

  /** Rows of the endpoint services a tenant provides: health, consumers and findings. */
  private async serviceRows(
    services: Array<Extract<PrivateLinkEntity, { kind: 'service' }>>,
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
      .sort(
        (a, b) =>
          a.accountId.localeCompare(b.accountId) ||
          a.serviceName.localeCompare(b.serviceName),
      );
  }

  /**
   * Inventory rows of many endpoints, from a constant number of store queries whatever their
   * number: what the tenant inventory shows and the fleet snapshot aggregates.
   */
  async rows(
    endpoints: Array<Extract<PrivateLinkEntity, { kind: 'endpoint' }>>,
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
    rows.sort(
      (a, b) =>
        a.accountId.localeCompare(b.accountId) ||
        a.endpointId.localeCompare(b.endpointId),
    );
    return rows;
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
      },
      factory: deps => new InventoryService(deps),
    }),
});
