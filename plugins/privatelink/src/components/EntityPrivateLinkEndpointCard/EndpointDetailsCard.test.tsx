import { renderInTestApp } from '@backstage/test-utils';
import { EntityProvider, entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { endpointEntity } from '../testEntities';
import { EndpointDetailsCard } from './EndpointDetailsCard';

describe('EndpointDetailsCard', () => {
  it('shows type, service, AZs with interfaces, security groups and the policy verdict', async () => {
    await renderInTestApp(
      <EntityProvider entity={endpointEntity()}>
        <EndpointDetailsCard />
      </EntityProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByText('Interface')).toBeInTheDocument();
    expect(
      screen.getByText('com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001'),
    ).toBeInTheDocument();
    expect(screen.getByText('us-east-1a: subnet-1 (eni-1)')).toBeInTheDocument();
    expect(screen.getByText('sg-1 endpoints: tcp 443 from 10.1.0.0/16')).toBeInTheDocument();
    expect(screen.getByText('sg-2 (rules not readable)')).toBeInTheDocument();
    expect(screen.getByText('1 allow, 0 deny (see Posture for findings)')).toBeInTheDocument();
    expect(screen.getByText('tag tenant=payments')).toBeInTheDocument();
  });

  it('shows route tables, not AZs, for a gateway endpoint', async () => {
    await renderInTestApp(
      <EntityProvider
        entity={endpointEntity({
          endpointType: 'Gateway',
          subnets: [],
          securityGroups: [],
          routeTables: [{ routeTableId: 'rtb-1', subnetIds: ['subnet-9'], main: true }],
        })}
      >
        <EndpointDetailsCard />
      </EntityProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByText('rtb-1 (main): subnet-9')).toBeInTheDocument();
    expect(screen.queryByText(/availability zones/i)).not.toBeInTheDocument();
  });

  it('says so when the entity is not an endpoint', async () => {
    const entity = { ...endpointEntity(), spec: { type: 'database', owner: 'x' } };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EndpointDetailsCard />
      </EntityProvider>,
    );
    expect(screen.getByText(/not a Resource of type aws-vpc-endpoint/)).toBeInTheDocument();
  });

  it('names the fields when the spec does not match the contract', async () => {
    const entity = endpointEntity();
    (entity.spec!.endpoint as any).subnets = 'subnet-1';
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EndpointDetailsCard />
      </EntityProvider>,
    );
    expect(screen.getByText(/endpoint details cannot be read/)).toBeInTheDocument();
    expect(screen.getByText(/spec\.endpoint\.subnets/)).toBeInTheDocument();
  });
});
