import {
  AuthService,
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { ANNOTATION_LOCATION } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { AccountTarget, AwsApiCallCounter } from '@internal/plugin-privatelink-node';
import { InventoryReader } from '../lib/inventory';
import { mapRegionInventory, MappingContext } from '../lib/mapping';
import { PrivateLinkCatalogConfig } from './config';
import { refuseSuspiciousDrop } from './InventoryGuard';
import { InventoryStatusBoard } from './InventoryStatus';

export interface PrivateLinkAccountEntityProviderOptions {
  target: AccountTarget;
  reader: InventoryReader;
  settings: PrivateLinkCatalogConfig;
  inventoriedAccountIds: ReadonlySet<string>;
  taskRunner: SchedulerServiceTaskRunner;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
  status: InventoryStatusBoard;
  counter?: AwsApiCallCounter;
  /** Called after a refresh applied, to let dependants (the vendor provider) catch up. */
  onApplied?: () => void;
}

/**
 * Ingests the VPC endpoints and provided endpoint services of one AWS account, in all its
 * configured regions. Each account has its own provider, location key and scheduled task, so an
 * account that fails, is throttled or answers suspiciously keeps its previous entities and can
 * never touch another account's.
 */
export class PrivateLinkAccountEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private lastAppliedCount?: number;
  readonly location: string;

  constructor(private readonly options: PrivateLinkAccountEntityProviderOptions) {
    this.location = `privatelink:account/${options.target.accountId}`;
  }

  getProviderName(): string {
    return `privatelink-account-${this.options.target.accountId}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        await this.refresh();
      },
    });
  }

  /** Reads every region of the account and applies the result, or applies nothing. */
  async refresh(): Promise<{ applied: boolean; entityCount: number; error?: string }> {
    if (!this.connection) throw new Error(`${this.getProviderName()} is not connected`);
    const { target, reader, settings, logger, status, counter } = this.options;
    const provider = this.getProviderName();
    const started = Date.now();
    const callsBefore = counter?.total({ accountId: target.accountId }) ?? 0;
    status.update(provider, {
      accountId: target.accountId,
      regions: target.regions,
      lastAttemptAt: new Date(started).toISOString(),
    });
    const context: MappingContext = {
      ownership: settings.ownership,
      vendors: settings.vendors,
      inventoriedAccountIds: this.options.inventoriedAccountIds,
      location: this.location,
    };
    try {
      const inventories = await Promise.all(
        target.regions.map(region => reader.readRegion(target.accountId, region)),
      );
      const entities = inventories.flatMap(inventory => mapRegionInventory(inventory, context));
      const previous = this.lastAppliedCount ?? (await this.countCatalogEntities());
      const refusal = refuseSuspiciousDrop(previous, entities.length, settings.guard.maxDropRatio);
      if (refusal) throw new Error(`refused to apply the refresh: ${refusal}`);

      await this.connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({ entity, locationKey: this.location })),
      });
      this.lastAppliedCount = entities.length;
      const durationMs = Date.now() - started;
      const apiCalls = (counter?.total({ accountId: target.accountId }) ?? 0) - callsBefore;
      status.update(provider, {
        lastSuccessAt: new Date().toISOString(),
        durationMs,
        entityCount: entities.length,
        apiCalls,
      });
      logger.info(
        `PrivateLink inventory of account ${target.accountId} (${target.regions.join(', ')}): ${entities.length} entities in ${durationMs} ms, ${apiCalls} AWS calls`,
      );
      this.options.onApplied?.();
      return { applied: true, entityCount: entities.length };
    } catch (error) {
      const message = stringifyError(error);
      status.update(provider, {
        lastError: message,
        lastErrorAt: new Date().toISOString(),
        durationMs: Date.now() - started,
      });
      logger.error(
        `PrivateLink inventory of account ${target.accountId} failed; its previous entities are kept: ${message}`,
      );
      return { applied: false, entityCount: 0, error: message };
    }
  }

  /**
   * How many entities this account has in the catalog now: the baseline for the drop guard
   * after a restart. Undefined when the catalog cannot be asked; then only an empty answer
   * is refused.
   */
  private async countCatalogEntities(): Promise<number | undefined> {
    try {
      const { totalItems } = await this.options.catalog.queryEntities(
        { filter: { [`metadata.annotations.${ANNOTATION_LOCATION}`]: this.location }, limit: 1 },
        { credentials: await this.options.auth.getOwnServiceCredentials() },
      );
      return totalItems;
    } catch (error) {
      this.options.logger.warn(
        `Could not count the catalog entities of ${this.location}: ${stringifyError(error)}`,
      );
      return undefined;
    }
  }
}
