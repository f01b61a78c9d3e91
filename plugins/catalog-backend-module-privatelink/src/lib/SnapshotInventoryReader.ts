import type {
  AllowedPrincipal,
  DescribeNetworkInterfacesResult,
  DescribeRouteTablesResult,
  DescribeSecurityGroupsResult,
  DescribeSubnetsResult,
  DescribeVpcEndpointConnectionsResult,
  DescribeVpcEndpointServiceConfigurationsResult,
  DescribeVpcEndpointServicePermissionsResult,
  DescribeVpcEndpointServicesResult,
  DescribeVpcEndpointsResult,
  DescribeVpcsResult,
} from '@aws-sdk/client-ec2';
import { SnapshotReader } from '@privatelink-portal/plugin-privatelink-node';
import { InventoryReader, RegionInventory } from './inventory';

/**
 * Reads one account and region from a folder of AWS CLI exports (see the package README for the
 * commands that write it).
 *
 * Every file the region's inventory needs must be there: a half-copied export is refused naming
 * the missing file, so it never deletes entities (a missing service-configurations file would
 * otherwise make the account's provided services vanish). The per-service permission files and
 * the connections file are needed only when the account provides services; of
 * `describe-subnets.json` and `describe-network-interfaces.json` (AZs), one is enough. Each file
 * must have the shape the AWS CLI prints.
 */
export class SnapshotInventoryReader implements InventoryReader {
  constructor(private readonly snapshot: SnapshotReader) {}

  async readRegion(
    accountId: string,
    region: string,
  ): Promise<RegionInventory> {
    const read = <T>(command: string, listKey: string, id?: string) =>
      this.snapshot.read<T>(accountId, region, command, {
        id,
        listKey,
        required: true,
      }) as Promise<T>;

    const vpcs = await read<DescribeVpcsResult>('describe-vpcs', 'Vpcs');
    const endpoints = await read<DescribeVpcEndpointsResult>(
      'describe-vpc-endpoints',
      'VpcEndpoints',
    );
    const configurations =
      await read<DescribeVpcEndpointServiceConfigurationsResult>(
        'describe-vpc-endpoint-service-configurations',
        'ServiceConfigurations',
      );
    const serviceConfigurations = configurations.ServiceConfigurations ?? [];
    const allowedPrincipals: Record<string, AllowedPrincipal[]> = {};
    for (const service of serviceConfigurations) {
      if (!service.ServiceId) continue;
      const permissions =
        await read<DescribeVpcEndpointServicePermissionsResult>(
          'describe-vpc-endpoint-service-permissions',
          'AllowedPrincipals',
          service.ServiceId,
        );
      allowedPrincipals[service.ServiceId] =
        permissions.AllowedPrincipals ?? [];
    }
    const [connections, services, groups, routeTables, subnets, interfaces] =
      await Promise.all([
        serviceConfigurations.length > 0
          ? read<DescribeVpcEndpointConnectionsResult>(
              'describe-vpc-endpoint-connections',
              'VpcEndpointConnections',
            )
          : Promise.resolve({ VpcEndpointConnections: [] }),
        read<DescribeVpcEndpointServicesResult>(
          'describe-vpc-endpoint-services',
          'ServiceDetails',
        ),
        read<DescribeSecurityGroupsResult>(
          'describe-security-groups',
          'SecurityGroups',
        ),
        read<DescribeRouteTablesResult>('describe-route-tables', 'RouteTables'),
        this.snapshot.read<DescribeSubnetsResult>(
          accountId,
          region,
          'describe-subnets',
          { listKey: 'Subnets' },
        ),
        this.snapshot.read<DescribeNetworkInterfacesResult>(
          accountId,
          region,
          'describe-network-interfaces',
          {
            listKey: 'NetworkInterfaces',
          },
        ),
      ]);
    // Either file places the endpoints in their AZs (older exports have only the interfaces).
    if (!subnets && !interfaces) {
      await read<DescribeSubnetsResult>('describe-subnets', 'Subnets');
    }
    return {
      accountId,
      region,
      vpcs: vpcs.Vpcs ?? [],
      vpcEndpoints: endpoints.VpcEndpoints ?? [],
      serviceConfigurations,
      allowedPrincipals,
      connections: connections.VpcEndpointConnections ?? [],
      serviceDetails: services.ServiceDetails ?? [],
      securityGroups: groups.SecurityGroups ?? [],
      routeTables: routeTables.RouteTables ?? [],
      subnets: subnets?.Subnets ?? [],
      networkInterfaces: interfaces?.NetworkInterfaces ?? [],
      omitted: [],
    };
  }
}
