/*
 * Scale benchmark: inventory ingestion and usage collection at 1,000 / 10,000 / 100,000 endpoints
 * over 100 account-regions, against a local AWS-compatible HTTP server (bench/fakeAws.ts) that
 * answers every call after 50 ms, as a distant AWS region does. For each size it reports the AWS
 * calls against the minimum the data needs, the wall time, and the peak RSS of the process doing
 * the work (ingestion and collection each run in a process of their own, and so does the server,
 * whose memory is not counted); then 10,000 endpoints in 10 account-regions, whose cells are as
 * large as the 100,000 run's, to show what memory follows. Usage rows go to PostgreSQL
 * (127.0.0.1:5432, or PRIVATELINK_BENCH_POSTGRES_URL), database privatelink_scale_bench, dropped
 * and created each scenario. Prints a Markdown table and the same figures as JSON.
 *
 * Run: npm run bench (from the repository root), or alone:
 *   node --require @backstage/cli/config/nodeTransform.cjs bench/scale.bench.ts
 */
import { execFile, spawn } from 'child_process';
import { promisify } from 'util';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  AwsApiCallCounter,
  AwsClientFactory,
} from '@privatelink-portal/plugin-privatelink-node';
import knexFactory from 'knex';
import { AwsInventoryReader } from '../plugins/catalog-backend-module-privatelink/src/lib/AwsInventoryReader';
import { mapRegionInventory } from '../plugins/catalog-backend-module-privatelink/src/lib/entities';
import {
  AWS_VENDOR,
  UNKNOWN_VENDOR,
} from '@privatelink-portal/plugin-privatelink-node';
import {
  cellInventory,
  minimumEc2Calls,
  syntheticFleet,
} from '../plugins/catalog-backend-module-privatelink/bench/syntheticFleet';
import { migrate } from '../plugins/privatelink-backend/src/database';
import { PrivateLinkEntities } from '../plugins/privatelink-backend/src/entities/PrivateLinkEntities';
import { DatabaseUsageStore } from '../plugins/privatelink-backend/src/usage/DatabaseUsageStore';
import { CloudWatchMetricSource } from '../plugins/privatelink-backend/src/usage/MetricSource';
import { planMetricQueries } from '../plugins/privatelink-backend/src/usage/metricQueries';
import { UsageCollector } from '../plugins/privatelink-backend/src/usage/UsageCollector';
import { startFakeAws } from './fakeAws';
import { catalogOverHttp, startFakeCatalogServer } from './fakeCatalog';

const REGIONS = ['us-east-1', 'eu-west-1'];
const LATENCY_MS = 50;
/** Accounts refreshed at once (each account is a task of its own in the catalog module). */
const CONCURRENT_ACCOUNTS = 10;
const BACKFILL_DAYS = 7;
/** Account-regions collected at a time (`privatelink.usage.concurrency`, its default). */
const COLLECTION_CONCURRENCY = 4;
/**
 * V8 lets its heap grow well past what is live before collecting it, so peak RSS alone does not
 * show what a process needs: each collection runs again with the old space capped at this size.
 */
const HEAP_CAP_MB = 160;
const PG =
  process.env.PRIVATELINK_BENCH_POSTGRES_URL ??
  'postgresql://postgres@127.0.0.1:5432';
const execFileAsync = promisify(execFile);

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

/**
 * Role 1: the fake AWS and the catalog's copy of the entities (served over the catalog's REST
 * API), in a process of their own. Prints their URLs.
 */
async function serve(s: Scenario) {
  const fleet = syntheticFleet(s.accounts, REGIONS, perCell(s));
  const fake = await startFakeAws({
    cells: new Map(fleet.map(c => [`${c.accountId}/${c.region}`, c])),
    latencyMs: LATENCY_MS,
  });
  const context = mappingContext(s);
  const catalog = await startFakeCatalogServer(
    fleet.flatMap(cell => mapRegionInventory(cellInventory(cell), context)),
  );
  process.stdout.write(`${fake.url} ${catalog}\n`);
  await new Promise(() => {}); // until killed
}

async function inBatches<T>(
  items: T[],
  size: number,
  run: (item: T) => Promise<void>,
) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(run));
}

function awsClients(url: string) {
  process.env.AWS_ENDPOINT_URL = url;
  const counter = new AwsApiCallCounter();
  const clients = new AwsClientFactory(
    {
      getCredentialProvider: async ({
        accountId,
      }: { accountId?: string } = {}) => ({
        sdkCredentialProvider: async () => ({
          accessKeyId: accountId!,
          secretAccessKey: 'x',
        }),
      }),
    },
    counter,
  );
  return { counter, clients };
}

