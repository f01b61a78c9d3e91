import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import {
  InventoryFreshness,
  InventoryRefreshStatus,
  OperatorsStatus,
  PrivateLinkEntity,
  UsageCollectionStatus,
} from '@privatelink-portal/plugin-privatelink-common';
import { Knex } from 'knex';
import { privatelinkDatabaseServiceRef } from '../database';
import {
  catalogInventoryRefresher,
  InventoryRefresher,
} from './catalogRefresh';
import { StatusStore } from './StatusStore';

/**
 * The operators' status: what each account refresh and usage collection last did, which series
 * each provided service is read from, the entities that do not match the contract, and each
 * entity's freshness. The other features record and read it here, never in its store.
 */
export class StatusService {
  constructor(
    private readonly store: StatusStore,
    /** Has the catalog read an account again now; absent, a refresh is refused as unavailable. */
    private readonly refresher?: InventoryRefresher,
  ) {}

  /** The status kept in the plugin's database (tests, and the default factory). */
  static fromDatabase(
    knex: Knex,
    refresher?: InventoryRefresher,
  ): StatusService {
    return new StatusService(new StatusStore(knex), refresher);
  }

  /** Has the catalog module read one account's inventory again now. */
  async refreshInventory(
    accountId: string,
  ): Promise<{ accountId: string; taskId: string }> {
    if (!this.refresher)
      throw new ServiceUnavailableError(
        "This backend cannot ask the catalog for a refresh: build StatusService with a refresher (statusServiceRef's default factory does)",
      );
    return this.refresher(accountId);
  }

  /** The catalog module's report of one account refresh. */
  recordInventory(status: InventoryRefreshStatus): Promise<void> {
    return this.store.recordInventory(status);
  }

  /** What each usage collection of an account and region did. */
  recordUsage(statuses: UsageCollectionStatus[]): Promise<void> {
    return this.store.recordUsage(statuses);
  }

  /** Which CloudWatch series each provided service was last read from, in words. */
  recordSeries(series: Map<string, string>): Promise<void> {
    return this.store.recordSeries(series);
  }

  /** The series last recorded for an entity. */
  seriesOf(entityRef: string): Promise<string | undefined> {
    return this.store.seriesOf(entityRef);
  }

  /** Replaces the list of entities that do not match the contract with the latest reading. */
  replaceInvalidEntities(
    invalid: Array<{ entityRef: string; error: string }>,
  ): Promise<void> {
    return this.store.replaceInvalidEntities(invalid);
  }

  /** The operators' view: refreshes, collections and invalid entities. */
  read(): Promise<OperatorsStatus> {
    return this.store.read();
  }

  /**
   * Whether the inventory an entity comes from is current: stale when its account's last refresh
   * failed, with the time of the last good one (times only; the cause is in `read`). A 400 for a
   * service no inventoried account provides.
   */
  async freshness(item: PrivateLinkEntity): Promise<InventoryFreshness> {
    const freshness = await this.freshnessOf(item);
    if (!freshness) {
      throw new InputError(
        `${item.entityRef} is a service no inventoried account provides: its freshness is its consumers'`,
      );
    }
    return freshness;
  }

  /** The same, or undefined for a service no inventoried account provides (a vendor's). */
  async freshnessOf(
    item: PrivateLinkEntity,
  ): Promise<InventoryFreshness | undefined> {
    let accountId: string | undefined;
    if (item.kind === 'endpoint') accountId = item.endpoint.accountId;
    else if (item.kind === 'vpc') accountId = item.vpc.accountId;
    else accountId = item.service.provider?.accountId;
    if (!accountId) return undefined;
    const status = await this.store.inventoryOf(accountId);
    const failing =
      !!status?.lastErrorAt &&
      (!status.lastSuccessAt || status.lastErrorAt > status.lastSuccessAt);
    return {
      entityRef: item.entityRef,
      accountId,
      ...(status?.lastSuccessAt ? { lastSuccessAt: status.lastSuccessAt } : {}),
      ...(status?.lastAttemptAt ? { lastAttemptAt: status.lastAttemptAt } : {}),
      stale: failing,
      ...(failing
        ? { failingSince: status!.failingSince ?? status!.lastErrorAt }
        : {}),
    };
  }
}

/** The operators' status of the plugin. */
export const statusServiceRef = createServiceRef<StatusService>({
  id: 'privatelink.status',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        database: privatelinkDatabaseServiceRef,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
      },
      factory: ({ database, auth, discovery }) =>
        StatusService.fromDatabase(
          database,
          catalogInventoryRefresher({ auth, discovery }),
        ),
    }),
});
