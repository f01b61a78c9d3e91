/*
 * Backstage's own catalog (plugin-catalog-backend, its processing loop, stitching and search
 * table) on PostgreSQL, for the benchmarks: a backend of its own that ingests the given entities
 * through an entity provider's full mutation and serves them over the catalog's REST API.
 * Resolves to the catalog's base URL once every entity is stitched, with how long that took.
 *
 * The catalog runs in its own process, as in production it runs beside (or apart from) the
 * PrivateLink backend; its database is dropped and made afresh each run, unless
 * PRIVATELINK_BENCH_KEEP_CATALOG=1 keeps the last run's of the same size (for measuring again
 * without ingesting 100,000 entities again: the provider's full mutation then changes nothing).
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import knexFactory from 'knex';
import { createServer } from 'net';

/** The catalog's database prefix: one database per fleet size, so a kept one holds this fleet. */
const databasePrefix = (entities: number) => `privatelink_bench_${entities}_`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** Drops the catalog's database of an earlier run: every run ingests from nothing. */
async function dropCatalogDatabase(pg: string, prefix: string) {
  const admin = knexFactory({ client: 'pg', connection: `${pg}/postgres` });
  await admin.raw(`drop database if exists ${prefix}catalog with (force)`);
  await admin.destroy();
}

export async function startRealCatalog(
  entities: Entity[],
  pg: string,
): Promise<{ url: string; ingestMs: number }> {
  const prefix = databasePrefix(entities.length);
  if (process.env.PRIVATELINK_BENCH_KEEP_CATALOG !== '1')
    await dropCatalogDatabase(pg, prefix);
  const port = await freePort();
  const config = new ConfigReader({
    backend: {
      baseUrl: `http://127.0.0.1:${port}`,
      listen: { port, host: '127.0.0.1' },
      database: {
        client: 'pg',
        connection: pg,
        prefix,
      },
      // The benchmark's clients call without a token, as one trusted caller.
      auth: { dangerouslyDisableDefaultAuthPolicy: true },
    },
    catalog: {
      rules: [{ allow: ['Resource', 'Group'] }],
      // Processed once: the catalog's periodic reprocessing of 100,000 entities would compete
      // for this machine's two cores with the routes measured (in production the catalog's
      // replicas carry it).
      processingInterval: { hours: 24 },
    },
  });
  const provider = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'privatelink-bench-fleet',
    register(env) {
      env.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider({
            getProviderName: () => 'privatelink-bench-fleet',
            connect: async connection => {
              await connection.applyMutation({
                type: 'full',
                entities: entities.map(entity => ({
                  entity,
                  locationKey: 'privatelink-bench-fleet',
                })),
              });
            },
          });
        },
      });
    },
  });
  const started = Date.now();
  const backend = createBackend();
  backend.add(
    createServiceFactory({
      service: coreServices.rootConfig,
      deps: {},
      factory: () => config,
    }),
  );
  backend.add(
    createServiceFactory({
      service: coreServices.rootLogger,
      deps: {},
      factory: () => quietLogger(),
    }),
  );
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(provider);
  await backend.start();
  const url = `http://127.0.0.1:${port}/api/catalog`;
  // Ingested when every entity is stitched (the catalog serves only stitched entities).
  for (;;) {
    const res = await fetch(`${url}/entities/by-query?limit=0`);
    const { totalItems } = (await res.json()) as { totalItems: number };
    if (totalItems >= entities.length) break;
    if (Date.now() - started > 3_600_000)
      throw new Error(
        `the catalog stitched ${totalItems} of ${entities.length} entities in an hour`,
      );
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  const ingestMs = Date.now() - started;
  // Analysed as autovacuum analyses a catalog once its ingestion has settled (on two cores it has
  // not caught up with 7,000,000 search rows when the measures start): without statistics
  // PostgreSQL plans the catalog's filters blind, and a 5-entity query takes 500 ms.
  const catalogDb = knexFactory({
    client: 'pg',
    connection: `${pg}/${prefix}catalog`,
  });
  await catalogDb.raw('vacuum analyze');
  await catalogDb.destroy();
  return { url, ingestMs };
}

/** A root logger that prints errors only. */
function quietLogger(): any {
  const logger: any = {
    error: (message: string, meta?: unknown) =>
      console.error(`catalog: ${message}`, meta ?? ''),
    warn() {},
    info() {},
    debug() {},
    child: () => logger,
  };
  return logger;
}
