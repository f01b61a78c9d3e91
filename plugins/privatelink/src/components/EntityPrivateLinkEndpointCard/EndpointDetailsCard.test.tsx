import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { privatelinkApiRef } from '../../api';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { endpointEntity, summaryApi } from '../testEntities';
import { EndpointDetailsCard } from './EndpointDetailsCard';

const fresh = summaryApi({});

describe('EndpointDetailsCard', () => {
  it('shows type, service, AZs with interfaces, security groups and the policy verdict', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, fresh]]}>
        <EntityProvider entity={endpointEntity()}>
          <EndpointDetailsCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByText('Interface')).toBeInTheDocument();
    expect(
      screen.getByText(
        'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('us-east-1a: subnet-1 (eni-1)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('sg-1 endpoints: tcp 443 from 10.1.0.0/16'),
    ).toBeInTheDocument();
    expect(screen.getByText('sg-2 (rules not readable)')).toBeInTheDocument();
    expect(
      screen.getByText('1 allow, 0 deny (see Posture for findings)'),
    ).toBeInTheDocument();
    expect(screen.getByText('tag tenant=payments')).toBeInTheDocument();
    // Its pages in the AWS console of its region, and the account they are in.
    const consoleLink = (name: string) =>
      screen.getByRole('link', { name }).getAttribute('href');
    const vpcConsole =
      'https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#';
    expect(consoleLink('vpce-0a00000000000a001')).toBe(
      `${vpcConsole}EndpointDetails:vpcEndpointId=vpce-0a00000000000a001`,
    );
    expect(consoleLink('vpc-0a1b2c3d4e5f60011')).toBe(
      `${vpcConsole}VpcDetails:VpcId=vpc-0a1b2c3d4e5f60011`,
    );
    expect(consoleLink('sg-1')).toBe(`${vpcConsole}SecurityGroup:groupId=sg-1`);
    expect(consoleLink('subnet-2')).toBe(
      `${vpcConsole}SubnetDetails:subnetId=subnet-2`,
    );
    expect(consoleLink('CloudWatch metrics')).toContain(
      'namespace=AWS%2FPrivateLinkEndpoints;search=vpce-0a00000000000a001',
    );
    expect(
      screen.getByText(
        'In account 111111111111, us-east-1: sign in to it to open them.',
      ),
    ).toBeInTheDocument();
  });

  it('shows route tables, not AZs, for a gateway endpoint', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, fresh]]}>
        <EntityProvider
          entity={endpointEntity({
            endpointType: 'Gateway',
            subnets: [],
            securityGroups: [],
            routeTables: [
              { routeTableId: 'rtb-1', subnetIds: ['subnet-9'], main: true },
            ],
          })}
        >
          <EndpointDetailsCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByText('rtb-1 (main): subnet-9')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'rtb-1' })).toHaveAttribute(
      'href',
      'https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#RouteTableDetails:RouteTableId=rtb-1',
    );
    // A gateway endpoint publishes no metrics: no link to them.
    expect(
      screen.queryByRole('link', { name: 'CloudWatch metrics' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/availability zones/i)).not.toBeInTheDocument();
  });

  it('warns, with the time of the last good refresh, when the account no longer refreshes', async () => {
    const stale = summaryApi({
      freshness: jest.fn().mockResolvedValue({
        entityRef: 'resource:default/vpce-1',
        accountId: '111111111111',
        lastSuccessAt: '2026-11-25T10:00:02.000Z',
        stale: true,
        failingSince: '2026-11-25T10:30:00.000Z',
      }),
    });
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, stale]]}>
        <EntityProvider entity={endpointEntity()}>
          <EndpointDetailsCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByText(
        /Account 111111111111 does not refresh: this may be out of date/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /at 2026-11-25 10:00 UTC; every attempt since 2026-11-25 10:30 UTC failed/,
      ),
    ).toBeInTheDocument();
    // The card itself still shows the endpoint as last seen.
    expect(
      screen.getByText('us-east-1a: subnet-1 (eni-1)'),
    ).toBeInTheDocument();
  });

  it('says so when the entity is not an endpoint', async () => {
    const entity = {
      ...endpointEntity(),
      spec: { type: 'database', owner: 'x' },
    };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EndpointDetailsCard />
      </EntityProvider>,
    );
    expect(
      screen.getByText(/not a Resource of type aws-vpc-endpoint/),
    ).toBeInTheDocument();
  });

  it('names the fields when the spec does not match the contract', async () => {
    const entity = endpointEntity();
    (entity.spec!.endpoint as any).subnets = 'subnet-1';
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EndpointDetailsCard />
      </EntityProvider>,
    );
    expect(
      screen.getByText(/endpoint details cannot be read/),
    ).toBeInTheDocument();
    expect(screen.getByText(/spec\.endpoint\.subnets/)).toBeInTheDocument();
  });
});
