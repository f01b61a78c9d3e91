import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor } from '@testing-library/react';
import {
  FleetGroup,
  FleetRow,
  FleetSummary,
  privatelinkApiRef,
} from '../../api';
import { fleetCsv } from './fleetCsv';
import { FleetOverview } from './FleetOverview';

const group = (key: string, over: Partial<FleetGroup> = {}): FleetGroup => ({
  key,
  endpoints: 12345,
  services: 2,
  monthlyCostUsd: 21012.5,
  natSavingUsd: 900,
  idle: 3,
  idleMonthlyUsd: 43.8,
  unhealthy: 1,
  degraded: 2,
  findings: { high: 4, medium: 1, low: 0 },
  ...over,
});

const row = (over: Partial<FleetRow> = {}): FleetRow => ({
  entityRef: 'resource:default/vpce-1',
  kind: 'endpoint',
  title: 'payments-kms',
  resourceId: 'vpce-1',
  ownerRef: 'group:default/payments',
  accountId: '111111111111',
  region: 'us-east-1',
  type: 'Interface',
  state: 'available',
  serviceLabel: 'kms',
  monthlyCostUsd: 14.6,
  idle: true,
  idleMonthlyUsd: 14.6,
  wastedSoFarUsd: 43.2,
  health: 'degraded',
  healthReasons: ['No traffic in us-east-1b'],
  findings: { high: 0, medium: 0, low: 0 },
  ...over,
});

const summary: FleetSummary = {
  filter: { tenant: 'group:default/payments' },
  refreshedAt: '2026-11-25T10:00:00.000Z',
  totals: group('all'),
  byType: [
    { type: 'Gateway', count: 345 },
    { type: 'Interface', count: 12000 },
    { type: 'Service', count: 2 },
  ],
  byState: [{ state: 'available', count: 12347 }],
  byTenant: [group('group:default/payments')],
  byVendor: [group('group:default/snowflake', { endpoints: 7 })],
  byAccountRegion: [group('111111111111 us-east-1')],
  topIdle: [row()],
  unhealthy: [
    row({
      entityRef: 'resource:default/svc',
      title: 'ledger-api',
      kind: 'service',
      type: 'Service',
      health: 'unhealthy',
      healthReasons: ['2 unhealthy targets'],
    }),
  ],
  findingsByCheck: [
    {
      checkId: 'policy-full-access',
      severity: 'high',
      count: 4,
      subject: 'endpoint',
    },
    {
      checkId: 'vpc-missing-gateway-endpoint',
      severity: 'medium',
      count: 2,
      subject: 'vpc',
    },
  ],
  options: {
    tenants: ['group:default/payments'],
    vendors: [],
    accounts: ['111111111111'],
    regions: ['us-east-1'],
    types: ['Interface'],
  },
};

jest.setTimeout(30_000);

describe('FleetOverview', () => {
  it("shows the backend's figures for the filters in the URL", async () => {
    const campaign = (quarter: string, status: string) => ({
      id: quarter,
      owner: 'group:default/payments',
      quarter,
      openedAt: '2026-10-01T06:00:00.000Z',
      dueAt: '2026-10-31T00:00:00.000Z',
      openedBy: 'scheduler',
      items: 7,
      decided: 3,
      status,
    });
    const api = {
      getFleet: jest.fn().mockResolvedValue(summary),
      getFleetRows: jest.fn().mockResolvedValue([row()]),
      getFleetTable: jest.fn().mockResolvedValue({ rows: [row()], total: 1 }),
      getCostHistory: jest.fn().mockResolvedValue({
        subject: 'group:default/payments',
        endpoints: 6,
        months: [],
        formula: 'hourly x 24 h x days collected + bytes x the per-GB price',
      }),
      getFleetCostHistory: jest.fn(),
      getConsolidationAdvice: jest.fn().mockResolvedValue({ advice: [] }),
      listAuditCampaigns: jest
        .fn()
        .mockResolvedValue([
          campaign('2026-Q4', 'overdue'),
          campaign('2026-Q3', 'complete'),
        ]),
    };
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, api]]}>
        <FleetOverview />
      </TestApiProvider>,
      {
        routeEntries: [
          '/privatelink?tenant=group%3Adefault%2Fpayments&type=Interface',
        ],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    // The page draws charts first: on a loaded CI machine that takes more than findBy's default second.
    expect(
      await screen.findByTestId('fleet-endpoints', {}, { timeout: 10_000 }),
    ).toHaveTextContent('12,345 endpoints');
    expect(api.getFleet).toHaveBeenCalledWith({
      tenant: 'group:default/payments',
      type: 'Interface',
    });
    expect(
      screen.getByText('345 Gateway · 12,000 Interface'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('fleet-cost')).toHaveTextContent('$21,012.50');
    expect(screen.getByTestId('fleet-waste')).toHaveTextContent('$43.80');
    expect(screen.getByTestId('fleet-health')).toHaveTextContent('1 · 2');
    expect(screen.getByText('Top idle endpoints (1)')).toBeInTheDocument();
    // The idle endpoint: what it costs a month, and separately what its idle days cost so far.
    expect(screen.getByText('Costs / month while idle')).toBeInTheDocument();
    expect(screen.getByText('$43.20')).toBeInTheDocument();
    expect(screen.getByText('2 unhealthy targets')).toBeInTheDocument();
    expect(screen.getByText('policy-full-access')).toBeInTheDocument();
    // VPC findings count too, and the table says what each check is of.
    expect(
      screen.getByText('vpc-missing-gateway-endpoint'),
    ).toBeInTheDocument();
    expect(screen.getByText('VPCs')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Audit progress 2026-Q4',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(api.listAuditCampaigns).toHaveBeenCalledWith(
      'group:default/payments',
    );
    // The cost by month is the chosen tenant's, as on its page, not the whole fleet's.
    expect(screen.getByText('Cost by month, payments')).toBeInTheDocument();
    expect(api.getCostHistory).toHaveBeenCalledWith({
      owner: 'group:default/payments',
    });
    expect(api.getFleetCostHistory).not.toHaveBeenCalled();
    expect(screen.getByText('overdue')).toBeInTheDocument();
    // The fleet table asks the backend for its first page, with the page's filters.
    expect(
      await screen.findByText('Every endpoint and service (1)'),
    ).toBeInTheDocument();
    expect(api.getFleetTable).toHaveBeenCalledWith(
      { tenant: 'group:default/payments', type: 'Interface' },
      expect.objectContaining({ offset: 0, limit: 20 }),
    );
    expect(screen.queryByText('complete')).not.toBeInTheDocument();
    screen.getByRole('button', { name: 'Export fleet CSV' }).click();
    await waitFor(
      () =>
        expect(api.getFleetRows).toHaveBeenCalledWith({
          tenant: 'group:default/payments',
          type: 'Interface',
        }),
      {
        timeout: 10_000,
      },
    );
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1), {
      timeout: 10_000,
    });
  });
});

describe('fleetCsv', () => {
  it('writes one formula-safe line per row', () => {
    const lines = fleetCsv([
      row({ title: '=cmd' }),
      row({ vendorRef: 'group:default/snowflake' }),
    ])
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',').slice(0, 5)).toEqual([
      'entityRef',
      'title',
      'resourceId',
      'tenant',
      'vendor',
    ]);
    expect(lines[1]).toContain(",'=cmd,");
    expect(lines[2]).toContain(',snowflake,');
  });
});
