#!/usr/bin/env node
/*
 * End-to-end test: starts the real backend and app on the example inventory, signs in as the
 * example users (guest of Payments; dana of Data Platform) through the demo sign-in in
 * Debian's Chromium (playwright-core, never a downloaded browser) and checks what an endpoint's,
 * a service's and a tenant's pages show. Screenshots go to e2e/screenshots/.
 *
 * Fails when Chromium is missing; outside CI the caller (scripts/test-all.sh) may skip it loudly.
 */
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const {
  startPortal,
  waitForEntities,
  waitForUsage,
  waitForCampaign,
  userToken,
  APP,
  APP_NEXT,
  BACKEND,
} = require('./portal');
const { selfCheck, watchConsole } = require('./consoleErrors');
const moto = require('./moto');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(__dirname, 'screenshots');
const LOGS = path.join(__dirname, 'logs');

const ENDPOINT = 'vpce-0a00000000000a001';
const PROVIDED_SERVICE =
  'com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60101';
const VENDOR_SERVICE =
  'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001';

const results = [];
let currentPage;
/** Console errors of every page the e2e opened (see consoleErrors.js). */
const consoles = [];
const ownErrors = () => consoles.flatMap(c => c.own);

async function check(name, fn) {
  const started = Date.now();
  const ownBefore = ownErrors().length;
  try {
    await fn();
    const own = ownErrors().slice(ownBefore);
    if (own.length > 0) throw new Error(`console error of our code: ${own[0]}`);
    results.push({ name, ok: true });
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  FAIL ${name}: ${e.message.split('\n')[0]}`);
    const file = path.join(
      SHOTS,
      `FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}.png`,
    );
    await currentPage
      ?.screenshot({ path: file, fullPage: true })
      .catch(() => undefined);
  }
}

/**
 * Which backend each page's app signed in to (bumped when the e2e restarts the backend, whose new
 * keys refuse the old session), and each page's requests in flight.
 */
let backendGeneration = 0;
const appLoaded = new WeakMap();
const inFlight = new WeakMap();

function trackRequests(page) {
  if (inFlight.has(page)) return;
  const state = { count: 0, changedAt: Date.now() };
  inFlight.set(page, state);
  const change = delta => () => {
    state.count += delta;
    state.changedAt = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
}

/** Until the page has had no request in flight for half a second (at most 30 s). */
async function networkQuiet(page) {
  const state = inFlight.get(page);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (state.count <= 0 && Date.now() - state.changedAt >= 500) return;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function open(page, url, name, app = APP) {
  trackRequests(page);
  const sameApp =
    appLoaded.get(page) === backendGeneration &&
    page.url().startsWith(`${app}/`);
  if (sameApp) {
    // Inside the app the page already runs, as a link does: the router renders the route and its
    // cards fetch anew, without parsing the dev server's uncached 56 MB of scripts again.
    await page.evaluate(path => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, url);
  } else {
    // The demo sign-in is silent: the app signs in as the user the context's cookie names.
    await page.goto(`${app}${url}`, { waitUntil: 'domcontentloaded' });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    appLoaded.set(page, backendGeneration);
  }
  await networkQuiet(page);
  return async () =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A privatelink backend route's JSON, as the guest. */
async function api(route) {
  const res = await fetch(`${BACKEND}/api/privatelink${route}`, {
    headers: { Authorization: `Bearer ${await userToken()}` },
  });
  if (!res.ok) throw new Error(`GET ${route}: ${res.status}`);
  return res.json();
}

/** An open incident of the endpoint whose notice was sent, as the backend recorded it (waits for the alert task). */
async function alertedIncident(endpointId, kind, timeout = 120_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { incidents } = await api(
      `/entities/resource/default/${endpointId}/alerts`,
    );
    const incident = incidents.find(
      i => i.kind === kind && !i.resolvedAt && i.alertedAt,
    );
    if (incident) return incident;
    if (Date.now() > deadline)
      throw new Error(
        `no ${kind} incident of ${endpointId} was alerted: ${JSON.stringify(
          incidents,
        )}`,
      );
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}

/** An ISO time as the cards print it, to the minute. */
const minute = iso => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

const usd = n =>
  `${n < 0 ? '-' : ''}$${Math.abs(n).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`;

/** The tenant inventory's table (class names carry a suffix in the dev build). */
const inventoryCard = page =>
  page
    .locator('[class*="MuiPaper-root"]')
    .filter({ hasText: /VPC endpoint inventory/ })
    .last();

/** The endpoint ids of the tenant inventory's rows, in the order shown. */
async function inventoryOrder(page) {
  const rows = await inventoryCard(page).locator('tbody tr').allInnerTexts();
  return rows.map(text => text.match(/vpce-[0-9a-f]+/)?.[0]).filter(Boolean);
}

/**
 * Text that lies past the right edge of its card or panel (figures that leave it, a cut-off
 * button), unless it sits in a horizontal scroller inside the card (a wide table scrolls).
 */
async function clippedText(page) {
  return page.evaluate(() => {
    const clipped = new Set();
    for (const card of document.querySelectorAll(
      '[class*="MuiCard-root"], [class*="MuiPaper-root"]',
    )) {
      const edge = card.getBoundingClientRect().right;
      for (const el of card.querySelectorAll('*')) {
        if (el.children.length > 0 || !el.textContent.trim()) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= edge + 1) continue;
        let scrolls = false;
        for (
          let up = el.parentElement;
          up && up !== card;
          up = up.parentElement
        ) {
          if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX))
            scrolls = true;
        }
        if (!scrolls) clipped.add(el.textContent.trim().slice(0, 40));
      }
    }
    return [...clipped];
  });
}

async function expectText(page, text, timeout = 30_000) {
  await page
    .getByText(text, { exact: false })
    .first()
    .waitFor({ state: 'visible', timeout });
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium`,
    );
  }
  selfCheck();
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  console.log('e2e: starting the portal (backend :7007, app :3000)');
  const portal = await startPortal({ logDir: LOGS });
  let browser;
  let motoServer;
  /** The moto account's network: its payments VPC has no endpoint at first. */
  let motoSeeded;
  try {
    await waitForEntities(
      [
        `resource:default/${ENDPOINT}`,
        `resource:default/${PROVIDED_SERVICE}`,
        `resource:default/${VENDOR_SERVICE}`,
        'group:default/payments',
        'group:default/snowflake',
        'system:default/privatelink-portal',
        'resource:default/vpc-0a1b2c3d4e5f60013',
      ],
      120_000,
      portal.backendLog,
    );
    await waitForUsage(
      `resource/default/${ENDPOINT}`,
      120_000,
      portal.backendLog,
    );
    await waitForCampaign('group:default/payments', 120_000, portal.backendLog);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    /** A browser context signed in as an example user (the demo sign-in reads this cookie). */
    const signedInAs = async (
      user,
      viewport = { width: 1440, height: 2200 },
    ) => {
      const context = await browser.newContext({
        viewport,
        acceptDownloads: true,
      });
      context.on('page', p => consoles.push(watchConsole(p)));
      await context.addCookies([
        { name: 'privatelink-demo-user', value: user, url: BACKEND },
      ]);
      return context;
    };
    const page = await (await signedInAs('guest')).newPage();
    currentPage = page;

    await check('endpoint page shows the endpoint details card', async () => {
      const shot = await open(
        page,
        `/catalog/default/resource/${ENDPOINT}`,
        'endpoint',
      );
      await expectText(page, 'payments-snowflake');
      await expectText(page, 'VPC endpoint');
      await expectText(page, VENDOR_SERVICE);
      await expectText(page, 'vpc-0a1b2c3d4e5f60011');
      await expectText(page, 'us-east-1a: ');
      await expectText(page, 'tcp 443 from 10.1.0.0/16');
      await shot();
    });

    await check(
      "the endpoint page shows the backend's posture findings",
      async () => {
        // vpce-0a00000000000a003 (Datadog): the default full-access policy, a security group open
        // to 0.0.0.0/0 on all ports, one AZ.
        await open(
          page,
          '/catalog/default/resource/vpce-0a00000000000a003',
          'posture',
        );
        await expectText(
          page,
          'The endpoint policy lets anyone do anything',
          60_000,
        );
        await expectText(
          page,
          'A security group of the endpoint is open to the internet',
        );
        await expectText(
          page,
          'sg-0a1c2e3f4a5b60012: all traffic from 0.0.0.0/0',
        );
        await expectText(page, 'The endpoint is in one availability zone only');
        await page.screenshot({
          path: path.join(SHOTS, 'posture.png'),
          fullPage: true,
        });
      },
    );

    await check(
      'a VPC without endpoints shows it lacks its free gateway endpoints',
      async () => {
        await open(
          page,
          '/catalog/default/resource/vpc-0a1b2c3d4e5f60013',
          'vpc',
        );
        await expectText(page, 'payments-sandbox');
        await expectText(
          page,
          'The VPC lacks a free gateway endpoint for S3 or DynamoDB',
          60_000,
        );
        await expectText(
          page,
          'No gateway endpoint for s3 (com.amazonaws.us-east-1.s3) in vpc-0a1b2c3d4e5f60013',
        );
        await expectText(page, 'No gateway endpoint for dynamodb');
        await page.screenshot({
          path: path.join(SHOTS, 'vpc.png'),
          fullPage: true,
        });
        // The finding's remedy opens the gateway request with the VPC and the service filled in,
        // and the route tables from the account's export.
        await page
          .getByRole('link', { name: 'Request the s3 gateway endpoint' })
          .click();
        await expectText(
          page,
          'Add a free gateway endpoint (S3 or DynamoDB) to a VPC',
        );
        await expectText(page, 'payments-sandbox (vpc-0a1b2c3d4e5f60013)');
        await page.getByRole('button', { name: 'Next' }).click();
        await expectText(
          page,
          'rtb-0a1b2c3d4e5f60013 (payments-sandbox-main): main',
        );
        await page.screenshot({
          path: path.join(SHOTS, 'vpc-gateway-request.png'),
          fullPage: true,
        });
      },
    );

    await check(
      'endpoint page shows usage, cost and health from the backend',
      async () => {
        await open(
          page,
          `/catalog/default/resource/${ENDPOINT}`,
          'endpoint-cards',
        );
        await expectText(page, 'new connections from');
        // the recharts chart drew one bar per day of the 30-day window
        await page
          .locator('.recharts-bar-rectangle')
          .nth(29)
          .waitFor({ timeout: 30_000 });
        await expectText(page, 'In use.');
        await expectText(page, 'a month');
        await expectText(page, 'saving against NAT');
        await expectText(page, 'healthy');
        await page.getByRole('button', { name: '7 days' }).click();
        await page.waitForFunction(
          () =>
            document.querySelectorAll('.recharts-bar-rectangle').length === 7,
          undefined,
          { timeout: 30_000 },
        );
        await page.screenshot({
          path: path.join(SHOTS, 'endpoint-cards.png'),
          fullPage: true,
        });
      },
    );

    await check(
      'an idle endpoint says so, with the money it wastes, and its owner got one notice',
      async () => {
        await open(
          page,
          '/catalog/default/resource/vpce-0a00000000000a006',
          'idle',
        );
        await expectText(page, 'Idle.');
        await expectText(page, 'No bytes for 44 days');
        // The alert task runs after each posture evaluation; the guest is a member of payments.
        const incident = await alertedIncident(
          'vpce-0a00000000000a006',
          'idle',
        );
        await expectText(
          page,
          `payments alerted at ${minute(incident.alertedAt)}`,
        );
        const res = await fetch(
          `${BACKEND}/api/notifications/notifications?limit=100`,
          {
            headers: { Authorization: `Bearer ${await userToken()}` },
          },
        );
        const { notifications } = await res.json();
        const idle = notifications.filter(
          n =>
            n.payload.title.includes('vpce-0a00000000000a006') &&
            / is idle: \$/.test(n.payload.title),
        );
        if (idle.length !== 1)
          throw new Error(
            `the guest has ${idle.length} idle notices of vpce-0a00000000000a006`,
          );
        if (!idle[0].payload.link.includes('retire-vpc-endpoint'))
          throw new Error(`the notice links to ${idle[0].payload.link}`);
        await page.screenshot({
          path: path.join(SHOTS, 'idle.png'),
          fullPage: true,
        });
      },
    );

    await check(
      "every idle figure is what the endpoint costs a month, the Cost route's figure",
      async () => {
        const cost = id => api(`/entities/resource/default/${id}/cost`);
        const idleRows = (await api('/fleet/rows')).rows.filter(r => r.idle);
        if (idleRows.length < 2)
          throw new Error(
            `the example fleet has ${idleRows.length} idle endpoints`,
          );
        let monthly = 0;
        for (const row of idleRows) {
          const { hourly } = await cost(row.resourceId);
          if (row.idleMonthlyUsd !== hourly)
            throw new Error(
              `${row.resourceId}: the fleet says ${row.idleMonthlyUsd} a month while idle, the Cost route ${hourly}`,
            );
          monthly += hourly;
        }
        const all = await api('/fleet');
        if (Math.abs(all.totals.idleMonthlyUsd - monthly) > 0.005)
          throw new Error(
            `the fleet total says ${all.totals.idleMonthlyUsd}, its idle endpoints cost ${monthly}`,
          );
        const IDLE = 'vpce-0a00000000000a006';
        const { hourly, total } = await cost(IDLE);
        // The endpoint's own page: the Cost card and the idle verdict say the same monthly figure.
        await open(page, `/catalog/default/resource/${IDLE}`, 'idle-cost');
        await expectText(page, `it costs ${usd(hourly)} a month while idle`);
        await page
          .getByLabel('monthly estimate')
          .getByText(usd(total))
          .waitFor({ timeout: 30_000 });
        // The tenant's inventory, the fleet page's headline and its top idle table.
        await open(page, '/catalog/default/group/payments', 'idle-tenant');
        await inventoryCard(page)
          .getByText(`idle: ${usd(hourly)} a month`)
          .first()
          .waitFor({ timeout: 30_000 });
        await open(page, '/privatelink', 'idle-fleet');
        await page
          .getByTestId('fleet-waste')
          .getByText(usd(monthly))
          .waitFor({ timeout: 60_000 });
        await page
          .getByText(`a month on ${idleRows.length} idle endpoints`)
          .waitFor();
        const topIdle = page
          .locator('[class*="MuiPaper-root"]')
          .filter({ hasText: /Top idle endpoints \(/ })
          .last();
        const topRow = topIdle.locator('tr').filter({ hasText: IDLE });
        const rowText = await topRow.first().innerText({ timeout: 30_000 });
        if (!rowText.includes(usd(hourly)))
          throw new Error(
            `the top idle row of ${IDLE} says ${rowText.replace(
              /\s+/g,
              ' ',
            )}, not ${usd(hourly)} a month`,
          );
        // The notice its owner got.
        const res = await fetch(
          `${BACKEND}/api/notifications/notifications?limit=100`,
          { headers: { Authorization: `Bearer ${await userToken()}` } },
        );
        const notice = (await res.json()).notifications.find(
          n =>
            n.payload.title.includes(IDLE) &&
            / is idle: /.test(n.payload.title),
        );
        if (!notice?.payload.title.endsWith(`is idle: ${usd(hourly)} a month`))
          throw new Error(`the idle notice says ${notice?.payload.title}`);
      },
    );

    await check(
      'the health card shows each AZ, the one without traffic, and whom the incident alerted',
      async () => {
        await open(
          page,
          '/catalog/default/resource/vpce-0a00000000000a008',
          'zones',
        );
        await expectText(page, 'Availability zones');
        await expectText(page, 'No traffic in this AZ');
        const incident = await alertedIncident(
          'vpce-0a00000000000a008',
          'health',
        );
        await expectText(
          page,
          `Incident (${incident.status}) since ${minute(incident.openedAt)}`,
        );
        await expectText(
          page,
          `data-platform alerted at ${minute(incident.alertedAt)}`,
        );
        await page.screenshot({
          path: path.join(SHOTS, 'zones.png'),
          fullPage: true,
        });
      },
    );

    await check(
      'a gateway endpoint says it publishes no metrics instead of showing 0',
      async () => {
        await open(
          page,
          '/catalog/default/resource/vpce-0a00000000000a002',
          'gateway',
        );
        await expectText(
          page,
          'Gateway endpoints publish no PrivateLink metrics',
        );
        await expectText(page, '$0.00');
        // the formula is the tooltip of the figure
        await page.getByLabel('monthly estimate').hover();
        await expectText(page, 'Gateway endpoints (S3, DynamoDB) are free');
      },
    );

    await check(
      'endpoint page links to its vendor service and to its AWS console page',
      async () => {
        await open(page, `/catalog/default/resource/${ENDPOINT}`, 'endpoint');
        // Its page in the AWS console of its region.
        const consoleHref = await page
          .getByTestId('aws-console-links')
          .getByRole('link', { name: ENDPOINT })
          .getAttribute('href');
        if (
          consoleHref !==
          `https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#EndpointDetails:vpcEndpointId=${ENDPOINT}`
        )
          throw new Error(`the endpoint's console link is ${consoleHref}`);
        await page.getByRole('link', { name: VENDOR_SERVICE }).first().click();
        await page.waitForURL(`**/resource/${VENDOR_SERVICE}`);
        await expectText(page, 'VPC endpoint service');
        await expectText(page, 'Snowflake');
      },
    );

    await check(
      'provided service page shows principals and consumers',
      async () => {
        const shot = await open(
          page,
          `/catalog/default/resource/${PROVIDED_SERVICE}`,
          'service',
        );
        await expectText(page, 'ledger-api');
        await expectText(page, 'arn:aws:iam::333333333333:root');
        await expectText(page, '333333333333 (outside the inventory)');
        await expectText(page, 'loadbalancer/net/ledger-api');
        await expectText(page, 'Up to 1 unhealthy load balancer target on');
        await shot();
      },
    );

    await check('tenant page lists its endpoints and exports CSV', async () => {
      const shot = await open(
        page,
        '/catalog/default/group/payments',
        'tenant',
      );
      await expectText(page, 'VPC endpoint inventory (6)');
      await expectText(page, 'payments-kms');
      await expectText(page, 'idle: $');
      await expectText(page, 'Total: $');
      // The services the team provides, with their health: payments' ledger-api has an unhealthy target.
      await expectText(page, 'Endpoint services Payments provides (1)');
      const ledger = (
        await api('/inventory?owner=group%3Adefault%2Fpayments')
      ).services.find(s => s.title === 'ledger-api');
      if (!ledger) throw new Error('the inventory API lists no ledger-api');
      await page
        .locator('tr')
        .filter({ hasText: 'ledger-api' })
        .getByText(ledger.health)
        .first()
        .waitFor();
      await shot();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        page.getByText('Export CSV', { exact: true }).click(),
      ]);
      const csv = fs.readFileSync(await download.path(), 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      if (lines.length !== 7)
        throw new Error(
          `CSV has ${lines.length} lines, expected 7 (a header and 6 endpoints)`,
        );
      if (!csv.includes(ENDPOINT)) throw new Error(`CSV lacks ${ENDPOINT}`);
    });

    await check(
      "a tenant's page shows its cost by month and this month's forecast, as the API priced them",
      async () => {
        const history = await api(
          '/cost-history?owner=group%3Adefault%2Fpayments',
        );
        if (history.months.length < 2 || !history.thisMonth)
          throw new Error(
            `the API gives ${history.months.length} months of cost for payments`,
          );
        const shot = await open(
          page,
          '/catalog/default/group/payments',
          'tenant-cost-history',
        );
        await expectText(page, 'PrivateLink cost by month');
        const { thisMonth } = history;
        await expectText(
          page,
          `${thisMonth.month} so far: ${usd(thisMonth.soFarUsd)} in ${
            thisMonth.daysSoFar
          } of ${thisMonth.daysInMonth} days; at that rate ${usd(
            thisMonth.forecastUsd,
          )}`,
        );
        // One bar label per month the API priced, oldest to this one.
        for (const { month } of [history.months[0], thisMonth]) {
          await page
            .locator('.recharts-cartesian-axis-tick-value')
            .getByText(month, { exact: true })
            .first()
            .waitFor();
        }
        await shot();
      },
    );

    await check(
      'a member of the owning team records an audit decision that a reload shows',
      async () => {
        await open(page, `/catalog/default/resource/${ENDPOINT}`, 'audit');
        await expectText(page, 'Campaign of payments', 60_000);
        await expectText(page, 'Frozen on');
        await page.getByLabel(/^Fix/).check();
        await page
          .getByLabel('What will be fixed')
          .fill('Restrict the policy to the ledger role');
        await page
          .getByLabel('Comment')
          .fill('Snowflake stays; its policy is too wide');
        await page.getByRole('button', { name: 'Record decision' }).click();
        await expectText(
          page,
          'fix (Restrict the policy to the ledger role) by guest',
        );
        await page.reload({ waitUntil: 'domcontentloaded' });
        await expectText(
          page,
          'fix (Restrict the policy to the ledger role) by guest on',
          60_000,
        );
        // The card: scrolled into Backstage's content pane, clipped from its title down.
        const title = page.getByText('Frozen on').first();
        await title.evaluate(el => el.scrollIntoView({ block: 'center' }));
        const box = await title.boundingBox();
        const top = Math.max(0, box.y - 120);
        await page.screenshot({
          path: path.join(SHOTS, 'audit.png'),
          clip: { x: box.x - 20, y: top, width: 1100, height: 1000 },
        });
      },
    );

    await check(
      "the tenant page shows the campaign's progress and exports it for the auditor",
      async () => {
        await open(page, '/catalog/default/group/payments', 'tenant-audit');
        await expectText(page, 'items decided', 60_000);
        await expectText(page, 'Waiting for a decision');
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 15_000 }),
          page.getByRole('button', { name: 'Export audit CSV' }).click(),
        ]);
        const csv = fs.readFileSync(await download.path(), 'utf8');
        const line = csv
          .split(/\r?\n/)
          .find(l => l.includes(`resource:default/${ENDPOINT}`));
        if (
          !line?.includes('Restrict the policy to the ledger role') ||
          !line.includes('user:default/guest')
        ) {
          throw new Error(
            `the export lacks the decision on ${ENDPOINT}: ${line}`,
          );
        }
        if (
          !download
            .suggestedFilename()
            .startsWith('privatelink-audit-payments-')
        ) {
          throw new Error(
            `unexpected export name ${download.suggestedFilename()}`,
          );
        }
        await page.screenshot({
          path: path.join(SHOTS, 'tenant-audit.png'),
          fullPage: true,
        });
      },
    );

    await check(
      "a member of another team sees the audit but cannot decide on payments' items",
      async () => {
        const other = await (await signedInAs('dana')).newPage();
        currentPage = other;
        await open(
          other,
          `/catalog/default/resource/${ENDPOINT}`,
          'audit-other-team',
        );
        await expectText(
          other,
          'fix (Restrict the policy to the ledger role) by guest',
          60_000,
        );
        await expectText(
          other,
          'Only members of payments or audit managers can decide on this item.',
        );
        if (
          await other.getByRole('button', { name: 'Record decision' }).count()
        ) {
          throw new Error(
            'the decision form is offered to a member of another team',
          );
        }
        await other.screenshot({
          path: path.join(SHOTS, 'audit-other-team.png'),
          fullPage: true,
        });
        await other.context().close();
        currentPage = page;
      },
    );

    await check(
      "an audit manager sees every team's campaign, keeps one team's clean items at once, and exports the quarter",
      async () => {
        // The newest quarter's campaigns, and the one (not payments', which other checks read)
        // with the most items the backend says may be kept unchanged at once.
        const { campaigns } = await api('/audits');
        const quarter = campaigns[0].quarter;
        const ofQuarter = campaigns.filter(c => c.quarter === quarter);
        let target;
        for (const summary of ofQuarter) {
          if (summary.owner === 'group:default/payments') continue;
          const campaign = await api(`/audits/${summary.id}`);
          const clean = campaign.entries.filter(
            e => e.keepableUnchanged && !e.decision,
          );
          if (clean.length > (target?.clean.length ?? 0))
            target = { campaign, clean };
        }
        if (!target)
          throw new Error(`no campaign of ${quarter} has clean items to keep`);
        const team = target.campaign.owner.split('/').pop();
        const manager = await (await signedInAs('olu')).newPage();
        currentPage = manager;
        await open(manager, '/privatelink/audits', 'audits');
        await manager
          .getByTestId('audits-summary')
          .getByText(`${ofQuarter.length} campaigns:`)
          .waitFor({ timeout: 60_000 });
        const teamRow = () =>
          manager
            .locator('tr')
            .filter({ has: manager.locator(`a[href$="/group/${team}"]`) });
        const row = teamRow();
        await row
          .getByText(
            `${target.campaign.decided} of ${target.campaign.items} decided`,
          )
          .waitFor();
        await row.getByRole('button').first().click();
        const n = target.clean.length;
        await manager
          .getByLabel('Why they stay as they are')
          .fill('Reviewed with the team in the quarterly audit');
        await manager
          .getByRole('button', { name: `Keep ${n} unchanged` })
          .click();
        // The backend recorded one keep per clean item, by the manager; the row shows it.
        await teamRow()
          .getByText(
            `${target.campaign.decided + n} of ${
              target.campaign.items
            } decided`,
          )
          .waitFor({ timeout: 30_000 });
        const after = await api(`/audits/${target.campaign.id}`);
        for (const item of target.clean) {
          const decided = after.entries.find(
            e => e.entityRef === item.entityRef,
          ).decision;
          if (
            decided?.decision !== 'keep' ||
            decided.actor !== 'user:default/olu'
          )
            throw new Error(
              `${item.entityRef} was not kept by olu: ${JSON.stringify(
                decided,
              )}`,
            );
        }
        await manager.screenshot({
          path: path.join(SHOTS, 'audits-kept.png'),
          fullPage: true,
        });
        // One download for every team's campaign of the quarter.
        const [download] = await Promise.all([
          manager.waitForEvent('download', { timeout: 15_000 }),
          manager
            .getByRole('button', { name: `Export ${quarter} as CSV` })
            .click(),
        ]);
        const lines = fs
          .readFileSync(await download.path(), 'utf8')
          .trim()
          .split(/\r?\n/);
        const owners = new Set(lines.slice(1).map(l => l.split(',')[0]));
        if (owners.size !== ofQuarter.length)
          throw new Error(
            `the quarter's CSV has ${owners.size} teams, not ${ofQuarter.length}`,
          );
        if (download.suggestedFilename() !== `privatelink-audit-${quarter}.csv`)
          throw new Error(`unexpected name ${download.suggestedFilename()}`);
        await manager.context().close();
        currentPage = page;
      },
    );

    await check(
      'the PrivateLink page shows the fleet as the backend aggregated it, filtered by tenant',
      async () => {
        const fleet = query => api(`/fleet${query}`);
        const all = await fleet('');
        await open(page, '/privatelink', 'fleet');
        await page
          .getByTestId('fleet-endpoints')
          .getByText(
            `${all.totals.endpoints.toLocaleString('en-US')} endpoints`,
          )
          .waitFor({ timeout: 60_000 });
        await page
          .getByTestId('fleet-cost')
          .getByText(usd(all.totals.monthlyCostUsd))
          .waitFor();
        await page
          .getByTestId('fleet-waste')
          .getByText(usd(all.totals.idleMonthlyUsd))
          .waitFor();
        await expectText(page, 'By tenant');
        await expectText(page, 'policy-full-access');
        // The whole fleet's cost by month, as the backend priced it.
        const history = await api('/fleet/cost-history');
        await expectText(page, 'Cost by month, the whole fleet');
        await expectText(
          page,
          `${history.endpoints} endpoints (gateway endpoints are free).`,
        );
        if (history.months.length < 2)
          throw new Error(
            `the fleet's cost history has ${history.months.length} months`,
          );
        // VPC findings count with the endpoints' and services'.
        if (!all.findingsByCheck.some(f => f.subject === 'vpc'))
          throw new Error('the fleet counts no VPC finding');
        await expectText(page, 'vpc-missing-gateway-endpoint');
        await page.screenshot({
          path: path.join(SHOTS, 'fleet.png'),
          fullPage: true,
        });
        const payments = await fleet('?tenant=group%3Adefault%2Fpayments');
        if (payments.totals.endpoints >= all.totals.endpoints)
          throw new Error('the tenant filter did not narrow the fleet');
        await open(
          page,
          '/privatelink?tenant=group%3Adefault%2Fpayments',
          'fleet-payments',
        );
        await page
          .getByTestId('fleet-endpoints')
          .getByText(`${payments.totals.endpoints} endpoints`)
          .waitFor({ timeout: 30_000 });
        await page
          .getByTestId('fleet-cost')
          .getByText(usd(payments.totals.monthlyCostUsd))
          .waitFor();
      },
    );

    await check(
      'the fleet table finds a VPC id on the server and opens one of its endpoints',
      async () => {
        const vpcId = 'vpc-0a1b2c3d4e5f60011';
        const found = await api(`/fleet/rows?q=${vpcId}&limit=20`);
        if (found.total === 0 || found.rows.some(r => r.vpcId !== vpcId))
          throw new Error(`the API's search for ${vpcId} gave ${found.total}`);
        const all = await api('/fleet/rows?limit=1');
        await open(page, '/privatelink', 'fleet-table');
        await expectText(page, `Every endpoint and service (${all.total})`);
        await page.getByLabel('Search the fleet').fill(vpcId);
        await expectText(page, `Every endpoint and service (${found.total})`);
        await page.screenshot({
          path: path.join(SHOTS, 'fleet-table-search.png'),
          fullPage: true,
        });
        const [first] = found.rows;
        await page.getByRole('link', { name: first.title }).first().click();
        await page.waitForURL(`**/resource/${first.entityRef.split('/')[1]}`);
        await expectText(page, first.resourceId);
      },
    );

    await check(
      "a vendor's page shows every endpoint to it across tenants, and no members card",
      async () => {
        const token = await userToken();
        const res = await fetch(
          `${BACKEND}/api/privatelink/fleet?vendor=group%3Adefault%2Fsnowflake`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        const snowflake = await res.json();
        await open(page, '/catalog/default/group/snowflake', 'vendor');
        await expectText(page, 'Snowflake over PrivateLink', 60_000);
        await expectText(page, 'Allowlist: the vendor adds your account');
        await expectText(
          page,
          `Endpoints to Snowflake (${snowflake.totals.endpoints})`,
        );
        await expectText(page, 'payments-snowflake');
        if (await page.getByText(/members \(/i).count())
          throw new Error('the vendor page shows a members card');
        await page.screenshot({
          path: path.join(SHOTS, 'vendor.png'),
          fullPage: true,
        });
      },
    );

    await check(
      "the portal's System page shows the operators' status of every account",
      async () => {
        const shot = await open(
          page,
          '/catalog/default/system/privatelink-portal',
          'status',
        );
        await expectText(page, "PrivateLink operators' status");
        await expectText(page, 'Inventory refreshes (2 accounts)');
        await expectText(page, 'snapshot · eu-west-1, us-east-1');
        await expectText(page, 'Usage collections');
        await expectText(page, '222222222222 eu-west-1');
        await shot();
      },
    );

    await check(
      'a member requests a vendor endpoint: pickers from the backend, the cost before confirming, a clear refusal on the example',
      async () => {
        const estimate = await api(
          `/requests/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011&service=${encodeURIComponent(
            VENDOR_SERVICE,
          )}&owner=payments&azs=2&ownerTagKey=tenant`,
        );
        await open(
          page,
          '/create/templates/default/request-vendor-endpoint',
          'request',
        );
        const pick = async (label, option) => {
          await page
            .getByRole('button', { name: label })
            .click({ timeout: 30_000 });
          await page.getByRole('option', { name: option }).first().click();
        };
        await pick(/Owning team/, 'Payments');
        await pick(/AWS account/, '111111111111');
        await expectText(page, 'a request here will be refused');
        await pick(/Region/, 'us-east-1');
        await pick(/^VPC/, /payments-prod/);
        await page.getByRole('button', { name: 'Next' }).click();
        await pick(/Endpoint service/, /Snowflake/);
        await page.getByRole('checkbox', { name: /subnet-000a0010aa/ }).check();
        // One subnet per AZ: the AZ's other subnets are held.
        if (
          !(await page
            .getByRole('checkbox', { name: /subnet-000a0030aa/ })
            .isDisabled())
        ) {
          throw new Error('a second subnet in us-east-1a can be chosen');
        }
        await page.getByRole('checkbox', { name: /subnet-000a0011aa/ }).check();
        await page
          .getByRole('checkbox', { name: /sg-0a1c2e3f4a5b60011/ })
          .check();
        await page.getByRole('button', { name: 'Next' }).click();
        const figure = page.getByLabel('request estimate');
        await figure.waitFor({ timeout: 30_000 });
        const shown = await figure.innerText();
        if (!shown.startsWith(`${usd(estimate.monthlyUsd)} a month`))
          throw new Error(
            `the review shows ${shown}, the API ${usd(estimate.monthlyUsd)}`,
          );
        await expectText(page, 'privatelink:requested-by');
        // What is requested, by the titles the API gives, not refs.
        await expectText(
          page,
          `${estimate.titles.vpc} in 111111111111 us-east-1`,
        );
        await expectText(page, estimate.titles.service);
        // The endpoint the VPC already has: a link to its page, with what the API says it costs.
        await expectText(page, 'already has an endpoint to this service');
        const [duplicate] = estimate.duplicates;
        const existing = page.getByRole('link', { name: duplicate.endpointId });
        const href = await existing.getAttribute('href');
        if (
          !href?.endsWith(`/catalog/default/resource/${duplicate.endpointId}`)
        )
          throw new Error(`the duplicate links to ${href}`);
        if (duplicate.monthlyCostUsd === undefined)
          throw new Error(
            'the estimate gave no cost for the existing endpoint',
          );
        await expectText(page, `${usd(duplicate.monthlyCostUsd)} a month`);
        await page.screenshot({
          path: path.join(SHOTS, 'request-review.png'),
          fullPage: true,
        });
        await page
          .getByRole('checkbox', { name: 'Create another endpoint anyway' })
          .check();
        await page.getByRole('button', { name: 'Review' }).click();
        await page.getByRole('button', { name: 'Create' }).click();
        await expectText(
          page,
          'is read from a snapshot of exported data',
          60_000,
        );
        await page.screenshot({
          path: path.join(SHOTS, 'request-refused.png'),
          fullPage: true,
        });
        // The task's log, which the log pane shows: the refusal, and no stack trace of the server.
        const taskId = /\/create\/tasks\/([^/?#]+)/.exec(page.url())?.[1];
        if (!taskId) throw new Error(`the task page is ${page.url()}`);
        const events = await fetch(
          `${BACKEND}/api/scaffolder/v2/tasks/${taskId}/events`,
          { headers: { Authorization: `Bearer ${await userToken()}` } },
        );
        const log = (await events.json())
          .map(e => e.body?.message ?? '')
          .join('\n');
        if (!log.includes('is read from a snapshot of exported data'))
          throw new Error(
            `the task log lacks the refusal: ${log.slice(0, 500)}`,
          );
        if (/\n\s+at |\.ts:\d+|node_modules/.test(log))
          throw new Error(
            `the task log shows a stack trace: ${log.slice(0, 1000)}`,
          );
      },
    );

    await check(
      'the tenant inventory sorts by bytes and by cost as numbers, on the server, as the API computed them',
      async () => {
        const { endpoints } = await api(
          `/inventory?owner=${encodeURIComponent('group:default/payments')}`,
        );
        await open(page, '/catalog/default/group/payments', 'tenant-sorted');
        await expectText(
          page,
          `VPC endpoint inventory (${endpoints.length})`,
          60_000,
        );
        const byId = new Map(endpoints.map(e => [e.endpointId, e]));
        const sorts = async (column, key) => {
          // Each click moves material-table's sort on (ascending, descending, none); within three
          // clicks the column must show both numeric orders of the API's values.
          const header = inventoryCard(page)
            .locator('th')
            .getByRole('button', { name: column, exact: true })
            .first();
          const seen = new Set();
          for (let click = 0; click < 3; click++) {
            // The backend sorts: each click asks for the first page in the new order.
            await Promise.all([
              page.waitForResponse(
                r => r.url().includes('/api/privatelink/inventory?') && r.ok(),
                { timeout: 15_000 },
              ),
              header.click(),
            ]);
            await page.waitForTimeout(300); // the table shows the answer on its next render
            const shown = await inventoryOrder(page);
            if (shown.length !== endpoints.length)
              throw new Error(`${column}: ${shown.length} rows shown`);
            const values = shown.map(id => key(byId.get(id)));
            const ascending = [...values].sort((a, b) => a - b);
            if (values.every((v, i) => v === ascending[i]))
              seen.add('ascending');
            if (
              values.every((v, i) => v === ascending[ascending.length - 1 - i])
            )
              seen.add('descending');
          }
          if (seen.size !== 2)
            throw new Error(
              `${column} never showed ${
                seen.has('ascending') ? 'descending' : 'ascending'
              } numeric order`,
            );
        };
        await sorts('Bytes (30 d)', e => e.bytesProcessed30d ?? -1);
        await sorts('Cost / month', e => e.monthlyCostUsd);
        await page.screenshot({
          path: path.join(SHOTS, 'tenant-sorted.png'),
          fullPage: true,
        });
      },
    );

    await check(
      'at 1,024 px the PrivateLink, vendor, tenant and endpoint pages fit, with the API figures',
      async () => {
        const narrow = await (
          await signedInAs('guest', { width: 1024, height: 1800 })
        ).newPage();
        currentPage = narrow;
        const all = await api('/fleet');
        const pages = [
          [
            '/privatelink',
            'fleet-1024',
            async () => {
              await narrow
                .getByTestId('fleet-endpoints')
                .getByText(
                  `${all.totals.endpoints.toLocaleString('en-US')} endpoints`,
                )
                .waitFor({ timeout: 60_000 });
              await narrow
                .getByTestId('fleet-cost')
                .getByText(usd(all.totals.monthlyCostUsd))
                .waitFor();
            },
          ],
          [
            '/catalog/default/group/snowflake',
            'vendor-1024',
            () => expectText(narrow, 'Snowflake over PrivateLink', 60_000),
          ],
          [
            '/catalog/default/group/payments',
            'tenant-1024',
            () => expectText(narrow, 'Total: $', 60_000),
          ],
          [
            `/catalog/default/resource/${ENDPOINT}`,
            'endpoint-1024',
            async () => {
              const cost = await api(
                `/entities/resource/default/${ENDPOINT}/cost`,
              );
              const figure = narrow.getByLabel('monthly estimate');
              await figure.waitFor({ timeout: 60_000 });
              const shown = await figure.innerText();
              if (!shown.includes(usd(cost.total)))
                throw new Error(
                  `the cost card shows ${shown}, the API ${usd(cost.total)}`,
                );
            },
          ],
        ];
        for (const [url, name, ready] of pages) {
          await open(narrow, url, name);
          await ready();
          const wide = await narrow.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          if (wide > 0)
            throw new Error(
              `${url} is ${wide} px wider than the window at 1,024 px`,
            );
          const clipped = await clippedText(narrow);
          if (clipped.length)
            throw new Error(
              `${url}: text past the edge of its card: ${clipped.join(' | ')}`,
            );
          await narrow.screenshot({
            path: path.join(SHOTS, `${name}.png`),
            fullPage: true,
          });
        }
        await narrow.context().close();
        currentPage = page;
      },
    );

    await check(
      'a member requests the first endpoint of a fresh AWS account (moto): created with the write role, shown in the catalog at once',
      async () => {
        motoServer = await moto.startMoto();
        const seeded = await moto.seed(motoServer.url);
        motoSeeded = seeded;
        await portal.restartBackend(moto.backendSettings(motoServer.url, LOGS));
        backendGeneration += 1;
        // The moto account's VPC and endpoint, and the STS service entity the vendor provider derives.
        await waitForEntities(
          [
            `resource:default/${seeded.vpcId}`,
            `resource:default/${seeded.existing}`,
            `resource:default/com.amazonaws.${moto.REGION}.sts`,
          ],
          120_000,
          portal.backendLog,
        );
        await open(
          page,
          '/create/templates/default/request-vendor-endpoint',
          'request-moto',
        );
        const pick = async (label, option) => {
          await page
            .getByRole('button', { name: label })
            .click({ timeout: 30_000 });
          await page.getByRole('option', { name: option }).first().click();
        };
        await pick(/Owning team/, 'Payments');
        await pick(/AWS account/, moto.FRESH_ACCOUNT);
        if (await page.getByText('a request here will be refused').count())
          throw new Error('the moto account is said to refuse requests');
        await pick(/Region/, moto.REGION);
        await pick(/^VPC/, /payments-moto/);
        await page.getByRole('button', { name: 'Next' }).click();
        // By its name: the catalog's STS entity (of the platform VPC's endpoint) gives its title.
        await pick(
          /Endpoint service/,
          new RegExp(`\\(com\\.amazonaws\\.${moto.REGION}\\.sts\\)`),
        );
        for (const subnet of seeded.subnets)
          await page
            .getByRole('checkbox', { name: new RegExp(subnet) })
            .check();
        await page
          .getByRole('checkbox', { name: new RegExp(seeded.group) })
          .check();
        await page.getByRole('button', { name: 'Next' }).click();
        await page
          .getByLabel('request estimate')
          .getByText('$14.60 a month')
          .waitFor({ timeout: 30_000 });
        await page.getByRole('button', { name: 'Review' }).click();
        // The last step names the team and VPC by title, says the cost, and shows no red
        // cross for an answer that is simply no (the scaffolder draws false as one).
        await page
          .getByRole('button', { name: 'Create' })
          .waitFor({ timeout: 30_000 });
        await page
          .getByRole('cell', { name: /^\$14\.60 a month before traffic/ })
          .waitFor({ timeout: 30_000 });
        await page
          .getByRole('cell', { name: 'Payments', exact: true })
          .waitFor();
        await page
          .getByRole('cell', { name: /^payments-moto \(vpc-/ })
          .waitFor();
        for (const hidden of ['group:default/payments', '❌'])
          if (await page.getByText(hidden, { exact: true }).count())
            throw new Error(`the review shows ${hidden}`);
        await page.getByRole('button', { name: 'Create' }).click();
        // The action creates it, asks the catalog to read the account again, and links to it.
        await page
          .getByRole('link', { name: 'Open the endpoint' })
          .click({ timeout: 90_000 });
        await expectText(page, 'VPC endpoint', 60_000);
        await expectText(page, seeded.vpcId);
        await page.screenshot({
          path: path.join(SHOTS, 'request-created.png'),
          fullPage: true,
        });
        // The catalog and the portal's own checks agree on what was created.
        const created = page.url().split('/').pop();
        const token = await userToken();
        const res = await fetch(
          `${BACKEND}/api/catalog/entities/by-name/resource/default/${created}`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        const entity = await res.json();
        if (entity.spec.owner !== 'group:default/payments')
          throw new Error(`${created} is owned by ${entity.spec.owner}`);
        const account =
          entity.metadata.annotations['aws.amazon.com/account-id'];
        if (account !== moto.FRESH_ACCOUNT)
          throw new Error(`${created} is in account ${account}`);
        if (
          entity.spec.endpoint.serviceName !==
          `com.amazonaws.${moto.REGION}.sts`
        )
          throw new Error(
            `${created} reaches ${entity.spec.endpoint.serviceName}`,
          );
        if (
          entity.spec.endpoint.tags['privatelink:requested-by'] !==
          'user:default/guest'
        ) {
          throw new Error(
            `${created} is tagged ${JSON.stringify(entity.spec.endpoint.tags)}`,
          );
        }
        // The example data is still served: the next checks read it from this backend.
        await waitForUsage(
          `resource/default/${ENDPOINT}`,
          120_000,
          portal.backendLog,
        );
        await waitForCampaign(
          'group:default/payments',
          120_000,
          portal.backendLog,
        );
      },
    );

    await check(
      "a VPC without gateway endpoints gets both free ones through the finding's links, and the finding resolves",
      async () => {
        const vpcId = motoSeeded.vpcId;
        const missing = async () =>
          (
            await api(`/entities/resource/default/${vpcId}/findings`)
          ).findings.find(f => f.checkId === 'vpc-missing-gateway-endpoint');
        const waitFor = async (what, ok, timeout) => {
          const deadline = Date.now() + timeout;
          while (!(await ok())) {
            if (Date.now() > deadline)
              throw new Error(`${what} after ${timeout / 1000} s`);
            await new Promise(resolve => setTimeout(resolve, 2000));
          }
        };
        await waitFor(
          `no vpc-missing-gateway-endpoint finding on ${vpcId}`,
          async () => !!(await missing()),
          120_000,
        );
        for (const service of ['s3', 'dynamodb']) {
          await open(
            page,
            `/catalog/default/resource/${vpcId}`,
            `vpc-moto-${service}`,
          );
          await page
            .getByRole('link', {
              name: `Request the ${service} gateway endpoint`,
            })
            .click({ timeout: 60_000 });
          await expectText(
            page,
            'Add a free gateway endpoint (S3 or DynamoDB) to a VPC',
          );
          // The link filled in the team, the account, the region and the VPC.
          await expectText(page, `payments-moto (${vpcId})`);
          await page.getByRole('button', { name: 'Next' }).click();
          // The VPC's main route table, from AWS; S3's gateway does not hold it for DynamoDB.
          await page
            .getByRole('checkbox', { name: /^rtb-\w+: main/ })
            .check({ timeout: 30_000 });
          await page.getByRole('button', { name: 'Next' }).click();
          await page
            .getByLabel('request estimate')
            .getByText('$0.00 a month, whatever the traffic')
            .waitFor({ timeout: 30_000 });
          await page.getByRole('button', { name: 'Review' }).click();
          await page.getByRole('button', { name: 'Create' }).click();
          await page
            .getByRole('link', { name: 'Open the endpoint' })
            .click({ timeout: 90_000 });
          await expectText(page, 'VPC endpoint', 60_000);
          await expectText(page, `com.amazonaws.${moto.REGION}.${service}`);
        }
        // The next posture evaluation (every 20 s in this backend) sees both gateway endpoints.
        await waitFor(
          `the vpc-missing-gateway-endpoint finding of ${vpcId} still open`,
          async () => !(await missing()),
          150_000,
        );
        await open(
          page,
          `/catalog/default/resource/${vpcId}`,
          'vpc-moto-resolved',
        );
        await expectText(page, 'No findings', 60_000);
        if (
          await page
            .getByText(
              'The VPC lacks a free gateway endpoint for S3 or DynamoDB',
            )
            .count()
        )
          throw new Error(`${vpcId} still shows the missing-gateway finding`);
        await page.screenshot({
          path: path.join(SHOTS, 'vpc-moto-resolved.png'),
          fullPage: true,
        });
      },
    );

    await check(
      "the PrivateLink page advises one STS endpoint for the platform network's three VPCs, as a hand computation gives",
      async () => {
        const { platformVpcs } = motoSeeded;
        const ids = platformVpcs.map(v => v.endpointId).sort();
        const stsAdvice = async () =>
          (await api('/fleet/consolidation')).advice.find(
            a =>
              a.network === 'platform' &&
              a.serviceName === `com.amazonaws.${moto.REGION}.sts`,
          );
        const deadline = Date.now() + 120_000;
        let advice = await stsAdvice();
        while (!advice || advice.endpoints.length < ids.length) {
          if (Date.now() > deadline)
            throw new Error(
              `no consolidation advice for the platform network's STS endpoints: ${JSON.stringify(
                advice,
              )}`,
            );
          await new Promise(resolve => setTimeout(resolve, 2000));
          advice = await stsAdvice();
        }
        // Only the platform account is the network: payments' STS endpoint (another account) is not in it.
        const served = advice.endpoints.map(e => e.endpointId).sort();
        if (JSON.stringify(served) !== JSON.stringify(ids))
          throw new Error(`advice serves ${served}, not the platform's ${ids}`);
        // By hand: moto has no CloudWatch data for them (0 GB), each is in 1 AZ at us-east-1's
        // $0.01 per AZ-hour for 730 h, the VPCs are attached already, and the hub adds a private
        // hosted zone ($0.50) and $0.02 per GB the other VPCs send through the Transit Gateway.
        if (advice.endpoints.some(e => e.gbPerMonth !== 0 || e.azCount !== 1))
          throw new Error(`unexpected bytes or AZs: ${JSON.stringify(advice)}`);
        const today = 3 * 1 * 0.01 * 730; // $21.90
        const hub = 1 * 0.01 * 730 + 0.5; // $7.80
        const expected = {
          todayMonthlyUsd: today,
          hubMonthlyUsd: hub,
          savingMonthlyUsd: today - hub, // $14.10
          breakEvenSpokeGbPerMonth: (today - hub) / 0.02, // 705 GB
        };
        for (const [key, value] of Object.entries(expected))
          if (Math.abs(advice[key] - value) > 0.005)
            throw new Error(`${key} is ${advice[key]}, by hand ${value}`);
        // The endpoints that would go carry the low finding; the hub VPC's does not.
        for (const { endpointId, vpcId } of platformVpcs) {
          const { findings } = await api(
            `/entities/resource/default/${endpointId}/findings`,
          );
          const has = findings.some(
            f => f.checkId === 'endpoint-consolidation-candidate',
          );
          if (has === (vpcId === advice.hubVpcId))
            throw new Error(
              `${endpointId} in ${vpcId} ${
                has ? 'has' : 'lacks'
              } the consolidation finding (hub ${advice.hubVpcId})`,
            );
        }
        await open(page, '/privatelink', 'consolidation');
        const table = page
          .locator('table')
          .filter({ has: page.getByText('Break-even GB / month') });
        await table.waitFor({ timeout: 60_000 });
        const row = table
          .locator('tr')
          .filter({ hasText: 'platform us-east-1' });
        const cells = await row.first().locator('td').allTextContents();
        const shown = cells.slice(1).join(' | ');
        if (
          shown !==
          'sts | platform us-east-1 | 3 | $21.90 | $7.80 | $14.10 | 705'
        )
          throw new Error(`the consolidation row reads ${shown}`);
        await row.first().locator('button').first().click();
        for (const id of ids)
          await table
            .getByRole('link', { name: id })
            .waitFor({ timeout: 30_000 });
        await row
          .first()
          .scrollIntoViewIfNeeded()
          .catch(() => undefined);
        await page.screenshot({
          path: path.join(SHOTS, 'consolidation.png'),
          fullPage: true,
        });
      },
    );

    await check(
      'the new frontend system app shows the same cards and page from the /alpha exports',
      async () => {
        await portal.switchToAppNext();
        const next = await (await signedInAs('guest')).newPage();
        currentPage = next;
        const usage = await api(
          `/entities/resource/default/${ENDPOINT}/usage?days=30`,
        );
        await open(
          next,
          `/catalog/default/resource/${ENDPOINT}`,
          'next-endpoint',
          APP_NEXT,
        );
        await expectText(
          next,
          `${usage.totals.newConnections.toLocaleString(
            'en-US',
          )} new connections from`,
          120_000,
        );
        await expectText(next, 'saving against NAT');
        await expectText(next, 'Posture');
        await expectText(next, 'Campaign of payments');
        await next.screenshot({
          path: path.join(SHOTS, 'next-endpoint.png'),
          fullPage: true,
        });
        const all = await api('/fleet');
        await open(next, '/privatelink', 'next-fleet', APP_NEXT);
        await next
          .getByTestId('fleet-endpoints')
          .getByText(
            `${all.totals.endpoints.toLocaleString('en-US')} endpoints`,
          )
          .waitFor({ timeout: 60_000 });
        await next
          .getByTestId('fleet-cost')
          .getByText(usd(all.totals.monthlyCostUsd))
          .waitFor();
        await next.screenshot({
          path: path.join(SHOTS, 'next-fleet.png'),
          fullPage: true,
        });
        await open(
          next,
          '/catalog/default/group/snowflake',
          'next-vendor',
          APP_NEXT,
        );
        await expectText(next, 'Snowflake over PrivateLink', 60_000);
        if (await next.getByText(/members \(/i).count())
          throw new Error('the vendor page shows a members card');
        await open(
          next,
          '/catalog/default/group/payments',
          'next-tenant',
          APP_NEXT,
        );
        await expectText(next, 'VPC endpoint inventory (', 60_000);
        await expectText(next, 'Payments members (');
        await next.screenshot({
          path: path.join(SHOTS, 'next-tenant.png'),
          fullPage: true,
        });
      },
    );
  } finally {
    await browser?.close();
    portal.stop();
    motoServer?.stop();
  }
}

main()
  .catch(e => {
    console.error(`e2e: ${e.message}`);
    results.push({ name: 'setup', ok: false });
  })
  .finally(() => {
    const passed = results.filter(r => r.ok).length;
    const failed = results.length - passed;
    const others = consoles.flatMap(c => c.others);
    fs.mkdirSync(LOGS, { recursive: true });
    fs.writeFileSync(
      path.join(LOGS, 'console-errors-of-libraries.txt'),
      [...new Set(others)].join('\n'),
    );
    console.log(
      `e2e: screenshots in ${SHOTS}, logs in ${LOGS} (${others.length} console errors of libraries)`,
    );
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  });
