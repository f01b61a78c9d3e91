/*
 * The catalog, as far as the benchmarks' collector and routes use it, over a list of entities:
 * pages of 1,000 with a cursor, filters applied as the catalog applies them (dotted keys matched
 * without regard to case, a list of values meaning any of them, a list of filters meaning any of
 * them; `relations.ownedBy` read from `spec.owner`, as these entities carry no relations),
 * `fields` applied, an etag on each entity (a hash of it, as the catalog gives every entity one
 * that changes with it). `fakeCatalog` answers in the caller's process (items share the list's
 * objects); `startFakeCatalogServer` serves the same over the catalog's REST API, for Backstage's
 * own CatalogClient in another process, which parses its own copy of each item as with a real
 * catalog, so that the caller's memory holds none of the catalog but what it keeps.
 */
import { CatalogClient } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'crypto';
import express from 'express';
import { AddressInfo } from 'net';

const PAGE = 1000;

/** The entity with only the given dotted fields (all of it when none are given). */
function project(entity: Entity, fields?: string[]): Entity {
  if (!fields?.length) return entity;
  const out: Record<string, any> = {};
  for (const field of fields) {
    const path = field.split('.');
    let value: any = entity;
    for (const part of path) value = value?.[part];
    if (value === undefined) continue;
    let target = out;
    for (const part of path.slice(0, -1)) target = target[part] ??= {};
    target[path[path.length - 1]] = value;
  }
  return out as Entity;
}

type Filter = Record<string, string | string[]>;

/**
 * The values at a dotted path, as the catalog flattens an entity: keys matched without regard to
 * case (a key may itself hold dots, as `backstage.io/...` annotations do), arrays entered.
 */
function valuesAt(value: unknown, path: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(v => valuesAt(v, path));
  if (path.length === 0)
    return typeof value === 'object'
      ? []
      : [String(value).toLocaleLowerCase('en-US')];
  if (typeof value !== 'object') return [];
  const keys = new Map(
    Object.keys(value).map(k => [k.toLocaleLowerCase('en-US'), k]),
  );
  return path.flatMap((_, i) => {
    const key = keys.get(
      path
        .slice(0, i + 1)
        .join('.')
        .toLocaleLowerCase('en-US'),
    );
    return key === undefined
      ? []
      : valuesAt((value as Record<string, unknown>)[key], path.slice(i + 1));
  });
}

/** The entity with the etag a catalog would give it, where it has none. */
function withEtag(entity: Entity): Entity {
  if (entity.metadata.etag) return entity;
  const etag = createHash('sha1').update(JSON.stringify(entity)).digest('hex');
  return { ...entity, metadata: { ...entity.metadata, etag } };
}

