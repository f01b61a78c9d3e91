import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readPrivateLinkBackendConfig } from './settings';

const accounts = [{ accountId: '111111111111', regions: ['us-east-1'] }];
const read = (privatelink: JsonObject) =>
  readPrivateLinkBackendConfig(
    new ConfigReader({ privatelink: { accounts, ...privatelink } }),
  );

describe('readPrivateLinkBackendConfig', () => {
  it('reads defaults, regional prices over the defaults, and posture settings', () => {
    const settings = read({
      pricing: {
        default: { natGatewayPerGb: 0.05 },
        regions: { 'eu-west-1': { interfaceEndpointHourly: 0.011 } },
      },
      posture: {
        readOnly: { services: ['s3'] },
        checks: { 'endpoint-idle': { severity: 'medium' } },
      },
    });
    expect(settings.idleAfterDays).toBe(30);
    expect(settings.pricingFor('eu-west-1')).toMatchObject({
      interfaceEndpointHourly: 0.011,
      natGatewayPerGb: 0.05,
    });
    expect(settings.pricingFor('us-east-1')).toMatchObject({
      interfaceEndpointHourly: 0.01,
      natGatewayPerGb: 0.05,
    });
    expect(settings.posture).toMatchObject({
      readOnly: { services: ['s3'], owners: [] },
      allowedPorts: { default: [443], byService: {} },
      checks: { 'endpoint-idle': { enabled: true, severity: 'medium' } },
    });
  });

  it.each([
    [
      { usage: { idleAfterDays: 0 } },
      'Invalid config at privatelink.usage.idleAfterDays: must be a whole number from 1 to 400',
    ],
    [{ usage: { backfillDays: 2.5 } }, 'privatelink.usage.backfillDays'],
    [
      { usage: { concurrency: 0 } },
      'Invalid config at privatelink.usage.concurrency: must be a whole number from 1 to 32',
    ],
    [
      { pricing: { default: { natGatewayPerGb: -1 } } },
      'privatelink.pricing.default.natGatewayPerGb',
    ],
    [
      { pricing: { regions: { 'eu-west1': {} } } },
      'privatelink.pricing.regions.eu-west1: not an AWS region name',
    ],
    [
      {
        pricing: {
          default: {
            interfaceDataTiers: [
              { upToGb: 100, perGb: 0.01 },
              { upToGb: 50, perGb: 0.006 },
            ],
          },
        },
      },
      'privatelink.pricing.default.interfaceDataTiers[1].upToGb: tiers must grow',
    ],
    [
      { posture: { checks: { 'endpoint-idle': { severity: 'urgent' } } } },
      'privatelink.posture.checks.endpoint-idle.severity',
    ],
    [
      { posture: { trustedAccounts: ['12'] } },
      'privatelink.posture.trustedAccounts[0]',
    ],
    [
      { health: { packetsDroppedPerDay: -5 } },
      'privatelink.health.packetsDroppedPerDay',
    ],
    [
      { usage: { backfillDays: 120, retentionDays: 90 } },
      'Invalid config at privatelink.usage.retentionDays: 90 is below privatelink.usage.backfillDays (120)',
    ],
    [
      { usage: { idleAfterDays: 60, backfillDays: 30, retentionDays: 45 } },
      'Invalid config at privatelink.usage.idleAfterDays: 60 is above privatelink.usage.retentionDays (45)',
    ],
    [
      { pricing: { default: { interfaceDataTiers: [{ upToGb: 100 }] } } },
      'privatelink.pricing.default.interfaceDataTiers[0].perGb',
    ],
    [
      {
        usage: {
          schedule: { frequency: { minutes: 0 }, timeout: { minutes: 5 } },
        },
      },
      'Invalid config at privatelink.usage.schedule.frequency: must be a duration above zero',
    ],
    [
      {
        usage: {
          schedule: { frequency: { hours: 1 }, timeout: { seconds: -1 } },
        },
      },
      'Invalid config at privatelink.usage.schedule.timeout: must be a duration above zero',
    ],
    [
      { alerts: { vendorOwners: { snowflake: 'user:default/dana' } } },
      "Invalid config at privatelink.alerts.vendorOwners.snowflake: 'user:default/dana' is not a group reference",
    ],
    [
      {
        alerts: {
          groups: [
            { group: 'payments', slackChannel: 'C0PAY' },
            { group: 'group:default/payments', idle: false },
          ],
        },
      },
      "Invalid config at privatelink.alerts.groups[1].group: 'group:default/payments' is listed twice",
    ],
    [
      {
        consolidation: {
          networks: [
            { name: 'core', accounts: ['111111111111'] },
            { name: 'edge', accounts: ['222222222222', '111111111111'] },
          ],
        },
      },
      'Invalid config at privatelink.consolidation.networks[1].accounts[1]: 111111111111 is in network core already',
    ],
    [
      { consolidation: { hubPricing: { transitGatewayPerGb: -0.02 } } },
      'Invalid config at privatelink.consolidation.hubPricing.transitGatewayPerGb: must be a price in USD',
    ],
    [
      { alerts: { groups: [{ group: 'payments', email: false }] } },
      'Invalid config at privatelink.alerts.groups[0]: Unrecognized key',
    ],
    [
      { alerts: { groups: [{ group: 'payments', slackChannel: ' ' }] } },
      'Invalid config at privatelink.alerts.groups[0].slackChannel',
    ],
    [
      { alerts: { minimumStatus: 'unknown' } },
      'Invalid config at privatelink.alerts.minimumStatus',
    ],
    [{ alerts: { enable: true } }, 'Invalid config at privatelink.alerts'],
  ])('%j fails naming the key', (privatelink, message) => {
    expect(() => read(privatelink as JsonObject)).toThrow(message);
  });
});
