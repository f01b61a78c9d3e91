/*
 * Starts and stops the real portal (backend on :7007, app dev server on :3000) for the e2e test,
 * each in its own process group so that everything it spawned stops with it.
 */
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BACKEND = 'http://localhost:7007';
const APP = 'http://localhost:3000';
/** packages/app-next, the new frontend system's app, started after the legacy app stops. */
const APP_NEXT = 'http://localhost:3001';
/** The shipped demo, as scripts/start.sh starts it: never a developer's app-config.local.yaml. */
const DEMO_CONFIG = [
  '--config',
  path.join(ROOT, 'app-config.yaml'),
  '--config',
  path.join(ROOT, 'app-config.demo.yaml'),
];

function portInUse(port) {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `backstage-cli package start` of a package (a path from the repository root, or absolute). */
function startPackage(dir, logFile, env = {}, args = []) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn('npx', ['backstage-cli', 'package', 'start', ...args], {
    cwd: path.resolve(ROOT, dir),
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, BROWSER: 'none', NODE_ENV: 'development', ...env },
  });
  return child;
}

/** A backend that failed to start: `package start` keeps watching instead of exiting. */
function startupFailure(logFile) {
  if (!logFile || !fs.existsSync(logFile)) return undefined;
  const text = fs.readFileSync(logFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  return text
    .split('\n')
    .find(l => /startup failed|BackendStartupError/.test(l));
}

/** Polls `check` each second until it returns something truthy, and returns that. */
async function waitFor(what, check, timeoutMs, child, logFile) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(
        `${what}: the process exited (${child.exitCode}); see ${logFile}`,
      );
    }
    const failure = startupFailure(logFile);
    if (failure) throw new Error(`${what}: ${failure.trim().slice(0, 400)}`);
    try {
      const result = await check();
      if (result) return result;
    } catch (e) {
      lastError = e;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `${what} not ready after ${timeoutMs / 1000}s${
      lastError ? ` (${lastError.message})` : ''
    }${logFile ? `; see ${logFile}` : ''}`,
  );
}

function stop(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** A Backstage token of an example user, through the portal's demo sign-in (guest by default). */
async function userToken(user = 'guest') {
  const res = await fetch(`${BACKEND}/api/auth/demo/refresh`, {
    headers: {
      'X-Requested-With': 'XMLHttpRequest',
      Cookie: `privatelink-demo-user=${user}`,
    },
  });
  if (!res.ok) throw new Error(`demo sign-in as ${user}: ${res.status}`);
  return (await res.json()).backstageIdentity.token;
}

async function startPortal({ logDir }) {
  fs.mkdirSync(logDir, { recursive: true });
  for (const port of [3000, 3001, 7007]) {
    if (await portInUse(port)) {
      throw new Error(
        `port ${port} is taken: stop the running portal before the e2e test`,
      );
    }
  }
  const backendLog = path.join(logDir, 'backend.log');
  const appLog = path.join(logDir, 'app.log');
  const backend = startPackage('packages/backend', backendLog, {}, DEMO_CONFIG);
  const app = startPackage('packages/app', appLog, {}, DEMO_CONFIG);
  const portal = {
    backend,
    app,
    backendLog,
    appLog,
    stop: () => [portal.app, portal.backend].forEach(stop),
    /**
     * Restarts the backend with one more config file and environment (the moto account of the
     * request flow), on a fresh in-memory database, and waits until it answers.
     */
    async restartBackend({ config, env }) {
      stop(portal.backend);
      await waitFor(
        'backend to stop',
        async () => !(await portInUse(7007)),
        30_000,
      );
      const log = path.join(logDir, 'backend-moto.log');
      portal.backend = startPackage('packages/backend', log, env, [
        ...DEMO_CONFIG,
        '--config',
        config,
      ]);
      portal.backendLog = log;
      await waitFor(
        'backend /api/privatelink/health',
        async () => (await fetch(`${BACKEND}/api/privatelink/health`)).ok,
        180_000,
        portal.backend,
        log,
      );
    },
    /**
     * Replaces the legacy app's dev server with packages/app-next's on :3001 (one bundler at a
     * time: each takes about 1 GB), against the same backend.
     */
    async switchToAppNext() {
      stop(portal.app);
      const nextLog = path.join(logDir, 'app-next.log');
      portal.app = startPackage(
        'packages/app-next',
        nextLog,
        { APP_CONFIG_app_baseUrl: APP_NEXT },
        DEMO_CONFIG,
      );
      await waitFor(
        'app-next dev server',
        async () => (await fetch(APP_NEXT)).ok,
        240_000,
        portal.app,
        nextLog,
      );
    },
  };
  try {
    await waitFor(
      'backend /api/privatelink/health',
      async () => (await fetch(`${BACKEND}/api/privatelink/health`)).ok,
      180_000,
      backend,
      backendLog,
    );
    await waitFor(
      'app dev server',
      async () => (await fetch(APP)).ok,
      240_000,
      app,
      appLog,
    );
  } catch (e) {
    portal.stop();
    throw e;
  }
  return portal;
}

/** Waits until the catalog returns every entity ref given. */
async function waitForEntities(refs, timeoutMs, backendLog) {
  await waitFor(
    `catalog entities ${refs.join(', ')}`,
    async () => {
      const token = await userToken();
      const res = await fetch(`${BACKEND}/api/catalog/entities/by-refs`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ entityRefs: refs, fields: ['metadata.name'] }),
      });
      if (!res.ok) return false;
      const { items } = await res.json();
      return items.every(Boolean);
    },
    timeoutMs,
    undefined,
    backendLog,
  );
}

/** Waits until the privatelink backend has collected usage of an entity. */
async function waitForUsage(entityPath, timeoutMs, backendLog) {
  await waitFor(
    `usage of ${entityPath}`,
    async () => {
      const token = await userToken();
      const res = await fetch(
        `${BACKEND}/api/privatelink/entities/${entityPath}/usage?days=7`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      return res.ok && (await res.json()).days.length > 0;
    },
    timeoutMs,
    undefined,
    backendLog,
  );
}

/** Waits until the example portal has opened an audit campaign for an owner. */
async function waitForCampaign(ownerRef, timeoutMs, backendLog) {
  await waitFor(
    `audit campaign of ${ownerRef}`,
    async () => {
      const token = await userToken();
      const res = await fetch(
        `${BACKEND}/api/privatelink/audits?owner=${encodeURIComponent(
          ownerRef,
        )}`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      return res.ok && (await res.json()).campaigns.length > 0;
    },
    timeoutMs,
    undefined,
    backendLog,
  );
}

module.exports = {
  startPortal,
  startPackage,
  waitFor,
  stop,
  waitForEntities,
  waitForUsage,
  waitForCampaign,
  userToken,
  BACKEND,
  APP,
  APP_NEXT,
  ROOT,
};
