import { mockServices } from '@backstage/backend-test-utils';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import knexFactory from 'knex';
import { migrate } from '../database';
import { PrivateLinkBackendConfig } from '../settings';
import { AlertService } from './AlertService';
import { AlertStore } from './AlertStore';
import { ALERT_SETTINGS, alertFleetItems, fleetRow } from './testFleet';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const degraded = {
  health: 'degraded' as const,
  healthReasons: ['9000 packets dropped.'],
};
const unhealthy = {
  health: 'unhealthy' as const,
  healthReasons: ['No healthy load balancer target.'],
};
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 6, minutes));

describe.each(ids)('AlertService on %s', databaseId => {
  async function setup() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    const sent: Array<{ recipients: any; payload: any }> = [];
    const notifications = {
      send: jest.fn(async (n: any) => void sent.push(n)),
    };
    const service = (store = new AlertStore(knex)) =>
      new AlertService({
        store,
        notifications,
        catalog: {
          getEntitiesByRefs: async ({ entityRefs }: any) => ({
            items: entityRefs.map(() => undefined),
          }),
        } as any,
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        settings: { alerts: ALERT_SETTINGS } as PrivateLinkBackendConfig,
      });
    return { knex, sent, notifications, service };
  }
  const items = alertFleetItems();

  it('notifies once per incident, again once on recovery, and not after a restart', async () => {
    const { sent, service } = await setup();
    const alerts = service();
    expect(
      await alerts.run([fleetRow('vpce-ledger', degraded)], items, at(0)),
    ).toEqual({ opened: 1, resolved: 0, sent: 1, failed: 0 });
    expect(sent[0]).toMatchObject({
      recipients: {
        type: 'entity',
        entityRef: ['group:default/payments', 'group:default/platform'],
      },
      payload: {
        title: 'vpce-ledger (vpce-ledger) is degraded',
        severity: 'high',
      },
    });
    // Every later collection while it lasts, worse or not, and a restarted backend: no notice.
    expect(
      await alerts.run([fleetRow('vpce-ledger', degraded)], items, at(30)),
    ).toMatchObject({ opened: 0, sent: 0 });
    expect(
      await service().run([fleetRow('vpce-ledger', unhealthy)], items, at(60)),
    ).toMatchObject({ opened: 0, sent: 0 });
    const [open] = (await alerts.report('resource:default/vpce-ledger'))
      .incidents;
    expect(open).toMatchObject({
      status: 'unhealthy',
      reasons: ['No healthy load balancer target.'],
      alertedAt: at(0).toISOString(),
    });
    expect(open.resolvedAt).toBeUndefined();
    // Unknown health (no metrics) is not a recovery.
    const unknown = fleetRow('vpce-ledger', {
      health: 'unknown',
      healthReasons: ['No metrics collected yet.'],
    });
    expect(await alerts.run([unknown], items, at(90))).toMatchObject({
      resolved: 0,
      sent: 0,
    });
    expect(
      await alerts.run([fleetRow('vpce-ledger')], items, at(120)),
    ).toMatchObject({ resolved: 1, sent: 1 });
    expect(sent[1].payload).toMatchObject({
      title: 'vpce-ledger (vpce-ledger) has recovered',
      scope: sent[0].payload.scope,
    });
    expect(
      await alerts.run([fleetRow('vpce-ledger')], items, at(150)),
    ).toMatchObject({ resolved: 0, sent: 0 });
    // A new episode is a new incident.
    expect(
      await alerts.run([fleetRow('vpce-ledger', degraded)], items, at(180)),
    ).toMatchObject({ opened: 1, sent: 1 });
    const report = await alerts.report('resource:default/vpce-ledger');
    expect(
      report.incidents.map(i => [i.status, i.resolution ?? 'open']),
    ).toEqual([
      ['degraded', 'open'],
      ['unhealthy', 'recovered'],
    ]);
    expect(report.incidents[1]).toMatchObject({
      recoveryAlertedAt: at(120).toISOString(),
    });
  });

  it('keeps a notice that could not be sent for the next run', async () => {
    const { sent, notifications, service } = await setup();
    notifications.send.mockRejectedValueOnce(
      new Error('notifications backend down'),
    );
    const alerts = service();
    expect(
      await alerts.run(
        [fleetRow('vpce-kms', { idle: true, idleMonthlyUsd: 14.6 })],
        items,
        at(0),
      ),
    ).toMatchObject({
      opened: 1,
      sent: 0,
      failed: 1,
    });
    expect(
      await alerts.run(
        [fleetRow('vpce-kms', { idle: true, idleMonthlyUsd: 14.6 })],
        items,
        at(30),
      ),
    ).toMatchObject({
      opened: 0,
      sent: 1,
    });
    expect(sent).toHaveLength(1);
    expect(sent[0].payload.title).toBe(
      'vpce-kms (vpce-kms) is idle: $14.60 a month',
    );
    // In use again: the incident closes without a notice; idle again later is a new one.
    expect(
      await alerts.run([fleetRow('vpce-kms')], items, at(60)),
    ).toMatchObject({ resolved: 1, sent: 0 });
    expect(
      await alerts.run(
        [fleetRow('vpce-kms', { idle: true, idleMonthlyUsd: 14.6 })],
        items,
        at(90),
      ),
    ).toMatchObject({
      opened: 1,
      sent: 1,
    });
  });

  it('closes the incidents of an entity that left the inventory without telling anyone it recovered', async () => {
    const { sent, service } = await setup();
    const alerts = service();
    await alerts.run([fleetRow('vpce-kms', degraded)], items, at(0));
    expect(await alerts.run([], items, at(30))).toMatchObject({
      resolved: 1,
      sent: 0,
    });
    expect(sent).toHaveLength(1);
    expect(
      (await alerts.report('resource:default/vpce-kms')).incidents[0],
    ).toMatchObject({ resolution: 'gone' });
  });

  it('opens and notifies once when two instances evaluate at the same time', async () => {
    const { knex, sent, service } = await setup();
    // The second instance has its own connection pool on the same database.
    const other =
      databaseId === 'SQLITE_3'
        ? knex
        : knexFactory({
            client: knex.client.config.client,
            connection: knex.client.config.connection,
          });
    try {
      const rows = [
        fleetRow('vpce-ledger', degraded),
        fleetRow('vpce-snow', unhealthy),
      ];
      const results = await Promise.all([
        service(new AlertStore(knex)).run(rows, items, at(0)),
        service(new AlertStore(other)).run(rows, items, at(0)),
      ]);
      expect(results[0].opened + results[1].opened).toBe(2);
      expect(results[0].sent + results[1].sent).toBe(2);
      expect(sent.map(n => n.payload.title).sort()).toEqual([
        'vpce-ledger (vpce-ledger) is degraded',
        'vpce-snow (vpce-snow) is unhealthy',
      ]);
    } finally {
      if (other !== knex) await other.destroy();
    }
  });

  it('does nothing when alerts are off', async () => {
    const { sent, knex, notifications } = await setup();
    const off = new AlertService({
      store: new AlertStore(knex),
      notifications,
      catalog: {} as any,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      settings: {
        alerts: { ...ALERT_SETTINGS, enabled: false },
      } as PrivateLinkBackendConfig,
    });
    expect(
      await off.run([fleetRow('vpce-kms', degraded)], items, at(0)),
    ).toEqual({ opened: 0, resolved: 0, sent: 0, failed: 0 });
    expect(sent).toEqual([]);
  });
});
