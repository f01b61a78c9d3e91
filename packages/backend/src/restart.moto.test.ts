/*
 * A backend killed in the middle of its work recovers without a manual step. A real Backstage
 * backend (the catalog, the PrivateLink catalog module and backend plugin, the real scheduler) runs
 * in a child process on PostgreSQL against moto_server, through a proxy that can hold AWS calls.
 * Once steady, each account gets a new endpoint; the backend is killed (SIGKILL) while one
 * account's CloudWatch query and every account's catalog refresh are in flight, after the other
 * account's new usage was stored; a new backend started on the same databases takes the tasks
 * over once the dead worker's locks expire (and the scheduler's janitor, once a minute, releases
 * them), finishes the work, and neither loses nor repeats anything.
 *
 * Every wait is for a state (a row, an entity, a held call, a lock read from the store), never for
 * a time that a busy machine may overrun: the deadlines are there only to end a test that hangs,
 * and the recovery's deadline is computed from the dead worker's lock expiry as the store has it.
 */
import {
  CloudWatchClient,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { endpointMetricDimensions } from '@privatelink-portal/plugin-privatelink-common';
import {
  createEndpoint,
  FaultProxy,
  freePort,
  MotoServer,
  requiredDatabases,
  SeededTopology,
  seedPrivateLinkTopology,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import knexFactory, { Knex } from 'knex';
import { tmpdir } from 'os';
import path from 'path';

// Only to end a test that hangs: each wait below ends on a state, most within seconds.
jest.setTimeout(600_000);

const CONSUMER = '111111111111';
const SECOND = '222222222222';
const GB = 2 ** 30;
const DAY = 86_400_000;
const BACKFILL_DAYS = 5;
/**
 * How long a run of the usage task may hold its lock: a dead worker's lock expires after it. Long
 * enough that the run killed below still holds its lock when it is killed (the scheduler's
 * janitor would otherwise release it first), however slow the machine is between the two.
 */
const USAGE_TIMEOUT_S = 20;
/** The same for each account's catalog refresh. */
const INVENTORY_TIMEOUT_S = 20;
/**
 * Backstage's scheduler releases a dead worker's task in its janitor, which runs once a minute:
 * a task is released up to this long after its lock expired.
 */
const JANITOR_S = 60;
/** A wait for a state that the portal reaches within seconds: ends only a test that hangs. */
const HANG_MS = 180_000;
const PREFIX = `pl_restart_${process.pid}_`;
const TASKS = 'backstage_backend_tasks__tasks';
const { ids } = requiredDatabases();

const utcDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** The last complete UTC day, as the collector counts it (CloudWatch has had two hours). */
const lastCompleteDay = () => utcDay(Date.now() - 2 * 3_600_000 - DAY);

describe.each(ids.filter(id => id.startsWith('POSTGRES')))(
  'a backend killed mid-work, on %s',
  () => {
    const pgUrl =
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING!;
    let moto: MotoServer;
    let proxy: FaultProxy;
    let topology: SeededTopology;
    let admin: Knex;
    let usageDb: Knex;
    let catalogDb: Knex;
    let child: ChildProcess | undefined;
    let configFile: string;
    let logs = '';
    /** Every call the proxy held, in order. */
    const held: Array<{ api: string; body: string }> = [];
    /** Which calls the proxy holds now: each waits until `release` lets it go on. */
    let holding: (api: string, body: string) => boolean = () => false;
    let waiting: Array<{ api: string; body: string; resume: () => void }> = [];
    /** Lets the held calls that `which` matches (all by default) go on to moto. */
    const release = (
      which: (api: string, body: string) => boolean = () => true,
    ) => {
      const going = waiting.filter(w => which(w.api, w.body));
      waiting = waiting.filter(w => !going.includes(w));
      going.forEach(w => w.resume());
    };
    const metricsOf = (endpointId: string) => (api: string, body: string) =>
      api === 'GetMetricData' && body.includes(endpointId);

    /**
     * Reads until `done` says so. A backend that exited fails the wait at once with its last log
     * lines; `ms` only ends a wait that would otherwise hang.
     */
    async function eventually<T>(
      what: string,
      read: () => Promise<T>,
      done: (value: T) => boolean,
      ms = HANG_MS,
    ): Promise<T> {
      const deadline = Date.now() + ms;
      for (;;) {
        const value = await read();
        if (done(value)) return value;
        const exited =
          child && child.exitCode !== null && child.signalCode === null;
        if (exited || Date.now() > deadline) {
          const why = exited
            ? `the backend exited with ${child!.exitCode}`
            : `no change in ${ms / 1000} s`;
          throw new Error(
            `waiting for ${what}: ${why}; last: ${JSON.stringify(
              value,
            )}\n${logs.slice(-3000)}`,
          );
        }
        await new Promise(resolve => setTimeout(resolve, 250));
      }
    }

    function startBackend() {
      const started = spawn(
        process.execPath,
        [
          '--require',
          require.resolve('@backstage/cli/config/nodeTransform.cjs'),
          path.join(__dirname, 'testing/privatelinkBackend.ts'),
          '--config',
          configFile,
        ],
        {
          cwd: path.resolve(__dirname, '..'),
          env: {
            ...process.env,
            ...moto.sdkEnvironment(),
            AWS_ENDPOINT_URL: proxy.url,
            NODE_ENV: 'development',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      started.stdout!.on('data', d => (logs += d));
      started.stderr!.on('data', d => (logs += d));
      return started;
    }

    const dropDatabases = async () => {
      for (const plugin of ['catalog', 'privatelink'])
        await admin.raw(
          `drop database if exists ${PREFIX}${plugin} with (force)`,
        );
    };

    /** Days stored per entity ref, with the bytes of each. */
    async function storedUsage(): Promise<Map<string, Map<string, number>>> {
      const rows: Array<{
        entity_ref: string;
        day: string;
        bytes_processed: number;
      }> = await usageDb('privatelink_daily_usage').select(
        'entity_ref',
        'day',
        'bytes_processed',
      );
      const byRef = new Map<string, Map<string, number>>();
      for (const row of rows) {
        if (!byRef.has(row.entity_ref)) byRef.set(row.entity_ref, new Map());
        byRef.get(row.entity_ref)!.set(row.day, Number(row.bytes_processed));
      }
      return byRef;
    }

    const catalogRefs = async (): Promise<string[]> =>
      (
        await catalogDb('final_entities')
          .whereNotNull('final_entity')
          .select('entity_ref')
      )
        .map(r => r.entity_ref)
        .sort();

    /** The scheduler's locks that a worker holds now, in both plugins' databases. */
    const heldLocks = async () => {
      const locks: Array<{
        id: string;
        current_run_ticket: string;
        current_run_expires_at: Date;
      }> = [];
      for (const db of [usageDb, catalogDb]) {
        locks.push(
          ...(await db(TASKS)
            .whereNotNull('current_run_ticket')
            .select('id', 'current_run_ticket', 'current_run_expires_at')),
        );
      }
      return locks;
    };

    beforeAll(async () => {
      moto = await MotoServer.start();
      topology = await seedPrivateLinkTopology(moto, CONSUMER, SECOND);
      proxy = await FaultProxy.start(
        moto.url,
        () => false,
        async (call, body) => {
          if (!holding(call.api, body)) return;
          held.push({ api: call.api, body });
          await new Promise<void>(resume =>
            waiting.push({ api: call.api, body, resume }),
          );
        },
      );
      admin = knexFactory({ client: 'pg', connection: `${pgUrl}/postgres` });
      await dropDatabases();
      const port = await freePort();
      const { hostname, port: pgPort, username, password } = new URL(pgUrl);
      configFile = path.join(
        mkdtempSync(path.join(tmpdir(), 'privatelink-restart-')),
        'app-config.json',
      );
      const frequent = (timeoutS: number) => ({
        frequency: { seconds: 2 },
        timeout: { seconds: timeoutS },
        initialDelay: { seconds: 0 },
      });
      writeFileSync(
        configFile,
        JSON.stringify({
          backend: {
            baseUrl: `http://127.0.0.1:${port}`,
            listen: { port, host: '127.0.0.1' },
            database: {
              client: 'pg',
              connection: {
                host: hostname,
                port: Number(pgPort || 5432),
                user: username || 'postgres',
                password: password || undefined,
              },
              prefix: PREFIX,
            },
          },
          catalog: { rules: [{ allow: ['Resource', 'Group'] }] },
          aws: {
            accounts: [CONSUMER, SECOND].map(accountId => ({
              accountId,
              roleName: 'privatelink-reader',
            })),
          },
          privatelink: {
            source: { type: 'aws' },
            accounts: [
              { accountId: CONSUMER, regions: ['us-east-1', 'eu-west-1'] },
              { accountId: SECOND, regions: ['us-east-1'] },
            ],
            ownership: {
              tagKeys: ['tenant', 'owner'],
              defaultOwner: 'group:default/platform',
            },
            inventory: {
              schedule: frequent(INVENTORY_TIMEOUT_S),
              vendorSchedule: frequent(INVENTORY_TIMEOUT_S),
            },
            usage: {
              backfillDays: BACKFILL_DAYS,
              idleAfterDays: BACKFILL_DAYS,
              retentionDays: 30,
              perZone: false,
              schedule: frequent(USAGE_TIMEOUT_S),
            },
          },
        }),
      );
    });

    afterAll(async () => {
      // What both backends logged, for whoever reads a failure.
      writeFileSync(path.join(path.dirname(configFile), 'backends.log'), logs);
      child?.kill('SIGKILL');
      holding = () => false;
      release();
      await usageDb?.destroy();
      await catalogDb?.destroy();
      await dropDatabases();
      await admin?.destroy();
      await proxy?.stop();
      await moto?.stop();
    });

    it('takes the tasks over after the locks expire, refreshes and collects what was in flight, and repeats nothing', async () => {
      const { consumer, second } = topology;
      const ref = (id: string) => `resource:default/${id}`;
      const lastDay = lastCompleteDay();
      const twoDaysAgo = utcDay(Date.parse(lastDay) - DAY);
      const seeded = [
        consumer.kmsEndpointId,
        consumer.untaggedEndpointId,
        consumer.euLogsEndpointId,
        second.secretsEndpointId,
      ].map(ref);
      const consumerEc2 = new EC2Client(
        await moto.clientConfig(CONSUMER, 'us-east-1'),
      );
      const secondEc2 = new EC2Client(
        await moto.clientConfig(SECOND, 'us-east-1'),
      );
      /** One day of bytes of an endpoint in CloudWatch, in the dimensions AWS publishes. */
      const putBytes = async (
        accountId: string,
        endpointId: string,
        serviceName: string,
        vpcId: string,
        day: string,
        bytes: number,
      ) => {
        const cloudWatch = new CloudWatchClient(
          await moto.clientConfig(accountId, 'us-east-1'),
        );
        const Dimensions = endpointMetricDimensions({
          endpointType: 'Interface',
          serviceName,
          endpointId,
          vpcId,
        });
        await cloudWatch.send(
          new PutMetricDataCommand({
            Namespace: 'AWS/PrivateLinkEndpoints',
            MetricData: [
              {
                MetricName: 'BytesProcessed',
                Dimensions,
                Timestamp: new Date(`${day}T12:00:00Z`),
                Value: bytes,
              },
            ],
          }),
        );
      };

      // 1. The first backend reaches a steady state: every seeded endpoint refreshed and backfilled.
      child = startBackend();
      await eventually(
        "the plugins' databases",
        async () =>
          (
            await admin.raw(
              'select datname from pg_database where datname like ?',
              [`${PREFIX}%`],
            )
          ).rows.length,
        n => n === 2,
      );
      usageDb = knexFactory({
        client: 'pg',
        connection: `${pgUrl}/${PREFIX}privatelink`,
      });
      catalogDb = knexFactory({
        client: 'pg',
        connection: `${pgUrl}/${PREFIX}catalog`,
      });
      const backfilled = (
        stored: Map<string, Map<string, number>>,
        refs: string[],
      ) => refs.every(r => stored.get(r)?.size === BACKFILL_DAYS);
      await eventually(
        'the seeded endpoints backfilled',
        () => storedUsage().catch(() => new Map()),
        stored => backfilled(stored, seeded),
      );

      // 2. Each account gets a new endpoint with traffic. The consumer's is in the catalog before
      // the second's exists, so every run that meets the second's (whose metrics hang from its
      // creation on) also has the consumer's. Each endpoint's metrics wait until its bytes are in
      // CloudWatch, so no run stores its days as zeros first; nothing awaits between a creation and
      // its hold, so no call of the backend comes in between.
      const consumerAdded = await createEndpoint(consumerEc2, consumer.vpc, {
        serviceName: 'com.amazonaws.us-east-1.sqs',
        tags: { tenant: 'payments' },
      });
      holding = metricsOf(consumerAdded);
      await putBytes(
        CONSUMER,
        consumerAdded,
        'com.amazonaws.us-east-1.sqs',
        consumer.vpc.vpcId,
        twoDaysAgo,
        2 * GB,
      );
      holding = () => false;
      release();
      await eventually(
        "the consumer's new endpoint in the catalog",
        catalogRefs,
        refs => refs.includes(ref(consumerAdded)),
      );
      const secondAdded = await createEndpoint(secondEc2, second.vpc, {
        serviceName: 'com.amazonaws.us-east-1.sqs',
        tags: { tenant: 'identity' },
      });
      const metricsOfSecond = metricsOf(secondAdded);
      holding = metricsOfSecond;
      await putBytes(
        SECOND,
        secondAdded,
        'com.amazonaws.us-east-1.sqs',
        second.vpc.vpcId,
        lastDay,
        3 * GB,
      );
      await eventually(
        "the consumer's new endpoint collected and the second account's query in flight",
        async () => ({
          stored: (await storedUsage()).get(ref(consumerAdded))?.size ?? 0,
          held: held.filter(h => metricsOfSecond(h.api, h.body)).length,
        }),
        ({ stored, held: n }) => stored === BACKFILL_DAYS && n > 0,
      );
      expect((await storedUsage()).has(ref(secondAdded))).toBe(false);

      // 3. Every account's next catalog refresh hangs too, after AWS changed again.
      holding = (api, body) =>
        metricsOfSecond(api, body) || api === 'DescribeVpcEndpoints';
      const late = await createEndpoint(secondEc2, second.vpc, {
        serviceName: 'com.amazonaws.us-east-1.sns',
        tags: { tenant: 'identity' },
      });
      await eventually(
        'a catalog refresh in flight',
        async () => held.filter(h => h.api === 'DescribeVpcEndpoints').length,
        n => n > 0,
      );
      const catalogBefore = await catalogRefs();
      expect(catalogBefore).toEqual(
        expect.arrayContaining([
          ...seeded,
          ref(consumerAdded),
          ref(secondAdded),
        ]),
      );
      expect(catalogBefore).not.toContain(ref(late));
      const usageBefore = await storedUsage();

      // 4. Killed mid-work: the locks of the runs in flight stay with the dead worker until they
      // expire, the usage task's among them.
      child.kill('SIGKILL');
      await new Promise(resolve => child!.once('exit', resolve));
      const killedAt = Date.now();
      logs += `\n=== killed at ${new Date(
        killedAt,
      ).toISOString()}; a new backend starts\n`;
      const deadLocks = await heldLocks();
      expect(deadLocks.map(l => l.id)).toContain('privatelink-usage:collect');
      holding = () => false;
      release();
      const callsBeforeRestart = proxy.calls.length;

      // 5. A new backend on the same databases, with nothing done by hand. The scheduler releases
      // a dead worker's lock at the janitor's first round after it expired: that is what the
      // recovery waits for, so its deadline comes from the expiry the store holds.
      child = startBackend();
      const lastExpiry = Math.max(
        ...deadLocks.map(l => new Date(l.current_run_expires_at).getTime()),
      );
      await eventually(
        "the dead worker's locks released",
        async () => {
          const now = await heldLocks();
          return deadLocks
            .filter(dead =>
              now.some(l => l.current_run_ticket === dead.current_run_ticket),
            )
            .map(l => l.id);
        },
        stillHeld => stillHeld.length === 0,
        Math.max(0, lastExpiry - Date.now()) + 1000 * JANITOR_S + HANG_MS,
      );
      const releasedS = (Date.now() - killedAt) / 1000;
      await eventually(
        'the usage that was in flight collected',
        storedUsage,
        stored => backfilled(stored, [ref(secondAdded)]),
      );
      await eventually(
        'the refresh that was in flight applied',
        catalogRefs,
        refs => refs.includes(ref(late)),
      );
      logs += `\n=== locks released ${releasedS} s after the kill, all work recovered after ${
        (Date.now() - killedAt) / 1000
      } s\n`;
      const usage = await eventually(
        'the late endpoint backfilled',
        storedUsage,
        stored => backfilled(stored, [ref(late)]),
      );

      // Nothing lost: every entity is still in the catalog; every interface endpoint has each
      // backfilled day once, with the bytes CloudWatch has.
      expect(await catalogRefs()).toEqual(
        expect.arrayContaining([...catalogBefore, ref(late)]),
      );
      expect(
        backfilled(usage, [
          ...seeded,
          ref(consumerAdded),
          ref(secondAdded),
          ref(late),
        ]),
      ).toBe(true);
      expect(usage.get(ref(consumerAdded))?.get(twoDaysAgo)).toBe(2 * GB);
      expect(usage.get(ref(secondAdded))?.get(lastDay)).toBe(3 * GB);
      const facts = await usageDb('privatelink_usage_facts').whereIn(
        'entity_ref',
        [ref(consumerAdded), ref(secondAdded), ref(late)],
      );
      expect(
        Object.fromEntries(facts.map(f => [f.entity_ref, f.last_traffic_day])),
      ).toEqual({
        [ref(consumerAdded)]: twoDaysAgo,
        [ref(secondAdded)]: lastDay,
        [ref(late)]: null,
      });

      // Nothing repeated: what the killed backend stored is not asked of CloudWatch again (unless
      // a new day completed meanwhile), and its rows are unchanged.
      const consumerQueriesAfter = proxy.calls
        .slice(callsBeforeRestart)
        .filter(
          c => c.api === 'GetMetricData' && c.body.includes(consumerAdded),
        );
      expect(consumerQueriesAfter).toHaveLength(
        lastCompleteDay() === lastDay ? 0 : 1,
      );
      for (const [entityRef, days] of usageBefore) {
        expect([entityRef, [...days]]).toEqual([
          entityRef,
          [...days].map(([day]) => [day, usage.get(entityRef)?.get(day)]),
        ]);
      }
      expect(logs).not.toMatch(/The backend did not start/);
    });
  },
);
