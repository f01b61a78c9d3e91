/*
 * Scale benchmark: inventory ingestion and usage collection at 1,000 / 10,000 / 100,000 endpoints
 * over 100 account-regions, against a local AWS-compatible HTTP server (bench/fakeAws.ts) that
 * answers every call after 50 ms, as a distant AWS region does. For each size it reports the AWS
 * calls against the minimum the data needs, the wall time, and the peak RSS of the process doing
 * the work (the server runs in a process of its own, so its memory is not counted); then 10,000
 * endpoints in 10 account-regions, whose cells are as large as the 100,000 run's, to show what
 * memory follows. Prints a Markdown table and the same figures as JSON.
 *
 * Run: npm run bench (from the repository root), or alone:
 *   node --require @backstage/cli/config/nodeTransform.cjs bench/scale.bench.ts
 */
import { execFileSync, spawn } from 'child_process';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity } from '@backstage/catalog-model';
import { AwsApiCallCounter, AwsClientFactory } from '@internal/plugin-privatelink-node';
import knexFactory from 'knex';
import { AwsInventoryReader } from '../plugins/catalog-backend-module-privatelink/src/lib/AwsInventoryReader';
import { mapRegionInventory } from '../plugins/catalog-backend-module-privatelink/src/lib/entities';
import { AWS_VENDOR, UNKNOWN_VENDOR } from '../plugins/catalog-backend-module-privatelink/src/lib/vendors';
import { cellInventory, minimumEc2Calls, syntheticFleet } from '../plugins/catalog-backend-module-privatelink/bench/syntheticFleet';
import { migrate } from '../plugins/privatelink-backend/src/database';
import { PrivateLinkEntities } from '../plugins/privatelink-backend/src/entities/PrivateLinkEntities';
import { DatabaseUsageStore } from '../plugins/privatelink-backend/src/usage/DatabaseUsageStore';
import { CloudWatchMetricSource } from '../plugins/privatelink-backend/src/usage/MetricSource';
import { planMetricQueries } from '../plugins/privatelink-backend/src/usage/metricQueries';
import { UsageCollector } from '../plugins/privatelink-backend/src/usage/UsageCollector';
import { startFakeAws } from './fakeAws';

const REGIONS = ['us-east-1', 'eu-west-1'];
const LATENCY_MS = 50;
/** Accounts refreshed at once (each account is a task of its own in the catalog module). */
const CONCURRENT_ACCOUNTS = 10;
const BACKFILL_DAYS = 7;

interface Scenario {
  endpoints: number;
  accounts: number;
}
const SCENARIOS: Scenario[] = [
  { endpoints: 1_000, accounts: 50 },
  { endpoints: 10_000, accounts: 50 },
  { endpoints: 100_000, accounts: 50 },
  { endpoints: 10_000, accounts: 5 },
];

const perCell = (s: Scenario) => s.endpoints / (s.accounts * REGIONS.length);

