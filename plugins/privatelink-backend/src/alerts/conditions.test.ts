import { alertNotification, evaluateAlerts } from './conditions';
import { ALERT_SETTINGS, alertFleetItems, fleetRow } from './testFleet';

const degraded = {
  health: 'degraded' as const,
  healthReasons: ['9000 packets dropped on 2026-11-25 (threshold 1000).'],
};

describe('evaluateAlerts', () => {
  it('alerts the owner of a degraded endpoint and escalates to the provider of our own service', () => {
    const { active } = evaluateAlerts(
      [fleetRow('vpce-ledger', degraded)],
      alertFleetItems(),
      ALERT_SETTINGS,
    );
    expect(active).toEqual([
      expect.objectContaining({
        key: 'health resource:default/vpce-ledger',
        kind: 'health',
        status: 'degraded',
        recipients: ['group:default/payments', 'group:default/platform'],
        payload: {
          title: 'vpce-ledger (vpce-ledger) is degraded',
          description:
            "9000 packets dropped on 2026-11-25 (threshold 1000). The service's provider (platform) is told too.",
          link: '/catalog/default/resource/vpce-ledger',
        },
      }),
    ]);
  });

  it("escalates a vendor's endpoint to the group owning the relationship, with the vendor's support links", () => {
    const links = new Map([
      [
        'group:default/snowflake',
        [{ title: 'Snowflake support', url: 'https://support.example/snow' }],
      ],
    ]);
    const [condition] = evaluateAlerts(
      [fleetRow('vpce-snow', degraded)],
      alertFleetItems(),
      ALERT_SETTINGS,
      links,
    ).active;
    expect(condition.recipients).toEqual([
      'group:default/payments',
      'group:default/data-platform',
    ]);
    expect(condition.payload.description).toContain(
      'data-platform owns the snowflake relationship and is told too.',
    );
    expect(condition.payload.description).toContain(
      'Vendor support: Snowflake support https://support.example/snow.',
    );
  });

  it('tells only the owner when escalation is off or nobody is on the other side', () => {
    const off = evaluateAlerts(
      [fleetRow('vpce-ledger', degraded)],
      alertFleetItems(),
      { ...ALERT_SETTINGS, escalate: false },
    );
    expect(off.active[0].recipients).toEqual(['group:default/payments']);
    const aws = evaluateAlerts(
      [
        fleetRow('vpce-kms', {
          health: 'unhealthy',
          healthReasons: ['State is rejected'],
        }),
      ],
      alertFleetItems(),
      ALERT_SETTINGS,
    );
    expect(aws.active[0]).toMatchObject({
      status: 'unhealthy',
      recipients: ['group:default/payments'],
    });
  });

  it('clears a healthy entity, never one whose health is unknown, and honours the minimum status', () => {
    const rows = [
      fleetRow('vpce-kms'),
      fleetRow('vpce-snow', {
        health: 'unknown',
        healthReasons: ['No metrics collected yet.'],
      }),
    ];
    const evaluation = evaluateAlerts(rows, alertFleetItems(), ALERT_SETTINGS);
    expect(evaluation.active).toEqual([]);
    expect([...evaluation.clear].sort()).toEqual([
      'health resource:default/vpce-kms',
      'idle resource:default/vpce-kms',
      'idle resource:default/vpce-snow',
    ]);
    expect([...evaluation.present].sort()).toEqual([
      'resource:default/vpce-kms',
      'resource:default/vpce-snow',
    ]);
    const onlyUnhealthy = evaluateAlerts(
      [fleetRow('vpce-kms', degraded)],
      alertFleetItems(),
      { ...ALERT_SETTINGS, minimumStatus: 'unhealthy' },
    );
    expect(onlyUnhealthy.active).toEqual([]);
    expect(onlyUnhealthy.clear.has('health resource:default/vpce-kms')).toBe(
      true,
    );
  });

  it('tells the owner of an idle endpoint what it costs a month, what it wasted so far, and a link to retire it', () => {
    const [condition] = evaluateAlerts(
      [
        fleetRow('vpce-kms', {
          idle: true,
          idleMonthlyUsd: 1234.5,
          wastedSoFarUsd: 2000,
        }),
      ],
      alertFleetItems(),
      ALERT_SETTINGS,
    ).active;
    expect(condition).toMatchObject({
      key: 'idle resource:default/vpce-kms',
      recipients: ['group:default/payments'],
      payload: {
        title: 'vpce-kms (vpce-kms) is idle: $1,234.50 a month',
        description: expect.stringContaining(
          'while it costs $1,234.50 a month ($2,000.00 of hourly charges so far)',
        ),
        link: `/create/templates/default/retire-vpc-endpoint?formData=${encodeURIComponent(
          '{"endpoint":"resource:default/vpce-kms"}',
        )}`,
      },
    });
    expect(
      evaluateAlerts(
        [fleetRow('vpce-kms', { idle: true })],
        alertFleetItems(),
        { ...ALERT_SETTINGS, idle: false },
      ).active,
    ).toEqual([]);
  });
});

describe('alertNotification', () => {
  const incident = {
    id: 7,
    kind: 'health' as const,
    status: 'unhealthy',
    payload: {
      title: 'ledger (vpce-1) is degraded',
      description: 'Dropped packets.',
      link: '/catalog/default/resource/vpce-1',
    },
  };

  it('rates an incident by its status and keeps one scope for the incident and its recovery', () => {
    expect(alertNotification(incident, 'opened')).toMatchObject({
      title: 'ledger (vpce-1) is degraded',
      severity: 'critical',
      scope: 'privatelink-alert:7',
      topic: 'privatelink-health',
    });
    expect(alertNotification(incident, 'recovered')).toMatchObject({
      title: 'ledger (vpce-1) has recovered',
      description: 'It is no longer unhealthy. Earlier: Dropped packets.',
      severity: 'low',
      scope: 'privatelink-alert:7',
    });
  });
});
