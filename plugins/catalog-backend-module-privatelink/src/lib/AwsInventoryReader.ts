import {
  AllowedPrincipal,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointServicesCommand,
  EC2Client,
  Filter,
  paginateDescribeVpcEndpointConnections,
  paginateDescribeVpcEndpointServiceConfigurations,
  paginateDescribeVpcEndpointServicePermissions,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs,
  ServiceDetail,
} from '@aws-sdk/client-ec2';
import { AwsAccessService } from '@privatelink-portal/plugin-privatelink-node';
import { InventoryReader, referencedIds, RegionInventory } from './inventory';

/** EC2 accepts at most 200 values in one filter. */
export const FILTER_VALUES_PER_CALL = 200;
/** The largest page EC2's Describe* calls return. */
export const PAGE_SIZE = 1000;

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size)
    chunks.push(items.slice(i, i + size));
  return chunks;
}

async function collect<P, T>(
  pages: AsyncIterable<P>,
  pick: (page: P) => T[] | undefined,
): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) items.push(...(pick(page) ?? []));
  return items;
}

/**
 * Describes by filter in batches of 200 values. Filters, unlike id lists, do not fail the whole
 * call when one id no longer exists (a deleted security group, another account's).
 */
async function describeByFilter<T>(
  ids: string[],
  describe: (filter: Filter) => Promise<T[] | undefined>,
  filterName: string,
): Promise<T[]> {
  const results: T[] = [];
  for (const batch of chunk(ids, FILTER_VALUES_PER_CALL)) {
    results.push(
      ...((await describe({ Name: filterName, Values: batch })) ?? []),
    );
  }
  return results;
}

/** Error codes with which AWS says the role may not make a call. */
const DENIED = new Set([
  'UnauthorizedOperation',
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedAccess',
]);

/** Whether an SDK error says the call is not allowed, rather than failed. */
export function isAccessDenied(error: unknown): boolean {
  return DENIED.has(String((error as { name?: string } | undefined)?.name));
}

/**
 * Reads one account and region through the EC2 API with the SDK's paginators, at pages of 1,000.
 * The calls per region are: DescribeVpcs, DescribeVpcEndpoints and DescribeVpcEndpointServiceConfigurations
 * (pages of 1,000), DescribeVpcEndpointServicePermissions (one per provided service) and
 * DescribeVpcEndpointConnections (only when the account provides services), then
 * DescribeVpcEndpointServices (by name), DescribeSecurityGroups, DescribeRouteTables and
 * DescribeSubnets (for each subnet's AZ) for just the names and ids the endpoints reference, 200
 * to a call. Nothing is called per endpoint, nor per network interface.
 *
 * DescribeVpcs, DescribeVpcEndpoints and DescribeVpcEndpointServiceConfigurations define the inventory: any
 * failure of theirs fails the region. The other calls enrich it: when AWS denies one (the role
 * lacks that permission) it is reported in `omitted` and left out, and the inventory still
 * refreshes; any other failure (throttling, network) fails the region, so that a passing fault
 * never strips details from entities.
 */
export class AwsInventoryReader implements InventoryReader {
  constructor(private readonly aws: AwsAccessService) {}

