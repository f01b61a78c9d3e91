import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  PrivateLinkEntity,
  VPC_ENTITY_TYPE,
  privatelinkEndpointReadPermission,
  readPrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { queryAllEntities } from '@privatelink-portal/plugin-privatelink-node';

/** What the features read of an entity: its spec, names, and annotations (suppressions). */
const ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.etag',
  'spec',
];

/** What says which entity it is, whose, and whether it changed: a few dozen bytes an entity. */
const REF_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.etag',
  'spec.owner',
];

/** What says where an entity's usage is collected: the account and region of an endpoint or of a service's provider. */
const CELL_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.endpoint.accountId',
  'spec.endpoint.region',
  'spec.endpointService.provider.accountId',
  'spec.endpointService.region',
];

/** Entities read by ref a request. */
const REFS_PER_READ = 500;

/** The catalog's own rules for kinds, namespaces and names (63 characters, a-z0-9 and -_.). */
const NAMES = makeValidator();

const KIND_NAMES: Record<PrivateLinkEntity['kind'], string> = {
  endpoint: 'VPC endpoint',
  service: 'endpoint service',
  vpc: 'VPC',
};

/** The entity's owner as a full ref ("group:default/payments"), or undefined when it has none. */
export function ownerOf(item: PrivateLinkEntity): string | undefined {
  return ownerRefOf(item.entity);
}

