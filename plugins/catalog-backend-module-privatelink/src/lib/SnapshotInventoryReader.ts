import type {
  AllowedPrincipal,
  DescribeNetworkInterfacesResult,
  DescribeRouteTablesResult,
  DescribeSecurityGroupsResult,
  DescribeVpcEndpointConnectionsResult,
  DescribeVpcEndpointServiceConfigurationsResult,
  DescribeVpcEndpointServicePermissionsResult,
  DescribeVpcEndpointServicesResult,
  DescribeVpcEndpointsResult,
} from '@aws-sdk/client-ec2';
import { SnapshotReader } from '@internal/plugin-privatelink-node';
import { InventoryReader, RegionInventory } from './inventory';

/**
 * Reads one account and region from a folder of AWS CLI exports (see the package README for the
 * commands that write it). `describe-vpc-endpoints.json` must exist for every region folder: a
 * region without it is an error, not an empty region, so a half-copied snapshot never deletes
 * entities. The other files are optional and default to empty.
 */
export class SnapshotInventoryReader implements InventoryReader {
  constructor(private readonly snapshot: SnapshotReader) {}

  async readRegion(accountId: string, region: string): Promise<RegionInventory> {
    const read = <T>(command: string, id?: string) =>
      this.snapshot.read<T>(accountId, region, command, id);

    const endpoints = await read<DescribeVpcEndpointsResult>('describe-vpc-endpoints');
    if (!endpoints) {
      throw new Error(
        `Snapshot ${this.snapshot.root}/${accountId}/${region} has no describe-vpc-endpoints.json`,
      );
    }
    const configurations = await read<DescribeVpcEndpointServiceConfigurationsResult>(
      'describe-vpc-endpoint-service-configurations',
    );
    const serviceConfigurations = configurations?.ServiceConfigurations ?? [];
    const allowedPrincipals: Record<string, AllowedPrincipal[]> = {};
    for (const service of serviceConfigurations) {
      if (!service.ServiceId) continue;
      const permissions = await read<DescribeVpcEndpointServicePermissionsResult>(
        'describe-vpc-endpoint-service-permissions',
        service.ServiceId,
      );
      allowedPrincipals[service.ServiceId] = permissions?.AllowedPrincipals ?? [];
    }
    const [connections, services, groups, routeTables, interfaces] = await Promise.all([
      read<DescribeVpcEndpointConnectionsResult>('describe-vpc-endpoint-connections'),
      read<DescribeVpcEndpointServicesResult>('describe-vpc-endpoint-services'),
      read<DescribeSecurityGroupsResult>('describe-security-groups'),
      read<DescribeRouteTablesResult>('describe-route-tables'),
      read<DescribeNetworkInterfacesResult>('describe-network-interfaces'),
    ]);
    return {
      accountId,
      region,
      vpcEndpoints: endpoints.VpcEndpoints ?? [],
      serviceConfigurations,
      allowedPrincipals,
      connections: connections?.VpcEndpointConnections ?? [],
      serviceDetails: services?.ServiceDetails ?? [],
      securityGroups: groups?.SecurityGroups ?? [],
      routeTables: routeTables?.RouteTables ?? [],
      networkInterfaces: interfaces?.NetworkInterfaces ?? [],
    };
  }
}
