/*
 * The README's path to real AWS accounts, as a new user follows it: the YAML block under "Pointing
 * it at real AWS accounts", written to app-config.local.yaml's place, over the repository's own
 * app-config.yaml. Loaded with Backstage's config loader and checked against every package's
 * schema, then a real backend (the catalog, the PrivateLink catalog module and backend plugin)
 * starts with exactly those two files against moto_server and ingests the account's endpoints.
 */
import { loadConfig, loadConfigSchema } from '@backstage/config-loader';
import {
  freePort,
  MotoServer,
  SeededTopology,
  seedPrivateLinkTopology,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { ChildProcess, spawn } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../../..');
const ACCOUNT = '111111111111';
const TOKEN = 'readme-test-token-0123456789abcdef';

/** The first ```yaml block after a Markdown heading. */
function yamlBlockAfter(markdown: string, heading: string): string {
  const at = markdown.indexOf(`\n## ${heading}\n`);
  if (at < 0) throw new Error(`README.md has no section "${heading}"`);
  const block = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (!block) throw new Error(`README.md's "${heading}" has no yaml block`);
  return block[1];
}

/** Every ```yaml block of the root README and the packages' READMEs, with where it is. */
function readmeBlocks(): Array<[string, string]> {
  const readmes = [
    'README.md',
    ...readdirSync(path.join(ROOT, 'plugins')).map(p =>
      path.join('plugins', p, 'README.md'),
    ),
  ];
  return readmes.flatMap(readme => {
    let text: string;
    try {
      text = readFileSync(path.join(ROOT, readme), 'utf8');
    } catch {
      return [];
    }
    return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (m, i): [string, string] => [`${readme} block ${i + 1}`, m[1]],
    );
  });
}

describe("the READMEs' config blocks", () => {
  const blocks = readmeBlocks();
  let schema: Awaited<ReturnType<typeof loadConfigSchema>>;

  beforeAll(async () => {
    schema = await loadConfigSchema({
      dependencies: ['backend', 'app', 'app-next'],
      packagePaths: [path.join(ROOT, 'package.json')],
    });
  });

  it('are found', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(blocks)(
    "%s loads over app-config.yaml and passes every package's schema",
    async (_, yaml) => {
      const file = path.join(
        mkdtempSync(path.join(tmpdir(), 'privatelink-readme-block-')),
        'app-config.block.yaml',
      );
      writeFileSync(file, yaml);
      const { appConfigs } = await loadConfig({
        configRoot: ROOT,
        configTargets: [
          { path: path.join(ROOT, 'app-config.yaml') },
          { path: file },
        ],
        experimentalEnvFunc: async (name: string) => `value-of-${name}`,
      });
      expect(() => schema.process(appConfigs)).not.toThrow();
    },
  );
});

describe("the README's real-accounts config", () => {
  let moto: MotoServer;
  let topology: SeededTopology;
  let child: ChildProcess | undefined;
  let logs = '';
  let localConfig: string;

  beforeAll(async () => {
    moto = await MotoServer.start();
    topology = await seedPrivateLinkTopology(moto, ACCOUNT, '222222222222');
    localConfig = path.join(
      mkdtempSync(path.join(tmpdir(), 'privatelink-readme-')),
      'app-config.local.yaml',
    );
    writeFileSync(
      localConfig,
      yamlBlockAfter(
        readFileSync(path.join(ROOT, 'README.md'), 'utf8'),
        'Pointing it at real AWS accounts',
      ),
    );
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await moto?.stop();
  });

  it("validates against every package's schema over app-config.yaml", async () => {
    const { appConfigs } = await loadConfig({
      configRoot: ROOT,
      configTargets: [
        { path: path.join(ROOT, 'app-config.yaml') },
        { path: localConfig },
      ],
      experimentalEnvFunc: async (name: string) =>
        name === 'PRIVATELINK_EXTERNAL_ID' ? 'an-external-id' : undefined,
    });
    const schema = await loadConfigSchema({
      dependencies: ['backend', 'app'],
      packagePaths: [path.join(ROOT, 'package.json')],
    });
    expect(() => schema.process(appConfigs)).not.toThrow();
    // No demo key leaks into a user's portal.
    const merged = Object.assign({}, ...appConfigs.map(c => c.data));
    expect(JSON.stringify(merged)).not.toMatch(/shiftDatesForDemo|"demo"/);
  });

  it('starts a backend on those two files alone that ingests the account from AWS (the test adds only a token to read with)', async () => {
    const port = await freePort();
    child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        path.join(__dirname, 'testing/privatelinkBackend.ts'),
        '--config',
        path.join(ROOT, 'app-config.yaml'),
        '--config',
        localConfig,
      ],
      {
        cwd: path.resolve(__dirname, '..'),
        env: {
          ...process.env,
          ...moto.sdkEnvironment(),
          PRIVATELINK_EXTERNAL_ID: 'an-external-id',
          NODE_ENV: 'development',
          APP_CONFIG_backend_listen_port: String(port),
          APP_CONFIG_backend_baseUrl: `http://127.0.0.1:${port}`,
          APP_CONFIG_backend_auth_externalAccess: JSON.stringify([
            {
              type: 'static',
              options: { token: TOKEN, subject: 'readme-test' },
            },
          ]),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', d => (logs += d));
    child.stderr!.on('data', d => (logs += d));
    const base = `http://127.0.0.1:${port}`;
    // Waits on the backend's own answers; fails at once if it exits (as it did, on the demo's keys),
    // and says what it waited for if nothing comes (the deadline only ends a hang).
    const until = async <T>(
      what: string,
      read: () => Promise<T | undefined>,
    ): Promise<T> => {
      const deadline = Date.now() + 180_000;
      for (;;) {
        if (child!.exitCode !== null)
          throw new Error(
            `the backend exited (${
              child!.exitCode
            }) before ${what}:\n${logs.slice(-4000)}`,
          );
        if (Date.now() > deadline)
          throw new Error(`no ${what} in 180 s:\n${logs.slice(-4000)}`);
        const value = await read().catch(() => undefined);
        if (value !== undefined) return value;
        await new Promise(resolve => setTimeout(resolve, 500));
      }
    };
    await until('serving', async () =>
      (await fetch(`${base}/api/privatelink/health`)).ok ? true : undefined,
    );
    expect(logs).not.toMatch(/Invalid config/);
    // The seeded account's endpoints, read from moto through the README's role, in the catalog
    // (read with a static token the test adds through the environment, the one key it adds).
    await until(
      "both regions' endpoints of the account in the catalog",
      async () => {
        const catalog = await fetch(
          `${base}/api/catalog/entities/by-query?filter=kind=resource`,
          { headers: { Authorization: `Bearer ${TOKEN}` } },
        );
        if (!catalog.ok) return undefined;
        const items: Array<{ metadata: { name: string } }> = (
          await catalog.json()
        ).items;
        // Both regions' endpoints: the catalog stitches entities one by one.
        const found = items.map(i => i.metadata.name);
        return [
          topology.consumer.kmsEndpointId,
          topology.consumer.euLogsEndpointId,
        ].every(n => found.includes(n))
          ? found
          : undefined;
      },
    );
  });
});
