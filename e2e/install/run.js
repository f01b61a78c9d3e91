#!/usr/bin/env node
/*
 * Install test: the six packed tarballs (npm run release:pack) go into a throwaway app laid out
 * like create-app's 1.55 template (e2e/install/app, with the lockfile such an app had when 1.55
 * was current), outside this repository's workspace: no workspace links, no resolutions of ours.
 * Then the app is type-checked, its backend started on the example inventory shipped in the
 * catalog module's package (PostgreSQL, as in production), the catalog, the PrivateLink routes
 * and the registered template are read over REST, and the frontend is built.
 *
 * Prints what the install added to the app's lockfile. Fails on any nested copy of an
 * @backstage package under our packages, on any @backstage version of the app that changed,
 * and on every check that does not hold.
 *
 *   npm run release:pack && node e2e/install/run.js [release-dir]
 *
 * CI (scripts/test-all.sh) packs first, then runs this beside the end-to-end test.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { startPackage, waitFor, stop } = require('../portal');
const { freePort } = require('../moto');

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATE = path.join(__dirname, 'app');
const RELEASE = path.resolve(process.argv[2] ?? path.join(ROOT, 'release'));
const PG_URL =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ??
  'postgresql://postgres@127.0.0.1:5432';
const SCOPE = '@privatelink-portal';
const FRONTEND = ['plugin-privatelink', 'plugin-privatelink-common'];
const BACKEND = [
  'plugin-catalog-backend-module-privatelink',
  'plugin-privatelink-backend',
  'plugin-privatelink-common',
  'plugin-privatelink-node',
  'plugin-scaffolder-backend-module-privatelink',
];

const timings = [];
async function step(name, fn) {
  const started = Date.now();
  console.log(`--- ${name}`);
  const result = await fn();
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result;
}

/** Runs a command; its output is printed only when it fails. */
function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: process.env });
    let output = '';
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', chunk => (output += chunk));
    child.on('error', reject);
    child.on('close', code => {
      if (code !== 0) console.log(output.split('\n').slice(-60).join('\n'));
      if (code === 0) resolve();
      else
        reject(
          new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited with ${code}`),
        );
    });
  });
}

const npmInstall = (command, cwd) =>
  run(
    'npm',
    [
      command,
      '--prefer-offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    cwd,
  );

function tarballs() {
  const files = fs.existsSync(RELEASE)
    ? fs.readdirSync(RELEASE).filter(f => f.endsWith('.tgz'))
    : [];
  const byPackage = {};
  for (const name of new Set([...FRONTEND, ...BACKEND])) {
    const file = files.find(
      f =>
        f.startsWith(`privatelink-portal-${name}-`) &&
        /^\d/.test(f.slice(`privatelink-portal-${name}-`.length)),
    );
    if (!file)
      throw new Error(
        `no tarball of ${SCOPE}/${name} in ${RELEASE}: run npm run release:pack first`,
      );
    byPackage[name] = path.join(RELEASE, file);
  }
  return byPackage;
}

/** The lockfile's entries as path -> version. */
function lockEntries(appDir) {
  const lock = JSON.parse(
    fs.readFileSync(path.join(appDir, 'package-lock.json'), 'utf8'),
  );
  return new Map(
    Object.entries(lock.packages).map(([key, value]) => [key, value.version]),
  );
}

/** What adding our packages did to the app's @backstage lock entries. */
function lockChanges(before, after) {
  const isBackstage = key => /(^|\/)node_modules\/@backstage\/[^/]+$/.test(key);
  const added = [...after.keys()].filter(
    key => isBackstage(key) && !before.has(key),
  );
  const changed = [...before.keys()]
    .filter(
      key =>
        isBackstage(key) &&
        after.has(key) &&
        after.get(key) !== before.get(key),
    )
    .map(key => `${key} ${before.get(key)} -> ${after.get(key)}`);
  const nested = [...after.keys()].filter(
    key => key.includes(`node_modules/${SCOPE}/`) && isBackstage(key),
  );
  const ours = [...after.keys()].filter(
    key =>
      key.startsWith(`node_modules/${SCOPE}/`) && key.split('/').length === 3,
  );
  return { added, changed, nested, ours, total: after.size - before.size };
}

async function getJson(url, token, headers = {}) {
  const res = await fetch(url, {
    headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers,
  });
  if (!res.ok)
    throw new Error(
      `GET ${url}: ${res.status} ${(await res.text()).slice(0, 300)}`,
    );
  return res.json();
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'privatelink-install-'));
  const appDir = path.join(work, 'app');
  const prefix = `install_${process.pid}_`;
  let backend;
  try {
    fs.cpSync(TEMPLATE, appDir, {
      recursive: true,
      filter: src => !src.includes(`${path.sep}node_modules`),
    });
    // The app as create-app left it, from its own lockfile. Install scripts stay off: ours have
    // none, and its backend runs on PostgreSQL here, so better-sqlite3's native build is not
    // needed.
    await step('the app installed (npm ci)', () => npmInstall('ci', appDir));
    const packages = tarballs();
    fs.mkdirSync(path.join(work, 'tarballs'));
    const relative = {};
    for (const [name, file] of Object.entries(packages)) {
      fs.copyFileSync(file, path.join(work, 'tarballs', path.basename(file)));
      relative[name] = `file:../../../tarballs/${path.basename(file)}`;
    }
    const before = lockEntries(appDir);

    // What a user does with `npm install <package> -w <workspace>`, with the tarball standing in
    // for the registry.
    for (const [workspace, names] of [
      ['app', FRONTEND],
      ['backend', BACKEND],
    ]) {
      const file = path.join(appDir, 'packages', workspace, 'package.json');
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
      for (const name of names)
        pkg.dependencies[`${SCOPE}/${name}`] = relative[name];
      fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    }
    await step('npm install of the six tarballs', () =>
      npmInstall('install', appDir),
    );
    const changes = lockChanges(before, lockEntries(appDir));
    console.log(
      `lockfile: ${changes.total} entries added in all; ${
        changes.added.length
      } @backstage entries added: ${changes.added.join(', ') || 'none'}`,
    );
    console.log(
      `our packages installed: ${changes.ours
        .map(k => k.replace('node_modules/', ''))
        .join(', ')}`,
    );
    for (const [name, file] of Object.entries(packages))
      console.log(`  ${path.basename(file)}: ${fs.statSync(file).size} bytes`);
    const problems = [];
    if (changes.ours.length !== new Set([...FRONTEND, ...BACKEND]).size)
      problems.push(
        `expected 6 of our packages in the lockfile, found ${changes.ours.length}`,
      );
    if (changes.nested.length)
      problems.push(
        `nested @backstage copies under our packages: ${changes.nested.join(
          ', ',
        )}`,
      );
    if (changes.changed.length)
      problems.push(
        `@backstage versions of the app changed: ${changes.changed.join(', ')}`,
      );
    if (problems.length) throw new Error(problems.join('; '));

    await step('tsc (the app, against the installed type declarations)', () =>
      run('npx', ['tsc', '--noEmit'], appDir),
    );

    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    fs.writeFileSync(
      path.join(appDir, 'app-config.install-test.yaml'),
      [
        'backend:',
        `  baseUrl: ${baseUrl}`,
        `  listen: { port: ${port} }`,
        '  database:',
        '    client: pg',
        `    connection: ${PG_URL}`,
        `    prefix: ${prefix}`,
        '',
      ].join('\n'),
    );
    const backendLog = path.join(work, 'backend.log');
    await step('backend start and checks', async () => {
      const configs = [
        '--config',
        '../../app-config.yaml',
        '--config',
        '../../app-config.install-test.yaml',
      ];
      backend = startPackage(
        path.join(appDir, 'packages', 'backend'),
        backendLog,
        {},
        configs,
      );
      const wait = (what, timeoutMs, check) =>
        waitFor(what, check, timeoutMs, backend, backendLog);
      try {
        await wait(
          'GET /api/privatelink/health',
          180_000,
          async () => (await fetch(`${baseUrl}/api/privatelink/health`)).ok,
        );
        const token = (
          await getJson(`${baseUrl}/api/auth/guest/refresh`, undefined, {
            'X-Requested-With': 'XMLHttpRequest',
          })
        ).backstageIdentity.token;
        const endpoints = await wait(
          'PrivateLink Resource entities in the catalog',
          120_000,
          async () => {
            const { items } = await getJson(
              `${baseUrl}/api/catalog/entities/by-query?filter=kind=resource,spec.type=aws-vpc-endpoint,metadata.labels.privatelink.aws/endpoint-type=interface&limit=500&fields=metadata.name`,
              token,
            );
            return items.length > 0 && items;
          },
        );
        console.log(
          `catalog: ${endpoints.length} interface endpoint Resource entities`,
        );
        const templates = await wait(
          'the request template registered from the installed package',
          60_000,
          async () => {
            const { items } = await getJson(
              `${baseUrl}/api/catalog/entities/by-query?filter=kind=template&fields=metadata.name`,
              token,
            );
            return (
              items.some(t => t.metadata.name === 'request-vendor-endpoint') &&
              items
            );
          },
        );
        console.log(
          `catalog: templates ${templates
            .map(t => t.metadata.name)
            .join(', ')}`,
        );
        // Gateway endpoints publish no metrics, hence interface endpoints only; the first with
        // collected days answers.
        const usage = await wait(
          'usage of an interface endpoint',
          180_000,
          async () => {
            for (const { metadata } of endpoints) {
              const body = await getJson(
                `${baseUrl}/api/privatelink/entities/resource/default/${metadata.name}/usage?days=30`,
                token,
              );
              if (body.days.length > 0)
                return { days: body.days, name: metadata.name };
            }
            return undefined;
          },
        );
        console.log(
          `usage: ${usage.days.length} days of resource:default/${usage.name}`,
        );
      } catch (error) {
        console.error(
          fs.readFileSync(backendLog, 'utf8').split('\n').slice(-40).join('\n'),
        );
        throw error;
      } finally {
        stop(backend);
      }
    });

    await step('frontend build', () =>
      run(
        'npx',
        ['backstage-cli', 'package', 'build'],
        path.join(appDir, 'packages', 'app'),
      ),
    );
    const staticDir = path.join(appDir, 'packages', 'app', 'dist', 'static');
    const chunks = fs.readdirSync(staticDir).filter(f => f.endsWith('.js'));
    const ours = chunks.filter(f =>
      fs
        .readFileSync(path.join(staticDir, f), 'utf8')
        .includes('plugin.privatelink.api'),
    );
    console.log(
      `frontend: ${chunks.length} chunks, ${ours.length} with the PrivateLink client`,
    );
    if (!ours.length)
      throw new Error(
        'the frontend bundle does not hold the PrivateLink plugin',
      );
    console.log(`\ninstall test passed (${timings.join(', ')})`);
  } finally {
    stop(backend);
    dropDatabases(prefix);
    // The app's node_modules is about 1.5 GB: removed in the background, not waited for.
    if (!process.env.KEEP_INSTALL_APP)
      spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
    else console.log(`the app is kept in ${appDir}`);
  }
}

/** Drops the databases the app's plugins created under this run's prefix. */
function dropDatabases(prefix) {
  const list = spawnSync(
    'psql',
    [
      PG_URL,
      '-Atc',
      `select datname from pg_database where starts_with(datname, '${prefix}')`,
    ],
    { encoding: 'utf8' },
  );
  for (const name of (list.stdout ?? '').split('\n').filter(Boolean)) {
    spawnSync('psql', [
      PG_URL,
      '-qc',
      `drop database if exists "${name}" with (force)`,
    ]);
  }
}

main().catch(error => {
  console.error(`\ninstall test FAILED: ${error.message}`);
  process.exit(1);
});
