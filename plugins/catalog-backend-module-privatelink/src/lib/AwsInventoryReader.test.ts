import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointConnectionsCommand,
  DescribeVpcEndpointServiceConfigurationsCommand,
  DescribeVpcEndpointServicePermissionsCommand,
  DescribeVpcEndpointServicesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  EC2ServiceException,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AwsApiCallCounter,
  AwsClientFactory,
} from '@privatelink-portal/plugin-privatelink-node';
import { AwsInventoryReader } from './AwsInventoryReader';

const ec2Mock = mockClient(EC2Client);

// The SDK mock replaces send(), so the call counter's middleware does not run here; the calls are
// counted from the mock, and the counter itself is exercised against moto in the benchmark.
function factory() {
  const counter = new AwsApiCallCounter();
  const clients = new AwsClientFactory(
    {
      getCredentialProvider: async () => ({
        sdkCredentialProvider: async () => ({
          accessKeyId: 'a',
          secretAccessKey: 'b',
        }),
      }),
    },
    counter,
  );
  return { clients, counter };
}

const endpoint = (i: number): VpcEndpoint => ({
  VpcEndpointId: `vpce-${i}`,
  VpcEndpointType: 'Interface',
  ServiceName: `com.amazonaws.us-east-1.svc${i % 3}`,
  Groups: [{ GroupId: `sg-${i}` }],
  // 1,500 endpoints in 6 shared subnets, two each, with an interface in each.
  SubnetIds: [`subnet-${i % 6}`, `subnet-${(i + 1) % 6}`],
  NetworkInterfaceIds: [`eni-${i}a`, `eni-${i}b`],
});

const denied = (message: string) =>
  new EC2ServiceException({
    name: 'UnauthorizedOperation',
    $fault: 'client',
    $metadata: {},
    message,
  });

