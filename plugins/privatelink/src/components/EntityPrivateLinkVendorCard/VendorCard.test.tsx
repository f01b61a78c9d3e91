import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { FleetRow, privatelinkApiRef } from '../../api';
import { VendorCard } from './VendorCard';

const vendor = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'snowflake',
    namespace: 'default',
    title: 'Snowflake',
    labels: { 'privatelink.aws/connection-model': 'allowlist' },
    links: [
      {
        url: 'https://docs.snowflake.com/privatelink',
        title: 'Snowflake and AWS PrivateLink',
      },
    ],
  },
  spec: { type: 'vendor', children: [] },
};

const row = (over: Partial<FleetRow>): FleetRow => ({
  entityRef: 'resource:default/vpce-1',
  kind: 'endpoint',
  title: 'payments-snowflake',
  resourceId: 'vpce-1',
  ownerRef: 'group:default/payments',
  vendorRef: 'group:default/snowflake',
  accountId: '111111111111',
  region: 'us-east-1',
  type: 'Interface',
  state: 'available',
  serviceLabel: 'vpce-svc-0a5f1c2e3d4b60001',
  monthlyCostUsd: 25.54,
  idle: false,
  idleMonthlyUsd: 0,
  wastedSoFarUsd: 0,
  health: 'healthy',
  healthReasons: [],
  findings: { high: 1, medium: 0, low: 0 },
  ...over,
});

describe('VendorCard', () => {
  it("shows the vendor's connection model, links and every endpoint to it across tenants", async () => {
    const rows = [
      row({}),
      row({
        entityRef: 'resource:default/vpce-2',
        title: 'data-snowflake',
        ownerRef: 'group:default/data-platform',
        health: 'degraded',
        idle: true,
      }),
    ];
    const api = {
      getFleet: jest.fn().mockResolvedValue({
        totals: {
          endpoints: 2,
          monthlyCostUsd: 51.08,
          idle: 1,
          idleMonthlyUsd: 21.9,
        },
        byTenant: [
          { key: 'group:default/payments' },
          { key: 'group:default/data-platform' },
        ],
      }),
      getFleetRows: jest.fn().mockResolvedValue(rows),
    };
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, api]]}>
        <EntityProvider entity={vendor}>
          <VendorCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByTestId('vendor-totals')).toHaveTextContent(
      '2 endpoints from 2 tenants, $51.08 a month, 1 idle costing $21.90 a month',
    );
    expect(api.getFleetRows).toHaveBeenCalledWith({
      vendor: 'group:default/snowflake',
    });
    expect(
      screen.getByText(/Allowlist: the vendor adds your account/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Snowflake and AWS PrivateLink' }),
    ).toHaveAttribute('href', 'https://docs.snowflake.com/privatelink');
    expect(
      screen.getByText('Services consumed: vpce-svc-0a5f1c2e3d4b60001'),
    ).toBeInTheDocument();
    expect(screen.getByText('Endpoints to Snowflake (2)')).toBeInTheDocument();
    expect(screen.getByText('data-snowflake')).toBeInTheDocument();
    expect(screen.getByText(/degraded · idle/)).toBeInTheDocument();
  });
});
