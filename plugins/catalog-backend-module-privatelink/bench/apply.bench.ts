/*
 * Apply benchmark: a real backend (catalog + this module, SQLite) ingests a snapshot of 10,000
 * endpoints in 20 account-regions. Prints, per account, the provider's own measure of read + map
 * + applyMutation, and the process's peak RSS; then lets every account refresh a second time
 * with nothing changed and counts the catalog rows that refresh changed (target 0).
 *
 * Run: npm run bench (from the repository root).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import knexFactory from 'knex';
import { syntheticFleet } from './syntheticFleet';

const ACCOUNTS = 10;
const REGIONS = ['us-east-1', 'eu-west-1'];
const PER_CELL = 500;

function writeSnapshot(root: string) {
  for (const cell of syntheticFleet(ACCOUNTS, REGIONS, PER_CELL)) {
    const dir = path.join(root, cell.accountId, cell.region);
    fs.mkdirSync(path.join(dir, 'describe-vpc-endpoint-service-permissions'), {
      recursive: true,
    });
    const write = (name: string, value: unknown) =>
      fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(value));
    write('describe-vpcs', { Vpcs: cell.vpcs });
    write('describe-vpc-endpoints', { VpcEndpoints: cell.endpoints });
    write('describe-vpc-endpoint-service-configurations', {
      ServiceConfigurations: cell.serviceConfigurations,
    });
    for (const [id, principals] of Object.entries(cell.permissions)) {
      write(`describe-vpc-endpoint-service-permissions/${id}`, {
        AllowedPrincipals: principals,
      });
    }
    write('describe-vpc-endpoint-connections', {
      VpcEndpointConnections: cell.connections,
    });
    write('describe-vpc-endpoint-services', {
      ServiceDetails: cell.serviceDetails,
    });
    write('describe-security-groups', { SecurityGroups: cell.securityGroups });
    write('describe-route-tables', { RouteTables: cell.routeTables });
    write('describe-subnets', { Subnets: cell.subnets });
  }
}

async function main() {
  const work = fs.mkdtempSync(
    path.join(os.tmpdir(), 'privatelink-apply-bench-'),
  );
  const snapshot = path.join(work, 'inventory');
  writeSnapshot(snapshot);

  const applied = new Map<string, { entities: number; ms: number }>();
  const rounds = new Map<string, number>();
  const line =
    /PrivateLink inventory of account (\d{12}) \([^)]*\): (\d+) entities in (\d+) ms/;
  const write = process.stdout.write.bind(process.stdout);
  // The module logs one line per applied account; the benchmark reads those and stays quiet.
  (process.stdout as any).write = (chunk: any, ...rest: any[]) => {
    const match = line.exec(String(chunk));
    if (match && !applied.has(match[1]))
      applied.set(match[1], {
        entities: Number(match[2]),
        ms: Number(match[3]),
      });
    if (match) rounds.set(match[1], (rounds.get(match[1]) ?? 0) + 1);
    return /error/i.test(String(chunk)) ? write(chunk, ...rest) : true;
  };

  const config = new ConfigReader({
    backend: {
      baseUrl: 'http://localhost:7099',
      listen: { port: 7099, host: '127.0.0.1' },
      database: { client: 'better-sqlite3', connection: { directory: work } },
    },
    catalog: { rules: [{ allow: ['Resource', 'Group'] }] },
    privatelink: {
      source: { type: 'snapshot', path: snapshot },
      ownership: {
        tagKeys: ['tenant'],
        defaultOwner: 'group:default/platform',
      },
      // Often enough that the second refresh comes within the benchmark.
      inventory: {
        schedule: { frequency: { seconds: 45 }, timeout: { minutes: 10 } },
      },
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
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(import('../src'));
  await backend.start();
  while (applied.size < ACCOUNTS && Date.now() - started < 300_000) {
    await new Promise(r => setTimeout(r, 200));
  }
  const wall = Date.now() - started;
  // What the catalog holds once the first refreshes are processed (its loop stitches them).
  const catalogDb = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path.join(work, 'catalog.sqlite') },
    useNullAsDefault: true,
  });
  const hashes = async () =>
    new Map<string, string>([
      ...(
        await catalogDb('refresh_state').select(
          'entity_ref',
          'unprocessed_hash',
        )
      ).map(
        r =>
          [`refresh_state ${r.entity_ref}`, String(r.unprocessed_hash)] as [
            string,
            string,
          ],
      ),
      ...(await catalogDb('final_entities').select('entity_id', 'hash')).map(
        r =>
          [`final_entities ${r.entity_id}`, String(r.hash)] as [string, string],
      ),
    ]);
  /** Rows of `after` that differ from `before`, or are gone from it. */
  const changedRows = (
    before: Map<string, string>,
    after: Map<string, string>,
  ) =>
    [...after].filter(([k, v]) => before.get(k) !== v).length +
    [...before.keys()].filter(k => !after.has(k)).length;
  // Settled: three readings two seconds apart with nothing changed.
  let before = await hashes();
  for (let stable = 0; stable < 3; ) {
    await new Promise(r => setTimeout(r, 2000));
    const now = await hashes();
    stable = changedRows(before, now) === 0 ? stable + 1 : 0;
    before = now;
  }
  const secondStarted = Date.now();
  while (
    [...rounds.values()].filter(n => n >= 2).length < ACCOUNTS &&
    Date.now() - secondStarted < 180_000
  ) {
    await new Promise(r => setTimeout(r, 500));
  }
  await new Promise(r => setTimeout(r, 5000));
  const after = await hashes();
  const changed = changedRows(before, after);
  const secondRound = [...rounds.values()].filter(n => n >= 2).length;
  await catalogDb.destroy();
  await backend.stop();
  process.stdout.write = write;

  const entities = [...applied.values()].reduce((s, a) => s + a.entities, 0);
  const slowest = Math.max(...[...applied.values()].map(a => a.ms));
  const sum = [...applied.values()].reduce((s, a) => s + a.ms, 0);
  console.log(
    `apply: ${applied.size} of ${ACCOUNTS} accounts applied ${entities} entities into the real catalog (SQLite)`,
  );
  console.log(
    `  per account read + map + applyMutation: slowest ${slowest} ms, sum ${sum} ms (${(
      sum /
      (entities / 1000)
    ).toFixed(0)} ms per 1,000 entities); wall from backend start ${wall} ms`,
  );
  console.log(
    `  peak RSS of the whole backend process ${(
      process.resourceUsage().maxRSS / 1024
    ).toFixed(0)} MB`,
  );
  console.log(
    `  second refresh with nothing changed: ${secondRound} of ${ACCOUNTS} accounts refreshed again; catalog rows changed ${changed} of ${after.size} (target 0)`,
  );
  if (secondRound < ACCOUNTS || changed > 0) process.exitCode = 1;
  fs.rmSync(work, { recursive: true, force: true });
  if (applied.size < ACCOUNTS) process.exitCode = 1;
  process.exit();
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