/** Role 1: the fake AWS, in a process of its own. Prints its URL. */
async function serve(s: Scenario) {
  const cells = new Map(syntheticFleet(s.accounts, REGIONS, perCell(s)).map(c => [`${c.accountId}/${c.region}`, c]));
  const fake = await startFakeAws({ cells, latencyMs: LATENCY_MS });
  process.stdout.write(`${fake.url}\n`);
  await new Promise(() => {}); // until killed
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** Role 2: the portal's work, measured. Prints one JSON line. */
async function work(s: Scenario, url: string) {
  process.env.AWS_ENDPOINT_URL = url;
  const counter = new AwsApiCallCounter();
  const clients = new AwsClientFactory(
    {
      getCredentialProvider: async ({ accountId }: { accountId?: string } = {}) => ({
        sdkCredentialProvider: async () => ({ accessKeyId: accountId!, secretAccessKey: 'x' }),
      }),
    },
    counter,
  );
  const reader = new AwsInventoryReader(clients);
  const accounts = Array.from({ length: s.accounts }, (_, a) => String(100000000000 + a));
  const context = {
    ownership: { tagKeys: ['tenant'], rules: [], defaultOwner: 'group:default/platform' },
    vendors: [AWS_VENDOR, UNKNOWN_VENDOR],
    inventoriedAccountIds: new Set(accounts),
    location: 'privatelink:bench',
  };

  // 1. Ingestion: every account read and mapped, as the providers do, each account's entities
  //    handed on (counted here) and dropped, as applyMutation does.
  let minimum = 0;
  let mapped = 0;
  const ingestStarted = Date.now();
  await inBatches(accounts, CONCURRENT_ACCOUNTS, async accountId => {
    for (const region of REGIONS) {
      const inventory = await reader.readRegion(accountId, region);
      minimum += minimumEc2Calls({
        ...inventory,
        endpoints: inventory.vpcEndpoints,
        permissions: inventory.allowedPrincipals,
        connections: inventory.connections ?? [],
        networkInterfaces: [],
      });
      mapped += mapRegionInventory(inventory, context).length;
    }
  });
  const ingestMs = Date.now() - ingestStarted;
  const ec2Calls = counter.total({ service: 'EC2' });
  const ingestRssMb = process.resourceUsage().maxRSS / 1024;

  // The catalog's copy of the entities, which the collector pages through (in this process, so
  // its memory is the baseline the collector's own use is measured against).
  const entities: Entity[] = syntheticFleet(s.accounts, REGIONS, perCell(s)).flatMap(cell =>
    mapRegionInventory(cellInventory(cell), context),
  );
  (global as any).gc?.();
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;

  // 2. Usage collection: a week's backfill of every endpoint and provided service.
  const knex = knexFactory({ client: 'better-sqlite3', connection: ':memory:', useNullAsDefault: true });
  await migrate(knex);
  // The catalog's paging: 1,000 entities a page with a cursor.
  const catalog = {
    queryEntities: async (request: { cursor?: string }) => {
      const offset = request.cursor ? Number(request.cursor) : 0;
      const next = offset + 1000 < entities.length ? String(offset + 1000) : undefined;
      return { items: entities.slice(offset, offset + 1000), totalItems: entities.length, pageInfo: { nextCursor: next } };
    },
  };
  const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, child: () => quiet } as any;
  const privatelinkEntities = new PrivateLinkEntities({
    catalog: catalog as any,
    permissions: { authorize: async (requests: unknown[]) => requests.map(() => ({ result: AuthorizeResult.ALLOW })) } as any,
    logger: quiet,
  });
  const collector = new UsageCollector({
    entities: privatelinkEntities,
    auth: { getOwnServiceCredentials: async () => ({}) } as any,
    store: new DatabaseUsageStore(knex),
    source: new CloudWatchMetricSource(clients),
    settings: { backfillDays: BACKFILL_DAYS, retentionDays: 400, perZone: true },
    logger: quiet,
  });
  const collectStarted = Date.now();
  const report = await collector.collect(new Date());
  const collectMs = Date.now() - collectStarted;
  const { entities: read } = await privatelinkEntities.all({} as any);
  const queries = planMetricQueries(read, { perZone: true });
  // The minimum: every query once, 500 a call, each cell on its own (one client per cell).
  const cloudWatchMinimum = queries.reduce((sum, cell) => sum + Math.ceil(cell.queries.length / 500), 0);
  const errors = report.cells.filter(c => c.error).length;
  await knex.destroy();

  process.stdout.write(
    `${JSON.stringify({
      endpoints: s.endpoints,
      cells: s.accounts * REGIONS.length,
      perCell: perCell(s),
      entities: mapped,
      ec2Calls,
      ec2Minimum: minimum,
      ingestMs,
      ingestRssMb: Math.round(ingestRssMb),
      getMetricDataCalls: counter.total({ service: 'CloudWatch', api: 'GetMetricData' }),
      listMetricsCalls: counter.total({ service: 'CloudWatch', api: 'ListMetrics' }),
      cloudWatchMinimum,
      metricsRequested: report.cells.reduce((sum, c) => sum + c.metricsRequested, 0),
      dailyRows: report.cells.reduce((sum, c) => sum + c.rows, 0),
      collectMs,
      collectErrors: errors,
      baselineRssMb: Math.round(baselineRssMb),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
  process.exit(0);
}

/** Role 3: runs each scenario in fresh processes and prints the report. */
async function main() {
  const self = [process.execArgv, '--expose-gc', __filename].flat();
  const results: any[] = [];
  for (const s of SCENARIOS) {
    const server = spawn(process.execPath, [...self, 'serve', String(s.endpoints), String(s.accounts)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>(resolve => server.stdout.once('data', d => resolve(String(d).trim())));
    try {
      const out = execFileSync(process.execPath, [...self, 'work', String(s.endpoints), String(s.accounts), url], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      results.push(JSON.parse(out.trim().split('\n').pop()!));
    } finally {
      server.kill();
    }
  }
  const n = (v: number) => v.toLocaleString('en-US');
  console.log(`scale: ${LATENCY_MS} ms per AWS call, ${CONCURRENT_ACCOUNTS} accounts at a time, usage backfill ${BACKFILL_DAYS} days (SQLite in memory)`);
  console.log('');
  console.log(
    '| endpoints | account-regions | per cell | EC2 calls (minimum, ratio) | ingest wall | ingest peak RSS | CloudWatch calls (minimum) | metrics requested | collect wall | daily rows | collection RSS (catalog copy, peak) |',
  );
  console.log('| ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | --- |');
  for (const r of results) {
    console.log(
      `| ${n(r.endpoints)} | ${r.cells} | ${n(r.perCell)} | ${n(r.ec2Calls)} (${n(r.ec2Minimum)}, ${(r.ec2Calls / r.ec2Minimum).toFixed(2)}x) | ${(r.ingestMs / 1000).toFixed(1)} s | ${r.ingestRssMb} MB | ${n(r.getMetricDataCalls)} + ${n(r.listMetricsCalls)} ListMetrics (${n(r.cloudWatchMinimum)}) | ${n(r.metricsRequested)} | ${(r.collectMs / 1000).toFixed(1)} s | ${n(r.dailyRows)} | ${r.baselineRssMb} MB, ${r.peakRssMb} MB |`,
    );
  }
  console.log('');
  console.log(`scale JSON: ${JSON.stringify(results)}`);
  if (results.some(r => r.collectErrors > 0 || r.ec2Calls > 1.1 * r.ec2Minimum)) process.exitCode = 1;
}

const [role, endpoints, accounts, url] = process.argv.slice(2);
const scenario = { endpoints: Number(endpoints), accounts: Number(accounts) };
const roles: Record<string, () => Promise<void>> = { serve: () => serve(scenario), work: () => work(scenario, url) };
(roles[role] ?? main)().catch(error => {
  console.error(error);
  process.exit(1);
});