  async readRegion(
    accountId: string,
    region: string,
  ): Promise<RegionInventory> {
    const { ec2 } = await this.aws.forAccount(accountId, region);
    const client = { client: ec2, pageSize: PAGE_SIZE };
    const omitted: RegionInventory['omitted'] = [];
    async function enrich<T>(
      api: string,
      read: () => Promise<T>,
    ): Promise<T | undefined> {
      try {
        return await read();
      } catch (error) {
        if (!isAccessDenied(error)) throw error;
        omitted.push({ api, reason: (error as Error).message });
        return undefined;
      }
    }

    const vpcs = await collect(paginateDescribeVpcs(client, {}), p => p.Vpcs);
    const vpcEndpoints = await collect(
      paginateDescribeVpcEndpoints(client, {}),
      p => p.VpcEndpoints,
    );
    const serviceConfigurations = await collect(
      paginateDescribeVpcEndpointServiceConfigurations(client, {}),
      p => p.ServiceConfigurations,
    );
    const allowedPrincipals: Record<string, AllowedPrincipal[]> = {};
    for (const service of serviceConfigurations) {
      if (!service.ServiceId) continue;
      const principals = await enrich(
        'DescribeVpcEndpointServicePermissions',
        () =>
          collect(
            paginateDescribeVpcEndpointServicePermissions(client, {
              ServiceId: service.ServiceId,
            }),
            p => p.AllowedPrincipals,
          ),
      );
      if (!principals) break; // denied for one service is denied for all
      allowedPrincipals[service.ServiceId] = principals;
    }
    const connections =
      serviceConfigurations.length > 0
        ? await enrich('DescribeVpcEndpointConnections', () =>
            collect(
              paginateDescribeVpcEndpointConnections(client, {}),
              p => p.VpcEndpointConnections,
            ),
          )
        : [];

    const ids = referencedIds(vpcEndpoints);
    const [serviceDetails, securityGroups, routeTables, subnets] =
      await Promise.all([
        enrich('DescribeVpcEndpointServices', () =>
          this.describeServices(ec2, ids.serviceNames),
        ),
        enrich('DescribeSecurityGroups', () =>
          describeByFilter(
            ids.securityGroupIds,
            async f =>
              (
                await ec2.send(
                  new DescribeSecurityGroupsCommand({ Filters: [f] }),
                )
              ).SecurityGroups,
            'group-id',
          ),
        ),
        enrich('DescribeRouteTables', () =>
          describeByFilter(
            ids.routeTableIds,
            async f =>
              (
                await ec2.send(new DescribeRouteTablesCommand({ Filters: [f] }))
              ).RouteTables,
            'route-table-id',
          ),
        ),
        enrich('DescribeSubnets', () =>
          describeByFilter(
            ids.subnetIds,
            async f =>
              (
                await ec2.send(new DescribeSubnetsCommand({ Filters: [f] }))
              ).Subnets,
            'subnet-id',
          ),
        ),
      ]);

    return {
      accountId,
      region,
      vpcs,
      vpcEndpoints,
      serviceConfigurations,
      allowedPrincipals,
      connections,
      serviceDetails: serviceDetails ?? [],
      securityGroups: securityGroups ?? [],
      routeTables: routeTables ?? [],
      subnets: subnets ?? [],
      networkInterfaces: [],
      omitted,
    };
  }

  /**
   * DescribeVpcEndpointServices for the names the endpoints use. EC2 fails the whole call with
   * InvalidServiceName when one name is gone (a deleted or de-listed vendor service): that name is
   * dropped and the call repeated, so one vanished service costs one extra call, not the account.
   */
  private async describeServices(
    ec2: EC2Client,
    serviceNames: string[],
  ): Promise<ServiceDetail[]> {
    const details: ServiceDetail[] = [];
    for (const batch of chunk(serviceNames, FILTER_VALUES_PER_CALL)) {
      let names = batch;
      let NextToken: string | undefined;
      while (names.length > 0) {
        try {
          const page = await ec2.send(
            new DescribeVpcEndpointServicesCommand({
              ServiceNames: names,
              NextToken,
            }),
          );
          details.push(...(page.ServiceDetails ?? []));
          NextToken = page.NextToken;
          if (!NextToken) break;
        } catch (error) {
          const missing = invalidServiceName(error, names);
          if (!missing) throw error;
          names = names.filter(n => n !== missing);
          NextToken = undefined;
        }
      }
    }
    return details;
  }
}

/** The service name an InvalidServiceName error is about, when it is one of `names`. */
export function invalidServiceName(
  error: unknown,
  names: string[],
): string | undefined {
  const { name, message } = (error ?? {}) as {
    name?: string;
    message?: string;
  };
  if (name !== 'InvalidServiceName' || !message) return undefined;
  return names.find(n => message.includes(n));
}
