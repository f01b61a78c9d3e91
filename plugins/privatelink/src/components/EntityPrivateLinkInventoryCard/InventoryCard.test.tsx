import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { endpointEntity } from '../testEntities';
import { privatelinkApiRef } from '../../api';
import { InventoryCard } from './InventoryCard';
import { toCsv, toInventoryRows } from './inventoryRows';

const group = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', title: 'Payments' },
  spec: { type: 'team', children: [] },
};

const getInventory = jest.fn().mockResolvedValue({
  owner: 'group:default/payments',
  endpoints: [
    {
      entityRef: 'resource:default/vpce-0a00000000000a001',
      bytesProcessed30d: 3 * 2 ** 30,
      idle: true,
      monthlyCostUsd: 14.6,
      health: 'healthy',
    },
  ],
});

async function render(getEntities: jest.Mock) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, { getEntities }],
        [privatelinkApiRef, { getInventory }],
      ]}
    >
      <EntityProvider entity={group}>
        <InventoryCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('InventoryCard', () => {
  it('asks the catalog for the endpoints the group owns and lists them', async () => {
    const getEntities = jest.fn().mockResolvedValue({
      items: [endpointEntity(), endpointEntity({ endpointId: 'vpce-2', endpointType: 'Gateway', subnets: [] })],
    });
    await render(getEntities);
    expect(await screen.findByText('VPC endpoint inventory (2)')).toBeInTheDocument();
    expect(getEntities).toHaveBeenCalledWith({
      filter: {
        kind: 'Resource',
        'spec.type': 'aws-vpc-endpoint',
        'relations.ownedBy': 'group:default/payments',
      },
    });
    expect(screen.getByText('vpce-2')).toBeInTheDocument();
    expect(screen.getAllByText('n/a').length).toBeGreaterThan(0);
    expect(screen.getByText('Export CSV')).toBeInTheDocument();
    expect(screen.getByText('3.0 GB')).toBeInTheDocument();
    expect(screen.getByText('$14.60')).toBeInTheDocument();
    expect(screen.getByText('healthy (idle)')).toBeInTheDocument();
    expect(getInventory).toHaveBeenCalledWith('group:default/payments');
  });

  it('shows an empty state and an error state', async () => {
    await render(jest.fn().mockResolvedValue({ items: [] }));
    expect(await screen.findByText('Payments owns no VPC endpoint.')).toBeInTheDocument();
  });

  it('shows the error when the catalog fails', async () => {
    await render(jest.fn().mockRejectedValue(new Error('catalog is down')));
    expect(await screen.findByText(/Could not load the endpoint inventory/)).toBeInTheDocument();
    expect(screen.getAllByText(/catalog is down/).length).toBeGreaterThan(0);
  });
});

describe('toCsv', () => {
  it('writes a header and one quoted, formula-safe line per endpoint', () => {
    const rows = toInventoryRows([
      endpointEntity(),
      {
        ...endpointEntity({ endpointId: 'vpce-3' }),
        metadata: { name: 'vpce-3', title: '=HYPERLINK("x"), "quoted"' },
      },
    ]);
    const lines = toCsv(rows).split('\r\n');
    expect(lines[0]).toBe(
      'endpointId,title,endpointType,state,serviceName,vendor,accountId,region,vpcId,availabilityZones,privateDns,createdAt,bytesProcessed30d,monthlyCostUsd,idle,health',
    );
    expect(lines[1]).toBe(
      'vpce-0a00000000000a001,payments-snowflake,Interface,available,com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001,snowflake,111111111111,us-east-1,vpc-0a1b2c3d4e5f60011,2,yes,2025-09-26T00:00:00.000Z,,,,',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(lines).toHaveLength(4);
  });
});
