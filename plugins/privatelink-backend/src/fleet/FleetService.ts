import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  ConsolidationReport,
  CostHistory,
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
import { lastCompleteDay } from '../calendar';
import { CostService, costServiceRef } from '../cost';
import {
  ConsolidationService,
  consolidationServiceRef,
} from '../consolidation';
import { InventoryService, inventoryServiceRef } from '../inventory';
import { FleetStore, fleetStoreServiceRef } from './FleetStore';

type Endpoint = Extract<PrivateLinkEntity, { kind: 'endpoint' }>;
type Service = Extract<PrivateLinkEntity, { kind: 'service' }>;
type Vpc = Extract<PrivateLinkEntity, { kind: 'vpc' }>;

/**
 * The fleet snapshot: every endpoint's and provided service's inventory row (computed once by the
 * inventory, which keeps them for the tenant inventories), with their owners, written after each
 * posture evaluation for the fleet page to aggregate.
 */
export class FleetService {
  constructor(
    private readonly deps: {
      auth: AuthService;
      entities: PrivateLinkEntities;
      inventory: Pick<InventoryService, 'keep'>;
      cost: Pick<CostService, 'history'>;
      consolidation: Pick<ConsolidationService, 'advise' | 'latest'>;
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
    const { entities, inventory, store } = this.deps;
    const items =
      read ??
      (
        await entities.all(
          await this.deps.auth.getOwnServiceCredentials(),
          true,
        )
      ).entities;
    const vendors = new Map(
      items
        .filter((i): i is Service => i.kind === 'service')
        .map(i => [i.entityRef, i.service.vendor]),
    );
    const owners = new Map(items.map(i => [i.entityRef, ownerOf(i)]));
    const { endpoints: endpointRows, services: serviceRows } =
      await inventory.keep(
        items.filter(i => i.kind !== 'vpc'),
        now,
      );
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
    for (const row of serviceRows) {
      const vendor = vendors.get(row.entityRef);
      const owner = owners.get(row.entityRef);
      rows.push({
        entityRef: row.entityRef,
        kind: 'service',
        title: row.title,
        resourceId: row.serviceId ?? row.serviceName,
        ...(owner ? { ownerRef: owner } : {}),
        ...(vendor ? { vendorRef: vendorGroupRef(vendor) } : {}),
        accountId: row.accountId,
        region: row.region,
        type: 'Service',
        state: row.state,
        serviceLabel: shortServiceName(row.serviceName, row.region),
        // A provided service costs its provider the load balancer, not PrivateLink charges.
        monthlyCostUsd: 0,
        idle: false,
        idleMonthlyUsd: 0,
        wastedSoFarUsd: 0,
        health: row.health,
        healthReasons: row.healthReasons,
        findings: {
          high: row.findings.high,
          medium: row.findings.medium,
          low: row.findings.low,
        },
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
    // The fleet's cost by month, from the items just read: computed once per evaluation, in the
    // background, for the PrivateLink page to read.
    this.keepCostHistory(items, now);
    return { rows };
  }

  /** The fleet's cost history kept by the last evaluation, with the last complete day it ends on. */
  private keptHistory?: { lastDay: string; history: Promise<CostHistory> };

  private keepCostHistory(items: PrivateLinkEntity[], now: Date) {
    const kept = {
      lastDay: lastCompleteDay(now),
      history: this.deps.cost.history('fleet', items, now),
    };
    this.keptHistory = kept;
    // A failed computation is not kept: the next request computes it again.
    kept.history.catch(() => {
      if (this.keptHistory === kept) this.keptHistory = undefined;
    });
  }

  /**
   * What every endpoint of the fleet cost each month, and this month's forecast: the cost
   * history of a tenant's page, over every endpoint in the catalog (read with the plugin's own
   * credentials; the route asks for `privatelink.fleet.read`).
   */
  async costHistory(now: Date): Promise<CostHistory> {
    // Every request of a day shares the history the last evaluation kept (a scan of every
    // endpoint's 13 months): it ends on the same last complete day.
    if (this.keptHistory?.lastDay !== lastCompleteDay(now)) {
      const { entities } = await this.deps.entities.all(
        await this.deps.auth.getOwnServiceCredentials(),
      );
      this.keepCostHistory(entities, now);
    }
    return this.keptHistory!.history;
  }

  /**
   * The consolidation advice the last posture evaluation kept; computed for this answer on a
   * replica that has not evaluated yet.
   */
  async consolidation(now: Date): Promise<ConsolidationReport> {
    const kept = this.deps.consolidation.latest();
    if (kept.computedAt) return kept as ConsolidationReport;
    const { entities } = await this.deps.entities.all(
      await this.deps.auth.getOwnServiceCredentials(),
    );
    return {
      advice: await this.deps.consolidation.advise(
        entities.filter((e): e is Endpoint => e.kind === 'endpoint'),
        now,
      ),
    };
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
        cost: costServiceRef,
        consolidation: consolidationServiceRef,
        store: fleetStoreServiceRef,
      },
      factory: deps => new FleetService(deps),
    }),
});
