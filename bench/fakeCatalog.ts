/*
 * The catalog, as far as the benchmarks' collector and routes use it, over a list of entities:
 * pages of 1,000 with a cursor, filtered by owner when a request asks for one (other filters are
 * ignored: every other query reads all entities, the worst case of a catalog that cannot narrow),
 * `fields` applied. `fakeCatalog` answers in the caller's process (items share the list's
 * objects); `startFakeCatalogServer` serves the same over the catalog's REST API, for Backstage's
 * own CatalogClient in another process, which parses its own copy of each item as with a real
 * catalog, so that the caller's memory holds none of the catalog but what it keeps.
 */
import { CatalogClient } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
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

export function fakeCatalog(entities: Entity[]) {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  return {
    async queryEntities(request: any) {
      const { offset, owner, fields } = request.cursor
        ? JSON.parse(request.cursor)
        : { offset: 0, owner: request.filter?.['relations.ownedBy'], fields: request.fields };
      const matching = owner ? entities.filter(e => e.spec?.owner === owner) : entities;
      const items = matching.slice(offset, offset + PAGE).map(e => project(e, fields));
      const next = offset + PAGE < matching.length ? JSON.stringify({ offset: offset + PAGE, owner, fields }) : undefined;
      return { items, totalItems: matching.length, pageInfo: { nextCursor: next } };
    },
    async getEntityByRef(ref: string) {
      const entity = byRef.get(ref);
      return entity && project(entity);
    },
    async getEntitiesByRefs(request: { entityRefs: string[]; fields?: string[] }) {
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
export async function startFakeCatalogServer(entities: Entity[]): Promise<string> {
  const catalog = fakeCatalog(entities);
  const list = (value: unknown) => [value ?? []].flat().flatMap(v => String(v).split(',')).filter(Boolean);
  const app = express();
  app.use(express.json({ limit: '10mb' }));
  app.get('/api/catalog/entities/by-query', async (req, res) => {
    const owner = list(req.query.filter)
      .map(part => part.match(/^relations\.ownedBy=(.*)$/i)?.[1])
      .find(Boolean);
    const fields = list(req.query.fields);
    res.json(
      await catalog.queryEntities(
        req.query.cursor
          ? { cursor: String(req.query.cursor) }
          : { filter: owner ? { 'relations.ownedBy': owner } : {}, fields },
      ),
    );
  });
  app.post('/api/catalog/entities/by-refs', async (req, res) => {
    const fields = req.body.fields ?? list(req.query.fields);
    res.json(await catalog.getEntitiesByRefs({ entityRefs: req.body.entityRefs, fields }));
  });
  app.get('/api/catalog/entities/by-name/:kind/:namespace/:name', async (req, res) => {
    const entity = await catalog.getEntityByRef(`${req.params.kind}:${req.params.namespace}/${req.params.name}`.toLocaleLowerCase('en-US'));
    if (entity) res.json(entity);
    else res.status(404).json({ error: { name: 'NotFoundError', message: 'no such entity' } });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/catalog`;
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
