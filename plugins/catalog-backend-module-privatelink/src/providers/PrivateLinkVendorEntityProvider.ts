import {
  AuthService,
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  readPrivateLinkEntity,
  VpcEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import { queryAllEntities } from '@privatelink-portal/plugin-privatelink-node';
import { mapConsumedService, mapVendor } from '../lib/entities';
import { PrivateLinkCatalogConfig } from './config';
import { refuseSuspiciousDrop } from './InventoryGuard';
import { countEntitiesAt } from './PrivateLinkAccountEntityProvider';

type ConsumedEndpoint = Pick<
  VpcEndpointDetails,
  'serviceName' | 'region' | 'serviceOrigin' | 'vendor' | 'service'
>;

/**
 * The entities that belong to no single account: vendor groups from config, and one entity per
 * endpoint service that inventoried endpoints consume but no inventoried account provides (AWS
 * services, vendors' services, unmapped ones).
 *
 * Many accounts consume the same service, and the catalog lets one source own an entity, so
 * these are derived in one place from the endpoint entities already in the catalog. A failed
 * account keeps its endpoints there, so its services stay too.
 */
export function deriveConsumedServices(
  endpoints: ConsumedEndpoint[],
  providedServiceNames: ReadonlySet<string>,
  settings: PrivateLinkCatalogConfig,
  location: string,
): Entity[] {
  const byService = new Map<string, ConsumedEndpoint>();
  for (const endpoint of endpoints) {
    if (
      !endpoint.serviceName ||
      endpoint.serviceOrigin === 'internal' ||
      // A consumer that cannot describe a service of ours sees it as external; the providing
      // account's entity is the one that counts.
      providedServiceNames.has(endpoint.serviceName)
    ) {
      continue;
    }
    const known = byService.get(endpoint.serviceName);
    // Prefer an endpoint whose account could describe the service.
    if (!known || (!known.service?.serviceId && endpoint.service?.serviceId)) {
      byService.set(endpoint.serviceName, endpoint);
    }
  }
  return [...byService.keys()]
    .sort()
    .map(name =>
      mapConsumedService(byService.get(name)!, settings.vendors, location),
    );
}

/** How long a catch-up waits at most for an account's refresh to show in the catalog. */
const CATCH_UP_WAIT_MS = 60_000;
const CATCH_UP_POLL_MS = 2_000;

export class PrivateLinkVendorEntityProvider implements EntityProvider {
  static readonly LOCATION = 'privatelink:vendors';
  private connection?: EntityProviderConnection;
  private lastServiceCount?: number;

  constructor(
    private readonly options: {
      settings: PrivateLinkCatalogConfig;
      taskRunner: SchedulerServiceTaskRunner;
      scheduler: SchedulerService;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  getProviderName(): string {
    return 'privatelink-vendors';
  }

  get taskId(): string {
    return `${this.getProviderName()}:refresh`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: this.taskId,
      fn: () => this.refresh(),
    });
  }

  /** Applied account refreshes not yet seen in the catalog, by location, with their counts. */
  private readonly pending = new Map<string, number>();
  private waiting?: Promise<void>;
  private stopped = false;

  /** Stops waiting for catch-ups: the backend is shutting down. */
  stop(): void {
    this.stopped = true;
    this.pending.clear();
  }

  /**
   * Runs the refresh as soon as an account's applied entities show in the catalog (the catalog
   * processes and stitches them after the mutation), so new consumed services appear with their
   * endpoints instead of at the next scheduled run. Accounts that finish together share one
   * wait and one run.
   */
  catchUp(applied: { location: string; entities: number }): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.pending.set(applied.location, applied.entities);
    this.waiting ??= this.waitThenTrigger().finally(() => {
      this.waiting = undefined;
    });
    return this.waiting;
  }

  private async waitThenTrigger(): Promise<void> {
    const deadline = Date.now() + CATCH_UP_WAIT_MS;
    while (this.pending.size > 0 && Date.now() < deadline && !this.stopped) {
      // Unref'd: a pending catch-up never keeps a stopping backend alive.
      await new Promise(resolve =>
        setTimeout(resolve, CATCH_UP_POLL_MS).unref(),
      );
      for (const [location, entities] of [...this.pending]) {
        const count = await countEntitiesAt(this.options, location);
        if (count !== undefined && count >= entities)
          this.pending.delete(location);
      }
    }
    this.pending.clear();
    if (this.stopped) return;
    try {
      await this.options.scheduler.triggerTask(this.taskId);
    } catch (error) {
      // Already running: that run reads the catalog as it is now.
      this.options.logger.debug(
        `Vendor refresh not triggered: ${stringifyError(error)}`,
      );
    }
  }

  async refresh(): Promise<void> {
    if (!this.connection)
      throw new Error(`${this.getProviderName()} is not connected`);
    const { settings, logger } = this.options;
    const location = PrivateLinkVendorEntityProvider.LOCATION;
    try {
      const { endpoints, providedServiceNames } = await this.readCatalog();
      const services = deriveConsumedServices(
        endpoints,
        providedServiceNames,
        settings,
        location,
      );
      // After a restart the baseline is what the catalog holds from this provider.
      const previous =
        this.lastServiceCount ??
        (await countEntitiesAt(this.options, location, {
          kind: 'Resource',
          'spec.type': ENDPOINT_SERVICE_ENTITY_TYPE,
        }));
      const refusal = refuseSuspiciousDrop(
        previous,
        services.length,
        settings.guard.maxDropRatio,
      );
      if (refusal) throw new Error(`refused to apply the refresh: ${refusal}`);
      const vendors = settings.vendors.map(v => mapVendor(v, location));
      const entities = [...vendors, ...services];
      await this.connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({ entity, locationKey: location })),
      });
      this.lastServiceCount = services.length;
    } catch (error) {
      logger.error(
        `PrivateLink vendor and service entities not refreshed: ${stringifyError(
          error,
        )}`,
      );
    }
  }

  /**
   * The endpoints in the catalog, and the names of services inventoried accounts provide, read
   * against the entity contract; an entity that does not match it is logged and skipped.
   */
  private async readCatalog() {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const entities = await queryAllEntities(
      this.options.catalog,
      {
        filter: [
          { kind: 'Resource', 'spec.type': ENDPOINT_ENTITY_TYPE },
          {
            kind: 'Resource',
            'spec.type': ENDPOINT_SERVICE_ENTITY_TYPE,
            'spec.endpointService.origin': 'internal',
          },
        ],
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec'],
      },
      credentials,
    );
    const endpoints: ConsumedEndpoint[] = [];
    const providedServiceNames = new Set<string>();
    for (const entity of entities) {
      const read = readPrivateLinkEntity(entity);
      if (!read) continue;
      if (!read.success) {
        this.options.logger.warn(
          `Skipped ${stringifyEntityRef(
            entity,
          )}, which does not match the PrivateLink entity contract: ${
            read.error
          }`,
        );
      } else if (read.data.kind === 'endpoint') {
        endpoints.push(read.data.endpoint);
      } else if (read.data.kind === 'service') {
        providedServiceNames.add(read.data.service.serviceName);
      }
    }
    return { endpoints, providedServiceNames };
  }
}
