import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  FleetFilter,
  FleetRow,
  FleetRows,
  FleetSummary,
  FleetTableQuery,
  FleetVpc,
  PrivateLinkEntity,
  shortServiceName,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  ownerOf,
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import { HealthService, healthServiceRef } from '../health';
import {
  InventoryService,
  inventoryServiceRef,
  openFindingCounts,
} from '../inventory';
import { PostureService, postureServiceRef } from '../posture';
import { FleetStore, fleetStoreServiceRef } from './FleetStore';

type Endpoint = Extract<PrivateLinkEntity, { kind: 'endpoint' }>;
type Service = Extract<PrivateLinkEntity, { kind: 'service' }>;
type Vpc = Extract<PrivateLinkEntity, { kind: 'vpc' }>;

/**
 * The fleet snapshot: every endpoint's inventory row (the tenant inventory's own computation) and
 * every provided service's health and findings, with their owners, written after each posture
 * evaluation for the fleet page to aggregate.
 */
export class FleetService {
  constructor(
    private readonly deps: {
      auth: AuthService;
      entities: PrivateLinkEntities;
      inventory: InventoryService;
      health: HealthService;
      posture: Pick<PostureService, 'openFindings'>;
      store: FleetStore;
    },
  ) {}

  /**
   * Writes the snapshot. `read` is the inventory as the posture evaluation just read it, so the
   * catalog is not read twice; without it, the snapshot reads the catalog itself.
   */
  async refresh(
    now: Date,
    read?: PrivateLinkEntity[],
  ): Promise<{ rows: FleetRow[] }> {
    const { entities, inventory, health, posture, store } = this.deps;
    const items =
      read ??
      (
        await entities.all(
          await this.deps.auth.getOwnServiceCredentials(),
          true,
        )
      ).entities;
    const endpoints = items.filter((i): i is Endpoint => i.kind === 'endpoint');
    const services = items.filter(
      (i): i is Service => i.kind === 'service' && !!i.service.provider,
    );
    const owners = new Map(items.map(i => [i.entityRef, ownerOf(i)]));
    const [endpointRows, serviceHealth, serviceFindings] = await Promise.all([
      inventory.rows(endpoints, now),
      health.health(services, now),
      posture.openFindings(services.map(s => s.entityRef)),
    ]);
    const rows: FleetRow[] = endpointRows.map(row => ({
      entityRef: row.entityRef,
      kind: 'endpoint',
      title: row.title,
      resourceId: row.endpointId,
      ...(owners.get(row.entityRef)
        ? { ownerRef: owners.get(row.entityRef) }
        : {}),
      ...(row.vendorRef ? { vendorRef: row.vendorRef } : {}),
      accountId: row.accountId,
      region: row.region,
      vpcId: row.vpcId,
      type: row.endpointType,
      state: row.state,
      serviceLabel: row.serviceLabel,
      monthlyCostUsd: row.monthlyCostUsd,
      ...(row.natSavingUsd === undefined
        ? {}
        : { natSavingUsd: row.natSavingUsd }),
      idle: !!row.idle?.idle,
      idleMonthlyUsd: row.idle?.idle ? row.idle.monthlyUsd : 0,
      wastedSoFarUsd: row.idle?.idle ? row.idle.wastedSoFarUsd : 0,
      ...(row.bytesProcessed30d === undefined
        ? {}
        : { bytesProcessed30d: row.bytesProcessed30d }),
      health: row.health,
      healthReasons: row.healthReasons,
      findings: {
        high: row.findings.high,
        medium: row.findings.medium,
        low: row.findings.low,
      },
    }));
    const serviceCounts = openFindingCounts(serviceFindings);
    for (const { entity, entityRef, service } of services) {
      const {
        high = 0,
        medium = 0,
        low = 0,
      } = serviceCounts.get(entityRef) ?? {};
      const status = serviceHealth.get(entityRef)!;
      rows.push({
        entityRef,
        kind: 'service',
        title: entity.metadata.title ?? entity.metadata.name,
        resourceId: service.serviceId ?? service.serviceName,
        ...(owners.get(entityRef) ? { ownerRef: owners.get(entityRef) } : {}),
        ...(service.vendor
          ? { vendorRef: vendorGroupRef(service.vendor) }
          : {}),
        accountId: service.provider!.accountId,
        region: service.region,
        type: 'Service',
        state: service.state ?? 'unknown',
        serviceLabel: shortServiceName(service.serviceName, service.region),
        // A provided service costs its provider the load balancer, not PrivateLink charges.
        monthlyCostUsd: 0,
        idle: false,
        idleMonthlyUsd: 0,
        wastedSoFarUsd: 0,
        health: status.status,
        healthReasons: status.reasons,
        findings: { high, medium, low },
      });
    }
    const vpcs: FleetVpc[] = items
      .filter((i): i is Vpc => i.kind === 'vpc')
      .map(i => ({
        entityRef: i.entityRef,
        ...(owners.get(i.entityRef)
          ? { ownerRef: owners.get(i.entityRef) }
          : {}),
        accountId: i.vpc.accountId,
        region: i.vpc.region,
      }));
    await store.replace(rows, now, vpcs);
    return { rows };
  }

  /** The fleet page's figures for the filters, aggregated in the database from the snapshot. */
  summary(filter: FleetFilter): Promise<FleetSummary> {
    return this.deps.store.summary(filter);
  }

  /** The snapshot's rows the filters and the search select: one page, or all of them. */
  rows(filter: FleetFilter, query?: FleetTableQuery): Promise<FleetRows> {
    return this.deps.store.rows(filter, query);
  }
}

export const fleetServiceRef = createServiceRef<FleetService>({
  id: 'privatelink.fleet',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        auth: coreServices.auth,
        entities: privatelinkEntitiesServiceRef,
        inventory: inventoryServiceRef,
        health: healthServiceRef,
        posture: postureServiceRef,
        store: fleetStoreServiceRef,
      },
      factory: deps => new FleetService(deps),
    }),
});