describe('AwsInventoryReader', () => {
  beforeEach(() => {
    ec2Mock.reset();
    ec2Mock
      .on(DescribeVpcsCommand)
      .resolves({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }] });
  });

  it('pages endpoints, batches describes by id, and calls nothing per endpoint or interface', async () => {
    const all = Array.from({ length: 1500 }, (_, i) => endpoint(i));
    ec2Mock
      .on(DescribeVpcEndpointsCommand, { MaxResults: 1000 })
      .resolves({ VpcEndpoints: all.slice(0, 1000), NextToken: 'page2' })
      .on(DescribeVpcEndpointsCommand, { MaxResults: 1000, NextToken: 'page2' })
      .resolves({ VpcEndpoints: all.slice(1000) });
    ec2Mock
      .on(DescribeVpcEndpointServiceConfigurationsCommand)
      .resolves({ ServiceConfigurations: [] });
    ec2Mock
      .on(DescribeVpcEndpointServicesCommand)
      .resolves({ ServiceDetails: [] });
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
    ec2Mock.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2Mock.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });

    const { clients } = factory();
    const inventory = await new AwsInventoryReader(clients).readRegion(
      '111111111111',
      'us-east-1',
    );

    expect(inventory.vpcEndpoints).toHaveLength(1500);
    const calls: Record<string, number> = {};
    for (const call of ec2Mock.calls()) {
      const api = call.args[0].constructor.name.replace(/Command$/, '');
      calls[api] = (calls[api] ?? 0) + 1;
    }
    expect(calls).toEqual({
      DescribeVpcs: 1,
      DescribeVpcEndpoints: 2,
      DescribeVpcEndpointServiceConfigurations: 1,
      DescribeVpcEndpointServices: 1, // 3 names
      DescribeSecurityGroups: 8, // 1,500 ids, 200 a call
      DescribeSubnets: 1, // 6 subnets for 3,000 interfaces
    });
    expect(
      ec2Mock.commandCalls(DescribeSubnetsCommand)[0].args[0].input.Filters,
    ).toEqual([
      {
        Name: 'subnet-id',
        Values: [
          'subnet-0',
          'subnet-1',
          'subnet-2',
          'subnet-3',
          'subnet-4',
          'subnet-5',
        ],
      },
    ]);
    expect(
      ec2Mock.commandCalls(DescribeVpcEndpointConnectionsCommand),
    ).toHaveLength(0);
    expect(ec2Mock.commandCalls(DescribeRouteTablesCommand)).toHaveLength(0);
    const groupFilter = ec2Mock.commandCalls(DescribeSecurityGroupsCommand)[0]
      .args[0].input.Filters;
    expect(groupFilter?.[0].Name).toBe('group-id');
    expect(groupFilter?.[0].Values).toHaveLength(200);
  });

  it('reads permissions per provided service and the connections once', async () => {
    ec2Mock.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
    ec2Mock.on(DescribeVpcEndpointServiceConfigurationsCommand).resolves({
      ServiceConfigurations: [
        { ServiceId: 'vpce-svc-1', ServiceName: 'n1' },
        { ServiceId: 'vpce-svc-2', ServiceName: 'n2' },
      ],
    });
    ec2Mock
      .on(DescribeVpcEndpointServicePermissionsCommand, {
        ServiceId: 'vpce-svc-1',
      })
      .resolves({
        AllowedPrincipals: [{ Principal: 'arn:aws:iam::222222222222:root' }],
      })
      .on(DescribeVpcEndpointServicePermissionsCommand, {
        ServiceId: 'vpce-svc-2',
      })
      .resolves({ AllowedPrincipals: [] });
    ec2Mock.on(DescribeVpcEndpointConnectionsCommand).resolves({
      VpcEndpointConnections: [
        { ServiceId: 'vpce-svc-1', VpcEndpointId: 'vpce-9' },
      ],
    });
    const { clients } = factory();
    const inventory = await new AwsInventoryReader(clients).readRegion(
      '111111111111',
      'us-east-1',
    );
    expect(inventory.allowedPrincipals).toEqual({
      'vpce-svc-1': [{ Principal: 'arn:aws:iam::222222222222:root' }],
      'vpce-svc-2': [],
    });
    expect(inventory.connections).toHaveLength(1);
    expect(
      ec2Mock.commandCalls(DescribeVpcEndpointConnectionsCommand),
    ).toHaveLength(1);
  });

  it('drops a service name EC2 no longer knows and describes the rest', async () => {
    ec2Mock.on(DescribeVpcEndpointsCommand).resolves({
      VpcEndpoints: [
        {
          VpcEndpointId: 'vpce-1',
          ServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-gone',
        },
        { VpcEndpointId: 'vpce-2', ServiceName: 'com.amazonaws.us-east-1.kms' },
      ],
    });
    ec2Mock.on(DescribeVpcEndpointServiceConfigurationsCommand).resolves({});
    ec2Mock
      .on(DescribeVpcEndpointServicesCommand, {
        ServiceNames: [
          'com.amazonaws.us-east-1.kms',
          'com.amazonaws.vpce.us-east-1.vpce-svc-gone',
        ],
      })
      .rejects(
        new EC2ServiceException({
          name: 'InvalidServiceName',
          $fault: 'client',
          $metadata: {},
          message:
            "The Vpc Endpoint Service 'com.amazonaws.vpce.us-east-1.vpce-svc-gone' does not exist",
        }),
      )
      .on(DescribeVpcEndpointServicesCommand, {
        ServiceNames: ['com.amazonaws.us-east-1.kms'],
      })
      .resolves({
        ServiceDetails: [
          { ServiceName: 'com.amazonaws.us-east-1.kms', Owner: 'amazon' },
        ],
      });
    const { clients } = factory();
    const inventory = await new AwsInventoryReader(clients).readRegion(
      '111111111111',
      'us-east-1',
    );
    expect(inventory.serviceDetails).toEqual([
      { ServiceName: 'com.amazonaws.us-east-1.kms', Owner: 'amazon' },
    ]);
  });

  it('fails the region when DescribeVpcs is denied: VPCs are the inventory, not enrichment', async () => {
    ec2Mock.on(DescribeVpcsCommand).rejects(denied('no ec2:DescribeVpcs'));
    const { clients } = factory();
    await expect(
      new AwsInventoryReader(clients).readRegion('111111111111', 'us-east-1'),
    ).rejects.toThrow('no ec2:DescribeVpcs');
  });

  it('fails the region when EC2 fails, so nothing partial is applied', async () => {
    ec2Mock.on(DescribeVpcEndpointsCommand).rejects(
      new EC2ServiceException({
        name: 'UnauthorizedOperation',
        $fault: 'client',
        $metadata: {},
        message: 'denied',
      }),
    );
    const { clients } = factory();
    await expect(
      new AwsInventoryReader(clients).readRegion('111111111111', 'us-east-1'),
    ).rejects.toThrow('denied');
  });

  it('leaves out enrichment AWS denies and reports it, and still reads the inventory', async () => {
    ec2Mock
      .on(DescribeVpcEndpointsCommand)
      .resolves({ VpcEndpoints: [endpoint(1)] });
    ec2Mock.on(DescribeVpcEndpointServiceConfigurationsCommand).resolves({
      ServiceConfigurations: [{ ServiceId: 'vpce-svc-1', ServiceName: 'n1' }],
    });
    ec2Mock
      .on(DescribeVpcEndpointServicePermissionsCommand)
      .resolves({ AllowedPrincipals: [] });
    ec2Mock
      .on(DescribeVpcEndpointConnectionsCommand)
      .rejects(
        denied(
          'You are not authorized to perform: ec2:DescribeVpcEndpointConnections',
        ),
      );
    ec2Mock
      .on(DescribeVpcEndpointServicesCommand)
      .resolves({ ServiceDetails: [] });
    ec2Mock
      .on(DescribeSecurityGroupsCommand)
      .rejects(denied('no ec2:DescribeSecurityGroups'));
    ec2Mock.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2Mock.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
    const { clients } = factory();
    const inventory = await new AwsInventoryReader(clients).readRegion(
      '111111111111',
      'us-east-1',
    );
    expect(inventory.vpcs).toEqual([
      { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' },
    ]);
    expect(inventory.vpcEndpoints).toHaveLength(1);
    expect(inventory.serviceConfigurations).toHaveLength(1);
    expect(inventory.connections).toBeUndefined();
    expect(inventory.securityGroups).toEqual([]);
    expect(inventory.omitted).toEqual([
      {
        api: 'DescribeVpcEndpointConnections',
        reason:
          'You are not authorized to perform: ec2:DescribeVpcEndpointConnections',
      },
      {
        api: 'DescribeSecurityGroups',
        reason: 'no ec2:DescribeSecurityGroups',
      },
    ]);
  });

  it('fails the region when an enrichment call fails for another reason than a denial', async () => {
    ec2Mock
      .on(DescribeVpcEndpointsCommand)
      .resolves({ VpcEndpoints: [endpoint(1)] });
    ec2Mock
      .on(DescribeVpcEndpointServiceConfigurationsCommand)
      .resolves({ ServiceConfigurations: [] });
    ec2Mock
      .on(DescribeVpcEndpointServicesCommand)
      .resolves({ ServiceDetails: [] });
    ec2Mock.on(DescribeSecurityGroupsCommand).rejects(
      new EC2ServiceException({
        name: 'RequestLimitExceeded',
        $fault: 'client',
        $metadata: {},
        message: 'slow down',
      }),
    );
    ec2Mock.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
    ec2Mock.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
    const { clients } = factory();
    await expect(
      new AwsInventoryReader(clients).readRegion('111111111111', 'us-east-1'),
    ).rejects.toThrow('slow down');
  });
});
