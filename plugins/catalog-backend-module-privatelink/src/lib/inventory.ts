import type {
  AllowedPrincipal,
  NetworkInterface,
  RouteTable,
  SecurityGroup,
  ServiceConfiguration,
  Subnet,
  ServiceDetail,
  Vpc,
  VpcEndpoint,
  VpcEndpointConnection,
} from '@aws-sdk/client-ec2';

/**
 * Everything the EC2 API says about PrivateLink in one account and region, as the SDK returns it
 * (or as the AWS CLI exported it: the same shapes, with dates as ISO text).
 */
export interface RegionInventory {
  accountId: string;
  region: string;
  /** DescribeVpcs: every VPC, with or without endpoints (the free gateway endpoints rule needs them all). */
  vpcs: Vpc[];
  /** DescribeVpcEndpoints. */
  vpcEndpoints: VpcEndpoint[];
  /** DescribeVpcEndpointServiceConfigurations: the services this account provides. */
  serviceConfigurations: ServiceConfiguration[];
  /** DescribeVpcEndpointServicePermissions, by service id; a service is missing when denied. */
  allowedPrincipals: Record<string, AllowedPrincipal[]>;
  /**
   * DescribeVpcEndpointConnections: consumers of the services this account provides; undefined
   * when AWS denied the call.
   */
  connections: VpcEndpointConnection[] | undefined;
  /** DescribeVpcEndpointServices, for the services this account's endpoints consume. */
  serviceDetails: ServiceDetail[];
  /** DescribeSecurityGroups, for the groups endpoints reference. */
  securityGroups: SecurityGroup[];
  /** DescribeRouteTables, for the route tables gateway endpoints reference. */
  routeTables: RouteTable[];
  /** DescribeSubnets, for the subnets endpoints are in (gives each one's AZ). */
  subnets: Subnet[];
  /**
   * DescribeNetworkInterfaces of the interfaces endpoints own, when a snapshot has them (gives
   * which interface is in which subnet); AWS is not asked, for it costs a call per 200 interfaces
   * where the subnets cost one per 200 subnets.
   */
  networkInterfaces: NetworkInterface[];
  /**
   * Enrichment AWS denied (the role lacks that one permission): left out of the entities and
   * reported, while the inventory itself still refreshes.
   */
  omitted: Array<{ api: string; reason: string }>;
}

/** Reads the inventory of one account and region, from AWS or from a snapshot. */
export interface InventoryReader {
  readRegion(accountId: string, region: string): Promise<RegionInventory>;
}

/** The ids an inventory's endpoints reference, to describe in batches. */
export function referencedIds(vpcEndpoints: VpcEndpoint[]) {
  const securityGroupIds = new Set<string>();
  const routeTableIds = new Set<string>();
  const networkInterfaceIds = new Set<string>();
  const subnetIds = new Set<string>();
  const serviceNames = new Set<string>();
  for (const endpoint of vpcEndpoints) {
    endpoint.Groups?.forEach(g => g.GroupId && securityGroupIds.add(g.GroupId));
    endpoint.RouteTableIds?.forEach(id => routeTableIds.add(id));
    endpoint.NetworkInterfaceIds?.forEach(id => networkInterfaceIds.add(id));
    endpoint.SubnetIds?.forEach(id => subnetIds.add(id));
    if (endpoint.ServiceName) serviceNames.add(endpoint.ServiceName);
  }
  return {
    securityGroupIds: [...securityGroupIds].sort(),
    routeTableIds: [...routeTableIds].sort(),
    networkInterfaceIds: [...networkInterfaceIds].sort(),
    subnetIds: [...subnetIds].sort(),
    serviceNames: [...serviceNames].sort(),
  };
}