const accountsOf = (s: Scenario) =>
  Array.from({ length: s.accounts }, (_, a) => String(100000000000 + a));

const mappingContext = (s: Scenario) => ({
  ownership: {
    tagKeys: ['tenant'],
    rules: [],
    defaultOwner: 'group:default/platform',
  },
  vendors: [AWS_VENDOR, UNKNOWN_VENDOR],
  inventoriedAccountIds: new Set(accountsOf(s)),
  location: 'privatelink:bench',
});

/**
 * Role 2: ingestion, measured in a process of its own: every account read and mapped, as the
 * providers do, each account's entities handed on (counted here) and dropped, as applyMutation
 * does. Prints one JSON line.
 */
async function ingest(s: Scenario, url: string) {
  const { counter, clients } = awsClients(url);
  const reader = new AwsInventoryReader(clients);
  const context = mappingContext(s);
  let minimum = 0;
  let mapped = 0;
  const started = Date.now();
  await inBatches(accountsOf(s), CONCURRENT_ACCOUNTS, async accountId => {
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
  const ingestMs = Date.now() - started;
  process.stdout.write(
    `${JSON.stringify({
      entities: mapped,
      ec2Calls: counter.total({ service: 'EC2' }),
      ec2Minimum: minimum,
      ingestMs,
      ingestRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
  process.exit(0);
}

/**
 * Role 3: usage collection, measured in a process of its own: a week's backfill of every endpoint
 * and provided service into PostgreSQL (a process of its own, as in production), reading the
 * entities through Backstage's CatalogClient from the catalog served by the server process, so
 * this process holds only what the collector holds. Prints one JSON line.
 */
async function collect(url: string, catalogUrl: string) {
  const { counter, clients } = awsClients(url);
  const admin = knexFactory({ client: 'pg', connection: `${PG}/postgres` });
  await admin.raw('drop database if exists privatelink_scale_bench');
  await admin.raw('create database privatelink_scale_bench');
  await admin.destroy();
  const knex = knexFactory({
    client: 'pg',
    connection: `${PG}/privatelink_scale_bench`,
    pool: { min: 1, max: 10 },
  });
  await migrate(knex);
  (global as any).gc?.();
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;

  const quiet = {
    info: () => {},
    warn: () => {},
    error: () => {},
    debug: () => {},
    child: () => quiet,
  } as any;
  const privatelinkEntities = new PrivateLinkEntities({
    catalog: catalogOverHttp(catalogUrl),
    permissions: {
      authorize: async (requests: unknown[]) =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    } as any,
    logger: quiet,
  });
  const collector = new UsageCollector({
    entities: privatelinkEntities,
    auth: { getOwnServiceCredentials: async () => ({}) } as any,
    store: new DatabaseUsageStore(knex),
    source: new CloudWatchMetricSource(clients),
    settings: {
      backfillDays: BACKFILL_DAYS,
      retentionDays: 400,
      perZone: true,
      concurrency: COLLECTION_CONCURRENCY,
    },
    logger: quiet,
  });
  const started = Date.now();
  const report = await collector.collect(new Date());
  const collectMs = Date.now() - started;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // The minimum: every query once, 500 a call, each cell on its own (one client per cell),
  // planned one cell at a time after the peak was read.
  let cloudWatchMinimum = 0;
  for (const cell of (await privatelinkEntities.cells({} as any)).cells) {
    const { entities: read } = await privatelinkEntities.byRefs(
      cell.entityRefs,
      {} as any,
    );
    for (const planned of planMetricQueries(read, { perZone: true })) {
      cloudWatchMinimum += Math.ceil(planned.queries.length / 500);
    }
  }
  const [{ n: storedRows }] = await knex('privatelink_daily_usage').count({
    n: '*',
  });
  await knex.destroy();
  process.stdout.write(
    `${JSON.stringify({
      getMetricDataCalls: counter.total({
        service: 'CloudWatch',
        api: 'GetMetricData',
      }),
      listMetricsCalls: counter.total({
        service: 'CloudWatch',
        api: 'ListMetrics',
      }),
      cloudWatchMinimum,
      metricsRequested: report.cells.reduce(
        (sum, c) => sum + c.metricsRequested,
        0,
      ),
      dailyRows: report.cells.reduce((sum, c) => sum + c.rows, 0),
      storedRows: Number(storedRows),
      collectMs,
      collectErrors: report.cells.filter(c => c.error).length,
      baselineRssMb: Math.round(baselineRssMb),
      peakRssMb: Math.round(peakRssMb),
    })}\n`,
  );
  process.exit(0);
}

/** Role 4: runs each scenario in fresh processes and prints the report. */
async function main() {
  const self = [process.execArgv, '--expose-gc', __filename].flat();
  const run = async (
    role: string,
    s: Scenario,
    urls: string[],
    nodeOptions: string[] = [],
  ) => {
    const { stdout } = await execFileAsync(
      process.execPath,
      [
        ...nodeOptions,
        ...self,
        role,
        String(s.endpoints),
        String(s.accounts),
        ...urls,
      ],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return JSON.parse(stdout.trim().split('\n').pop()!);
  };
  const results: any[] = [];
  for (const s of SCENARIOS) {
    const server = spawn(
      process.execPath,
      [...self, 'serve', String(s.endpoints), String(s.accounts)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const urls = await new Promise<string[]>(resolve =>
      server.stdout.once('data', d => resolve(String(d).trim().split(' '))),
    );
    try {
      results.push({
        endpoints: s.endpoints,
        cells: s.accounts * REGIONS.length,
        perCell: perCell(s),
        ...(await run('ingest', s, urls.slice(0, 1))),
        ...(await run('collect', s, urls)),
      });
      // Again with V8's old space capped: the collection must fit in it whatever the fleet.
      const capped = await run('collect', s, urls, [
        `--max-old-space-size=${HEAP_CAP_MB}`,
      ]).catch(error => {
        console.error(
          `collection with the heap capped at ${HEAP_CAP_MB} MB failed: ${error}`,
        );
        return {
          collectMs: NaN,
          peakRssMb: NaN,
          collectErrors: 1,
          storedRows: 0,
        };
      });
      Object.assign(results[results.length - 1], {
        cappedCollectMs: capped.collectMs,
        cappedPeakRssMb: capped.peakRssMb,
        cappedErrors: capped.collectErrors,
        cappedStoredRows: capped.storedRows,
      });
    } finally {
      server.kill();
    }
  }
  const n = (v: number) => v.toLocaleString('en-US');
  console.log(
    `scale: ${LATENCY_MS} ms per AWS call, ${CONCURRENT_ACCOUNTS} accounts ingested at a time, usage backfill ${BACKFILL_DAYS} days into PostgreSQL, ${COLLECTION_CONCURRENCY} account-regions collected at a time`,
  );
  console.log('');
  console.log(
    `| endpoints | account-regions | per cell | EC2 calls (minimum, ratio) | ingest wall | ingest peak RSS | CloudWatch calls (minimum) | metrics requested | collect wall | daily rows (stored) | collection RSS: at start, peak | heap capped at ${HEAP_CAP_MB} MB: collect wall, peak RSS |`,
  );
  console.log(
    '| ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |',
  );
  for (const r of results) {
    console.log(
      `| ${n(r.endpoints)} | ${r.cells} | ${n(r.perCell)} | ${n(
        r.ec2Calls,
      )} (${n(r.ec2Minimum)}, ${(r.ec2Calls / r.ec2Minimum).toFixed(2)}x) | ${(
        r.ingestMs / 1000
      ).toFixed(1)} s | ${r.ingestRssMb} MB | ${n(r.getMetricDataCalls)} + ${n(
        r.listMetricsCalls,
      )} ListMetrics (${n(r.cloudWatchMinimum)}) | ${n(
        r.metricsRequested,
      )} | ${(r.collectMs / 1000).toFixed(1)} s | ${n(r.dailyRows)} (${n(
        r.storedRows,
      )}) | ${r.baselineRssMb} MB, ${r.peakRssMb} MB | ${(
        r.cappedCollectMs / 1000
      ).toFixed(1)} s, ${r.cappedPeakRssMb} MB |`,
    );
  }
  console.log('');
  console.log(`scale JSON: ${JSON.stringify(results)}`);
  if (
    results.some(
      r =>
        r.collectErrors > 0 ||
        r.cappedErrors > 0 ||
        r.cappedStoredRows !== r.dailyRows ||
        r.ec2Calls > 1.1 * r.ec2Minimum ||
        r.storedRows !== r.dailyRows ||
        r.getMetricDataCalls > r.cloudWatchMinimum,
    )
  ) {
    process.exitCode = 1;
  }
}

const [role, endpoints, accounts, url, catalogUrl] = process.argv.slice(2);
const scenario = { endpoints: Number(endpoints), accounts: Number(accounts) };
const roles: Record<string, () => Promise<void>> = {
  serve: () => serve(scenario),
  ingest: () => ingest(scenario, url),
  collect: () => collect(url, catalogUrl),
};
(roles[role] ?? main)().catch(error => {
  console.error(error);
  process.exit(1);
});
