import {
  AuthService,
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  VpcEndpointDetails,
  VpcEndpointServiceDetails,
} from '@internal/plugin-privatelink-common';
import { mapConsumedService, mapVendor } from '../lib/mapping';
import { PrivateLinkCatalogConfig } from './config';
import { refuseSuspiciousDrop } from './InventoryGuard';
import { InventoryStatusBoard } from './InventoryStatus';

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
      !endpoint?.serviceName ||
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
    .map(name => mapConsumedService(byService.get(name)!, settings.vendors, location));
}

export class PrivateLinkVendorEntityProvider implements EntityProvider {
  static readonly LOCATION = 'privatelink:vendors';
  private connection?: EntityProviderConnection;
  private lastServiceCount?: number;

  constructor(
    private readonly options: {
      settings: PrivateLinkCatalogConfig;
      taskRunner: SchedulerServiceTaskRunner;
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      status: InventoryStatusBoard;
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
    await this.options.taskRunner.run({ id: this.taskId, fn: () => this.refresh() });
  }

  async refresh(): Promise<void> {
    if (!this.connection) throw new Error(`${this.getProviderName()} is not connected`);
    const { settings, logger, status } = this.options;
    const provider = this.getProviderName();
    const started = Date.now();
    status.update(provider, { lastAttemptAt: new Date(started).toISOString() });
    try {
      const { endpoints, providedServiceNames } = await this.readCatalog();
      const services = deriveConsumedServices(
        endpoints,
        providedServiceNames,
        settings,
        PrivateLinkVendorEntityProvider.LOCATION,
      );
      const refusal = refuseSuspiciousDrop(
        this.lastServiceCount,
        services.length,
        settings.guard.maxDropRatio,
      );
      if (refusal) throw new Error(`refused to apply the refresh: ${refusal}`);
      const vendors = settings.vendors.map(v =>
        mapVendor(v, PrivateLinkVendorEntityProvider.LOCATION),
      );
      const entities = [...vendors, ...services];
      await this.connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({
          entity,
          locationKey: PrivateLinkVendorEntityProvider.LOCATION,
        })),
      });
      this.lastServiceCount = services.length;
      status.update(provider, {
        lastSuccessAt: new Date().toISOString(),
        durationMs: Date.now() - started,
        entityCount: entities.length,
        apiCalls: 0,
      });
    } catch (error) {
      const message = stringifyError(error);
      status.update(provider, { lastError: message, lastErrorAt: new Date().toISOString() });
      logger.error(`PrivateLink vendor and service entities not refreshed: ${message}`);
    }
  }

  /** The endpoints in the catalog, and the names of services inventoried accounts provide. */
  private async readCatalog() {
    const endpoints = await this.queryAll(
      { kind: 'Resource', 'spec.type': ENDPOINT_ENTITY_TYPE },
      ['spec.endpoint'],
    );
    const provided = await this.queryAll(
      {
        kind: 'Resource',
        'spec.type': ENDPOINT_SERVICE_ENTITY_TYPE,
        'spec.endpointService.origin': 'internal',
      },
      ['spec.endpointService.serviceName'],
    );
    return {
      endpoints: endpoints.map(e => e.spec?.endpoint as unknown as ConsumedEndpoint),
      providedServiceNames: new Set(
        provided.map(e => String((e.spec?.endpointService as unknown as VpcEndpointServiceDetails)?.serviceName)),
      ),
    };
  }

  private async queryAll(filter: Record<string, string>, fields: string[]): Promise<Entity[]> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.options.catalog.queryEntities(
        cursor ? { cursor, limit: 1000 } : { filter, fields, limit: 1000 },
        { credentials },
      );
      entities.push(...page.items);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return entities;
  }
}