function ownerRefOf(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/** An entity an owner has, as a listing says it: its ref, its etag and its owner. */
export interface OwnedRef {
  entityRef: string;
  /** The catalog's etag, which changes with the entity (absent where a catalog gives none). */
  etag?: string;
  ownerRef?: string;
}

/** An entity that claims to be an endpoint or service and does not match the contract. */
export interface InvalidEntity {
  entityRef: string;
  error: string;
}

/** Entities read against the contract: the ones that parse, and the ones that do not. */
export interface ReadEntities {
  entities: PrivateLinkEntity[];
  invalid: InvalidEntity[];
}

/** The endpoints and provided services of one account and region, by ref. */
export interface EntityCell {
  accountId: string;
  region: string;
  entityRefs: string[];
}

/**
 * How every feature reads VPC endpoint and endpoint service entities from the catalog: with the
 * caller's credentials (so catalog permissions apply), checked for `privatelink.endpoint.read`,
 * and parsed against the entity contract. An entity that does not parse is logged and reported to
 * the caller, never thrown from deep inside a report.
 */
export class PrivateLinkEntities {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      permissions: PermissionsService;
      logger: LoggerService;
    },
  ) {}

  private split(entities: Entity[]): ReadEntities {
    const result: ReadEntities = { entities: [], invalid: [] };
    for (const entity of entities) {
      const read = readPrivateLinkEntity(entity);
      if (!read) continue;
      if (read.success) {
        result.entities.push(read.data);
      } else {
        const entityRef = stringifyEntityRef(entity);
        this.deps.logger.warn(
          `Skipped ${entityRef}, which does not match the PrivateLink entity contract: ${read.error}`,
        );
        result.invalid.push({ entityRef, error: read.error });
      }
    }
    return result;
  }

  /** The entities the caller may read, in one batched permission decision, read against the contract. */
  private async readableOf(
    items: Entity[],
    credentials: BackstageCredentials,
  ): Promise<ReadEntities> {
    return this.split(await this.allowed(items, credentials));
  }

  /** The entities the caller may read, in one batched permission decision. */
  private async allowed(
    items: Entity[],
    credentials: BackstageCredentials,
  ): Promise<Entity[]> {
    const decisions = items.length
      ? await this.deps.permissions.authorize(
          items.map(e => ({
            permission: privatelinkEndpointReadPermission,
            resourceRef: stringifyEntityRef(e),
          })),
          { credentials },
        )
      : [];
    return items.filter(
      (_, i) => decisions[i].result === AuthorizeResult.ALLOW,
    );
  }

  /** One entity by route parameters, for the per-entity cards: 400, 404, 403 or 409 otherwise. */
  async readable(
    params: { kind: string; namespace: string; name: string },
    credentials: BackstageCredentials,
    kinds: Array<PrivateLinkEntity['kind']> = ['endpoint', 'service'],
  ): Promise<PrivateLinkEntity> {
    const { kind, namespace, name } = params;
    if (
      !NAMES.isValidKind(kind) ||
      !NAMES.isValidNamespace(namespace) ||
      !NAMES.isValidEntityName(name)
    ) {
      const shown = (part: string) =>
        part.length > 64 ? `${part.slice(0, 64)}...` : part;
      throw new InputError(
        `Not an entity reference: ${shown(kind)}:${shown(namespace)}/${shown(
          name,
        )}`,
      );
    }
    const entityRef = stringifyEntityRef(
      parseEntityRef({ kind, namespace, name }),
    );
    if (kind.toLocaleLowerCase('en-US') !== 'resource') {
      throw new InputError(
        `${entityRef} is not a Resource: only VPC endpoints and endpoint services have PrivateLink data`,
      );
    }
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity)
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    const read = readPrivateLinkEntity(entity);
    const isVpc = entity.spec?.type === VPC_ENTITY_TYPE;
    if (!read || (isVpc && !kinds.includes('vpc'))) {
      throw new InputError(
        `${entityRef} is not a ${kinds.map(k => KIND_NAMES[k]).join(' or ')}`,
      );
    }
    const [decision] = await this.deps.permissions.authorize(
      [
        {
          permission: privatelinkEndpointReadPermission,
          resourceRef: entityRef,
        },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed to read PrivateLink data of ${entityRef}`,
      );
    }
    if (!read.success) {
      this.deps.logger.warn(
        `${entityRef} does not match the PrivateLink entity contract: ${read.error}`,
      );
      throw new ConflictError(
        `${entityRef} does not match the PrivateLink entity contract (${read.error}); see the operators' status`,
      );
    }
    return read.data;
  }

  /** The endpoints (and, when asked, services and VPCs) of one or more owners: one catalog query, paged. */
  private async queryOwned(
    ownerRef: string | string[],
    kinds: Array<PrivateLinkEntity['kind']>,
    credentials: BackstageCredentials,
    fields: string[] = ENTITY_FIELDS,
  ): Promise<Entity[]> {
    const types = kinds.map(
      k =>
        ({
          endpoint: ENDPOINT_ENTITY_TYPE,
          service: ENDPOINT_SERVICE_ENTITY_TYPE,
          vpc: VPC_ENTITY_TYPE,
        }[k]),
    );
    return queryAllEntities(
      this.deps.catalog,
      {
        // One value where there is one: a list means "any of", and the catalog's in-memory test
        // client decides on the first list of a filter and ignores the keys after it (so the
        // types, most often a list, come last).
        filter: {
          kind: 'Resource',
          'relations.ownedBy':
            Array.isArray(ownerRef) && ownerRef.length === 1
              ? ownerRef[0]
              : ownerRef,
          'spec.type': types.length === 1 ? types[0] : types,
        },
        fields,
      },
      credentials,
    );
  }

  /**
   * What an owner has that the caller may read, by ref, etag and owner, without the entities'
   * specs: one catalog query (paged) and one batched permission decision. The entities
   * themselves are then read only where a kept answer does not stand for them.
   */
  async ownedRefs(
    ownerRef: string | string[],
    credentials: BackstageCredentials,
    kinds: Array<PrivateLinkEntity['kind']>,
  ): Promise<OwnedRef[]> {
    const items = await this.allowed(
      await this.queryOwned(ownerRef, kinds, credentials, REF_FIELDS),
      credentials,
    );
    return items.map(entity => {
      const owner = ownerRefOf(entity);
      return {
        entityRef: stringifyEntityRef(entity),
        ...(entity.metadata.etag ? { etag: entity.metadata.etag } : {}),
        ...(owner ? { ownerRef: owner } : {}),
      };
    });
  }

  /**
   * The endpoints (and, when asked, services) an owner has that the caller may read: one catalog
   * query (paged) and one batched permission decision, whatever their number.
   */
  async ownedBy(
    ownerRef: string | string[],
    credentials: BackstageCredentials,
    kinds: Array<PrivateLinkEntity['kind']> = ['endpoint'],
  ): Promise<ReadEntities> {
    return this.readableOf(
      await this.queryOwned(ownerRef, kinds, credentials),
      credentials,
    );
  }

  /**
   * Every endpoint and endpoint service of one owner, for the plugin's own tasks (read with its
   * own credentials, so no permission decision): one catalog query, paged.
   */
  async ofOwner(
    ownerRef: string,
    credentials: BackstageCredentials,
  ): Promise<ReadEntities> {
    return this.split(
      await this.queryOwned(ownerRef, ['endpoint', 'service'], credentials),
    );
  }

  /**
   * The PrivateLink entities a catalog filter selects (`spec.type` and any `spec.<contract>`
   * field, one value or a list) that the caller may read: one catalog query, one batched decision.
   */
  async matching(
    filter: Record<string, string | string[]>,
    credentials: BackstageCredentials,
  ): Promise<ReadEntities> {
    const items = await queryAllEntities(
      this.deps.catalog,
      { filter: { kind: 'Resource', ...filter }, fields: ENTITY_FIELDS },
      credentials,
    );
    return this.readableOf(items, credentials);
  }

  /**
   * A group's descendant groups (children, their children, ...), level by level: one catalog
   * query per level, bounded against cycles in a broken org chart.
   */
  async descendantGroups(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const seen = new Set([groupRef]);
    let level = [groupRef];
    for (let depth = 0; depth < 10 && level.length > 0; depth++) {
      const children = await queryAllEntities(
        this.deps.catalog,
        {
          filter: { kind: 'Group', 'relations.childOf': level },
          fields: ['kind', 'metadata.name', 'metadata.namespace'],
        },
        credentials,
      );
      level = children
        .map(e => stringifyEntityRef(e))
        .filter(ref => !seen.has(ref));
      level.forEach(ref => seen.add(ref));
    }
    seen.delete(groupRef);
    return [...seen].sort();
  }

  /**
   * Every endpoint and endpoint service (and VPC, when asked) in the catalog, for the collector
   * and the posture evaluation (their own credentials).
   */
  async all(
    credentials: BackstageCredentials,
    withVpcs = false,
  ): Promise<ReadEntities> {
    const types = [
      ENDPOINT_ENTITY_TYPE,
      ENDPOINT_SERVICE_ENTITY_TYPE,
      ...(withVpcs ? [VPC_ENTITY_TYPE] : []),
    ];
    return this.split(
      await queryAllEntities(
        this.deps.catalog,
        {
          filter: { kind: 'Resource', 'spec.type': types },
          fields: ENTITY_FIELDS,
        },
        credentials,
      ),
    );
  }

  /**
   * Every endpoint and endpoint service by the account and region its usage is collected in,
   * read with only the fields that say so (a few dozen bytes an entity), so that a caller can
   * then read the full entities of one cell at a time. `elsewhere` holds the rest: services of
   * other providers, and entities too broken to say where they belong.
   */
  async cells(
    credentials: BackstageCredentials,
  ): Promise<{ cells: EntityCell[]; elsewhere: string[] }> {
    const items = await queryAllEntities(
      this.deps.catalog,
      {
        filter: {
          kind: 'Resource',
          'spec.type': [ENDPOINT_ENTITY_TYPE, ENDPOINT_SERVICE_ENTITY_TYPE],
        },
        fields: CELL_FIELDS,
      },
      credentials,
    );
    const cells = new Map<string, EntityCell>();
    const elsewhere: string[] = [];
    for (const entity of items) {
      const spec = entity.spec as
        | {
            endpoint?: { accountId?: unknown; region?: unknown };
            endpointService?: {
              provider?: { accountId?: unknown };
              region?: unknown;
            };
          }
        | undefined;
      const accountId =
        spec?.endpoint?.accountId ?? spec?.endpointService?.provider?.accountId;
      const region = spec?.endpoint?.region ?? spec?.endpointService?.region;
      const entityRef = stringifyEntityRef(entity);
      if (typeof accountId !== 'string' || typeof region !== 'string') {
        elsewhere.push(entityRef);
        continue;
      }
      const key = `${accountId}/${region}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = { accountId, region, entityRefs: [] };
        cells.set(key, cell);
      }
      cell.entityRefs.push(entityRef);
    }
    return { cells: [...cells.values()], elsewhere };
  }

  /** Entities by ref (those still in the catalog), read against the contract, a few hundred a request. */
  async byRefs(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<ReadEntities> {
    const found: Entity[] = [];
    for (let i = 0; i < entityRefs.length; i += REFS_PER_READ) {
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        {
          entityRefs: entityRefs.slice(i, i + REFS_PER_READ),
          fields: ENTITY_FIELDS,
        },
        { credentials },
      );
      for (const item of items) if (item) found.push(item);
    }
    return this.split(found);
  }
}

export const privatelinkEntitiesServiceRef =
  createServiceRef<PrivateLinkEntities>({
    id: 'privatelink.entities',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          catalog: catalogServiceRef,
          permissions: coreServices.permissions,
          logger: coreServices.logger,
        },
        factory: deps => new PrivateLinkEntities(deps),
      }),
  });
