import {
  AuthService,
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { ANNOTATION_LOCATION, Entity } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  CatalogService,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  InventoryRefreshStatus,
  VPC_ENTITY_TYPE,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  AccountTarget,
  AwsApiCallCounter,
} from '@privatelink-portal/plugin-privatelink-node';
import {
  mapRegionInventory,
  MappingContext,
  MappingProblem,
} from '../lib/entities';
import { InventoryReader } from '../lib/inventory';
import { PrivateLinkCatalogConfig } from './config';
import { refuseSuspiciousDrops } from './InventoryGuard';
import { InventoryStatusReporter } from './InventoryStatusReporter';

/** Each kind of entity is guarded on its own: VPCs that stay must not hide endpoints that vanish. */
const GUARDED_TYPES = [
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  VPC_ENTITY_TYPE,
];

export interface PrivateLinkAccountEntityProviderOptions {
  target: AccountTarget;
  /** Reads the account: from AWS or from its snapshot, as its source says. */
  reader: InventoryReader;
  settings: PrivateLinkCatalogConfig;
  inventoriedAccountIds: ReadonlySet<string>;
  taskRunner: SchedulerServiceTaskRunner;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
  status: InventoryStatusReporter;
  /** The process's AWS call counter, to report the calls each refresh made. */
  counter?: AwsApiCallCounter;
  /** Called after a refresh applied, with how many entities this account now has. */
  onApplied?: (applied: { location: string; entities: number }) => void;
}

/**
 * Ingests the VPC endpoints and provided endpoint services of one AWS account, in all its
 * configured regions. Each account has its own provider, location key and scheduled task, so an
 * account that fails, is throttled or answers suspiciously keeps its previous entities and can
 * never touch another account's.
 */