export function fakeCatalog(listed: Entity[]) {
  const entities = listed.map(withEtag);
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  // Per filter key, the entities (their positions) under each value: built on first use, like the
  // catalog's search table, so that a query costs what its matches cost.
  const indexes = new Map<string, Map<string, Set<number>>>();
  const indexOf = (key: string) => {
    const lower = key.toLocaleLowerCase('en-US');
    let index = indexes.get(lower);
    if (!index) {
      index = new Map();
      const path =
        lower === 'relations.ownedby' ? ['spec', 'owner'] : key.split('.');
      for (const [position, entity] of entities.entries()) {
        for (const value of valuesAt(entity, path)) {
          const positions = index.get(value);
          if (positions) positions.add(position);
          else index.set(value, new Set([position]));
        }
      }
      indexes.set(lower, index);
    }
    return index;
  };
  /** The positions of the entities a filter (or any of a list of filters) selects, in order. */
  const select = (filter: Filter | Filter[]): number[] => {
    const selected = new Set<number>();
    for (const f of [filter].flat()) {
      // Each key's matches (any of its values); the smallest is walked, the others looked up.
      const perKey = Object.entries(f).map(([key, wanted]) => {
        const index = indexOf(key);
        const sets = [wanted]
          .flat()
          .flatMap(w => index.get(w.toLocaleLowerCase('en-US')) ?? []);
        return sets.length === 1
          ? sets[0]
          : new Set(sets.flatMap(set => [...set]));
      });
      perKey.sort((x, y) => x.size - y.size);
      const [smallest, ...others] = perKey;
      for (const position of smallest ?? entities.keys()) {
        if (others.every(set => set.has(position))) selected.add(position);
      }
    }
    return [...selected].sort((x, y) => x - y);
  };
  return {
    async queryEntities(request: any) {
      const { offset, filter, fields } = request.cursor
        ? JSON.parse(request.cursor)
        : { offset: 0, filter: request.filter, fields: request.fields };
      const matching = filter
        ? select(filter).map(position => entities[position])
        : entities;
      const items = matching
        .slice(offset, offset + PAGE)
        .map(e => project(e, fields));
      const next =
        offset + PAGE < matching.length
          ? JSON.stringify({ offset: offset + PAGE, filter, fields })
          : undefined;
      return {
        items,
        totalItems: matching.length,
        pageInfo: { nextCursor: next },
      };
    },
    async getEntityByRef(ref: string) {
      const entity = byRef.get(ref);
      return entity && project(entity);
    },
    async getEntitiesByRefs(request: {
      entityRefs: string[];
      fields?: string[];
    }) {
      return {
        items: request.entityRefs.map(ref => {
          const entity = byRef.get(ref);
          return entity && project(entity, request.fields);
        }),
      };
    },
  } as any;
}

/** The fake catalog over HTTP (by-query, by-refs, by-name), in this process. Resolves to its base URL. */
export async function startFakeCatalogServer(
  entities: Entity[],
): Promise<string> {
  const catalog = fakeCatalog(entities);
  const list = (value: unknown) =>
    [value ?? []]
      .flat()
      .flatMap(v => String(v).split(','))
      .filter(Boolean);
  const app = express();
  app.use(express.json({ limit: '10mb' }));
  app.get('/api/catalog/entities/by-query', async (req, res) => {
    // filter=a=1,b=2&filter=c=3: the filters are any of, the parts of one all of.
    const filters = [req.query.filter ?? []].flat().map(text => {
      const filter: Filter = {};
      for (const part of String(text).split(',')) {
        const [key, value] = part.split('=');
        filter[key] = filter[key] ? [filter[key]].flat().concat(value) : value;
      }
      return filter;
    });
    const fields = list(req.query.fields);
    res.json(
      await catalog.queryEntities(
        req.query.cursor
          ? { cursor: String(req.query.cursor) }
          : { filter: filters.length ? filters : undefined, fields },
      ),
    );
  });
  app.post('/api/catalog/entities/by-refs', async (req, res) => {
    const fields = req.body.fields ?? list(req.query.fields);
    res.json(
      await catalog.getEntitiesByRefs({
        entityRefs: req.body.entityRefs,
        fields,
      }),
    );
  });
  app.get(
    '/api/catalog/entities/by-name/:kind/:namespace/:name',
    async (req, res) => {
      const entity = await catalog.getEntityByRef(
        `${req.params.kind}:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase(
          'en-US',
        ),
      );
      if (entity) res.json(entity);
      else
        res.status(404).json({
          error: { name: 'NotFoundError', message: 'no such entity' },
        });
    },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/catalog`;
}

/** Backstage's CatalogClient for a catalog at `baseUrl`, in the shape of the catalog service. */
export function catalogOverHttp(baseUrl: string) {
  const client = new CatalogClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
  });
  return {
    queryEntities: (request: any) => client.queryEntities(request),
    getEntitiesByRefs: (request: any) => client.getEntitiesByRefs(request),
    getEntityByRef: (ref: string) => client.getEntityByRef(ref),
  } as any;
}
