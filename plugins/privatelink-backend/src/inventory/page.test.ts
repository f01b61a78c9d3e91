import { InventoryRow } from '@privatelink-portal/plugin-privatelink-common';
import { inventoryMatches, inventoryPage } from './page';

const row = (
  endpointId: string,
  over: Partial<InventoryRow> = {},
): InventoryRow => ({
  entityRef: `resource:default/${endpointId}`,
  endpointId,
  title: endpointId,
  endpointType: 'Interface',
  state: 'available',
  serviceName: 'com.amazonaws.us-east-1.kms',
  serviceLabel: 'kms',
  vendorRef: 'group:default/aws',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: 'vpc-0abc',
  availabilityZones: 2,
  privateDnsEnabled: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  monthlyCostUsd: 14.6,
  health: 'healthy',
  healthReasons: [],
  findings: { high: 0, medium: 0, low: 0, checkIds: [] },
  ...over,
});

const rows = [
  row('vpce-c', {
    accountId: '222222222222',
    monthlyCostUsd: 29.2,
    bytesProcessed30d: 5e9,
    health: 'unhealthy',
    findings: { high: 0, medium: 3, low: 0, checkIds: ['a', 'b', 'c'] },
  }),
  row('vpce-a', {
    bytesProcessed30d: 0,
    idle: {
      idle: true,
      reason: 'No bytes for 30 days.',
      observedDays: 30,
      daysWithoutBytes: 30,
      monthlyUsd: 14.6,
      wastedSoFarUsd: 10,
    },
    findings: { high: 1, medium: 0, low: 0, checkIds: ['endpoint-idle'] },
  }),
  row('vpce-b', {
    endpointType: 'Gateway',
    serviceLabel: 's3',
    vpcId: 'vpc-0def',
    monthlyCostUsd: 0,
    availabilityZones: undefined,
    bytesProcessed30d: undefined,
    health: 'unknown',
  }),
];

const ids = (page: InventoryRow[]) => page.map(r => r.endpointId);

describe('inventoryPage', () => {
  it.each([
    ['no sort: account, then id', {}, ['vpce-a', 'vpce-b', 'vpce-c']],
    [
      'cost, ascending, ties by account and id',
      { sort: 'monthlyCostUsd' as const },
      ['vpce-b', 'vpce-a', 'vpce-c'],
    ],
    [
      'cost, descending',
      { sort: 'monthlyCostUsd' as const, order: 'desc' as const },
      ['vpce-c', 'vpce-a', 'vpce-b'],
    ],
    [
      'bytes: a gateway (none published) below zero',
      { sort: 'bytesProcessed30d' as const },
      ['vpce-b', 'vpce-a', 'vpce-c'],
    ],
    [
      'health: worst last',
      { sort: 'health' as const },
      ['vpce-a', 'vpce-b', 'vpce-c'],
    ],
    [
      'findings: one high above three medium',
      { sort: 'findings' as const, order: 'desc' as const },
      ['vpce-a', 'vpce-c', 'vpce-b'],
    ],
    [
      'a page',
      { sort: 'monthlyCostUsd' as const, offset: 1, limit: 1 },
      ['vpce-a'],
    ],
    ['past the end', { offset: 5, limit: 20 }, []],
  ])('%s', (_, query, expected) => {
    const { page, total } = inventoryPage(rows, query);
    expect(ids(page)).toEqual(expected);
    expect(total).toBe(3);
  });

  it('counts and adds up the rows the search selects, on every page', () => {
    expect(inventoryPage(rows, { limit: 1 }).totals).toEqual({
      monthlyCostUsd: 14.6 + 29.2,
      bytesProcessed30d: 5e9,
      idle: 1,
      idleMonthlyUsd: 14.6,
    });
    expect(inventoryPage(rows, { q: 'idle', offset: 1, limit: 1 })).toEqual({
      page: [],
      total: 1,
      totals: {
        monthlyCostUsd: 14.6,
        bytesProcessed30d: 0,
        idle: 1,
        idleMonthlyUsd: 14.6,
      },
    });
  });
});

describe('inventoryMatches', () => {
  it.each([
    ['vpc-0DEF', ['vpce-b']],
    ['s3 gateway', ['vpce-b']],
    ['unhealthy 222222222222', ['vpce-c']],
    ['endpoint-idle', ['vpce-a']],
    ['internal', []],
    ['kms vpc-0abc', ['vpce-a', 'vpce-c']],
    ['   ', ['vpce-a', 'vpce-b', 'vpce-c']],
  ])('%s', (q, expected) => {
    expect(ids(rows.filter(r => inventoryMatches(r, q))).sort()).toEqual(
      expected,
    );
  });
});