export class PrivateLinkAccountEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  /** What the last applied refresh held, by `spec.type`. */
  private lastApplied?: Map<string, number>;
  readonly location: string;

  constructor(
    private readonly options: PrivateLinkAccountEntityProviderOptions,
  ) {
    this.location = `privatelink:account/${options.target.accountId}`;
  }

  getProviderName(): string {
    return `privatelink-account-${this.options.target.accountId}`;
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: this.refreshTaskId(),
      fn: async () => {
        await this.refresh();
      },
    });
  }

  /** Reads every region of the account and applies the result, or applies nothing. */
  /** The id of this account's scheduled refresh task, which the refresh route triggers. */
  refreshTaskId(): string {
    return `${this.getProviderName()}:refresh`;
  }

  async refresh(): Promise<{
    applied: boolean;
    entityCount: number;
    error?: string;
  }> {
    if (!this.connection)
      throw new Error(`${this.getProviderName()} is not connected`);
    const { target, reader, settings, logger, counter } = this.options;
    const started = Date.now();
    const callsBefore =
      counter?.list({ accountId: target.accountId, service: 'EC2' }) ?? [];
    const status: InventoryRefreshStatus = {
      provider: this.getProviderName(),
      accountId: target.accountId,
      source: target.source.type,
      regions: target.regions,
      lastAttemptAt: new Date(started).toISOString(),
      apiCalls: [],
      omitted: [],
    };
    const finish = async (patch: Partial<InventoryRefreshStatus>) => {
      const calls = counter
        ? AwsApiCallCounter.since(
            callsBefore,
            counter.list({ accountId: target.accountId, service: 'EC2' }),
          )
        : [];
      await this.options.status.report({
        ...status,
        ...patch,
        durationMs: Date.now() - started,
        apiCalls: calls.map(({ region, api, calls: n }) => ({
          region,
          api,
          calls: n,
        })),
      });
      return calls.reduce((sum, c) => sum + c.calls, 0);
    };
    const problems: MappingProblem[] = [];
    const context: MappingContext = {
      ownership: settings.ownership,
      vendors: settings.vendors,
      inventoriedAccountIds: this.options.inventoriedAccountIds,
      location: this.location,
      report: problem => problems.push(problem),
    };
    try {
      const inventories = await Promise.all(
        target.regions.map(region =>
          reader.readRegion(target.accountId, region),
        ),
      );
      const entities = inventories.flatMap(inventory =>
        mapRegionInventory(inventory, context),
      );
      const next = countByType(entities);
      const previous = this.lastApplied ?? (await this.countInCatalog());
      const refusal = refuseSuspiciousDrops(
        previous,
        next,
        settings.guard.maxDropRatio,
      );
      if (refusal) throw new Error(`refused to apply the refresh: ${refusal}`);

      await this.connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({
          entity,
          locationKey: this.location,
        })),
      });
      this.lastApplied = next;
      const omitted = inventories.flatMap(i =>
        i.omitted.map(o => ({ region: i.region, ...o })),
      );
      for (const o of omitted) {
        logger.warn(
          `PrivateLink inventory of account ${target.accountId} in ${o.region} applied without ${o.api}, which AWS denied: ${o.reason}`,
        );
      }
      for (const p of problems.slice(0, 20)) {
        logger.warn(
          `PrivateLink inventory of account ${target.accountId} in ${p.region}: ${p.resource} ${p.problem}`,
        );
      }
      if (problems.length > 20) {
        logger.warn(
          `PrivateLink inventory of account ${target.accountId}: ${
            problems.length - 20
          } more refusals, in the operators' status`,
        );
      }
      const apiCalls = await finish({
        lastSuccessAt: new Date().toISOString(),
        entities: entities.length,
        omitted,
        problems: problems.slice(0, 100),
        problemCount: problems.length,
      });
      logger.info(
        `PrivateLink inventory of account ${
          target.accountId
        } (${target.regions.join(', ')}): ${entities.length} entities in ${
          Date.now() - started
        } ms, ${apiCalls} AWS calls${
          problems.length ? `, ${problems.length} refusals` : ''
        }`,
      );
      this.options.onApplied?.({
        location: this.location,
        entities: entities.length,
      });
      return { applied: true, entityCount: entities.length };
    } catch (error) {
      const message = stringifyError(error);
      await finish({
        lastError: message,
        lastErrorAt: new Date().toISOString(),
      });
      logger.error(
        `PrivateLink inventory of account ${target.accountId} failed; its previous entities are kept: ${message}`,
      );
      return { applied: false, entityCount: 0, error: message };
    }
  }

  /** What the catalog holds from this account now, by type: the guard's baseline after a restart. */
  private async countInCatalog(): Promise<Map<string, number> | undefined> {
    const counts = await Promise.all(
      GUARDED_TYPES.map(type =>
        countEntitiesAt(this.options, this.location, {
          kind: 'Resource',
          'spec.type': type,
        }),
      ),
    );
    if (counts.some(count => count === undefined)) return undefined;
    return new Map(GUARDED_TYPES.map((type, i) => [type, counts[i]!]));
  }
}

function countByType(entities: Entity[]): Map<string, number> {
  const counts = new Map<string, number>(GUARDED_TYPES.map(t => [t, 0]));
  for (const entity of entities) {
    const type = String(entity.spec?.type);
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many catalog entities a location key owns: the drop guard's baseline after a restart.
 * Undefined when the catalog cannot say; then only an empty answer is refused.
 */
export async function countEntitiesAt(
  deps: { catalog: CatalogService; auth: AuthService; logger: LoggerService },
  location: string,
  filter: Record<string, string> = {},
): Promise<number | undefined> {
  try {
    const { totalItems } = await deps.catalog.queryEntities(
      {
        filter: {
          ...filter,
          [`metadata.annotations.${ANNOTATION_LOCATION}`]: location,
        },
        limit: 1,
      },
      { credentials: await deps.auth.getOwnServiceCredentials() },
    );
    return totalItems;
  } catch (error) {
    deps.logger.warn(
      `Could not count the catalog entities of ${location}: ${stringifyError(
        error,
      )}`,
    );
    return undefined;
  }
}
