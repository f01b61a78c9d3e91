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
import {
  FILTER_VALUES_PER_CALL,
  PAGE_SIZE,
} from '../src/lib/AwsInventoryReader';
import { referencedIds, RegionInventory } from '../src/lib/inventory';

/** What EC2 would hold in one account and region of the synthetic fleet. */
export interface SyntheticCell {
  accountId: string;
  region: string;
  /** 5 VPCs per cell, as the endpoints reference them. */
  vpcs: Vpc[];
  endpoints: VpcEndpoint[];
  serviceConfigurations: ServiceConfiguration[];
  permissions: Record<string, AllowedPrincipal[]>;
  connections: VpcEndpointConnection[];
  serviceDetails: ServiceDetail[];
  securityGroups: SecurityGroup[];
  routeTables: RouteTable[];
  /** 3 subnets per VPC, one per AZ: endpoints share them, as they do in a real VPC. */
  subnets: Subnet[];
  networkInterfaces: NetworkInterface[];
}

/**
 * The fewest EC2 calls that return the data the inventory needs from a cell, counted from the
 * data, not from the calls the reader makes: pages of 1,000 for the lists, one permissions call
 * per provided service, 200 ids a call for the describes by id, and each subnet's AZ from the
 * fewer of DescribeSubnets by id and the region's whole subnet list.
 */
export function minimumEc2Calls(cell: SyntheticCell): number {
  const ids = referencedIds(cell.endpoints);
  const byId = (n: number) => Math.ceil(n / FILTER_VALUES_PER_CALL);
  const services = cell.serviceConfigurations.length;
  return (
    Math.max(1, Math.ceil(cell.vpcs.length / PAGE_SIZE)) +
    Math.max(1, Math.ceil(cell.endpoints.length / PAGE_SIZE)) +
    Math.max(1, Math.ceil(services / PAGE_SIZE)) +
    services +
    (services > 0
      ? Math.max(1, Math.ceil(cell.connections.length / PAGE_SIZE))
      : 0) +
    byId(ids.serviceNames.length) +
    byId(ids.securityGroupIds.length) +
    byId(ids.routeTableIds.length) +
    Math.min(
      byId(ids.subnetIds.length),
      Math.max(1, Math.ceil(cell.subnets.length / PAGE_SIZE)),
    )
  );
}

/** A cell as the reader would return it from EC2: the input of the mapping. */
export function cellInventory(cell: SyntheticCell): RegionInventory {
  return {
    accountId: cell.accountId,
    region: cell.region,
    vpcs: cell.vpcs,
    vpcEndpoints: cell.endpoints,
    serviceConfigurations: cell.serviceConfigurations,
    allowedPrincipals: cell.permissions,
    connections: cell.connections,
    serviceDetails: cell.serviceDetails,
    securityGroups: cell.securityGroups,
    routeTables: cell.routeTables,
    subnets: cell.subnets,
    networkInterfaces: [],
    omitted: [],
  };
}

const AWS_SERVICES = [
  'kms',
  'sts',
  'secretsmanager',
  'logs',
  'ssm',
  'ecr.api',
  'ecr.dkr',
  'sqs',
  'sns',
  'monitoring',
];

/**
 * A deterministic fleet: `accounts` accounts x `regions`, `perCell` endpoints each. Of every 10
 * endpoints, 8 are interface endpoints in 2 AZs (to AWS services and 5 vendor services), 1 is a
 * gateway endpoint, 1 a GWLB endpoint. 5 VPCs of 3 subnets (one per AZ), 25 security groups and
 * 4 route tables per cell; every
 * other cell provides 2 services with 20 consumer connections each.
 */
export function syntheticFleet(
  accounts: number,
  regions: string[],
  perCell: number,
): SyntheticCell[] {
  const cells: SyntheticCell[] = [];
  for (let a = 0; a < accounts; a++) {
    const accountId = String(100000000000 + a);
    for (const region of regions) {
      const cellIndex = cells.length;
      const hex = (n: number, width = 17) =>
        n.toString(16).padStart(width, '0');
      const vendorServices = Array.from(
        { length: 5 },
        (_, v) => `com.amazonaws.vpce.${region}.vpce-svc-${hex(0xabc00 + v)}`,
      );
      const securityGroups: SecurityGroup[] = Array.from(
        { length: 25 },
        (_, g) => ({
          GroupId: `sg-${hex(cellIndex * 1000 + g)}`,
          GroupName: `endpoints-${g}`,
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 443,
              ToPort: 443,
              IpRanges: [{ CidrIp: '10.0.0.0/8' }],
            },
          ],
        }),
      );
      const routeTables: RouteTable[] = Array.from({ length: 4 }, (_, r) => ({
        RouteTableId: `rtb-${hex(cellIndex * 1000 + r)}`,
        Associations: [
          { Main: r === 0, SubnetId: `subnet-${hex(cellIndex * 1000 + r)}` },
        ],
      }));
      const subnetPool: Subnet[] = Array.from({ length: 15 }, (_, n) => ({
        SubnetId: `subnet-${hex(cellIndex * 1000 + n)}`,
        VpcId: `vpc-${hex(cellIndex * 100 + Math.floor(n / 3))}`,
        AvailabilityZone: `${region}${'abc'[n % 3]}`,
      }));
      const endpoints: VpcEndpoint[] = [];
      const networkInterfaces: NetworkInterface[] = [];
      for (let e = 0; e < perCell; e++) {
        const id = `vpce-${hex(cellIndex * 1_000_000 + e)}`;
        const kind = e % 10;
        let type = 'Interface';
        if (kind === 8) type = 'Gateway';
        if (kind === 9) type = 'GatewayLoadBalancer';
        let serviceName = vendorServices[e % vendorServices.length];
        if (type === 'Gateway') serviceName = `com.amazonaws.${region}.s3`;
        else if (kind < 5)
          serviceName = `com.amazonaws.${region}.${
            AWS_SERVICES[e % AWS_SERVICES.length]
          }`;
        // Two of the three subnets of the endpoint's VPC.
        const vpc = e % 5;
        const inVpc = [vpc * 3 + (e % 3), vpc * 3 + ((e + 1) % 3)].map(
          n => subnetPool[n],
        );
        const subnets = type === 'Gateway' ? [] : inVpc.map(n => n.SubnetId!);
        const enis = subnets.map(
          (_, i) => `eni-${hex(cellIndex * 10_000_000 + e * 2 + i)}`,
        );
        subnets.forEach((subnetId, i) =>
          networkInterfaces.push({
            NetworkInterfaceId: enis[i],
            SubnetId: subnetId,
            AvailabilityZone: inVpc[i].AvailabilityZone,
          }),
        );
        endpoints.push({
          VpcEndpointId: id,
          VpcEndpointType: type as VpcEndpoint['VpcEndpointType'],
          VpcId: `vpc-${hex(cellIndex * 100 + vpc)}`,
          ServiceName: serviceName,
          // EC2 answers in camelCase ("available", "pendingAcceptance"), whatever the SDK's enum says.
          State: 'available' as VpcEndpoint['State'],
          PolicyDocument:
            type === 'GatewayLoadBalancer'
              ? undefined
              : '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}',
          RouteTableIds:
            type === 'Gateway' ? [routeTables[e % 4].RouteTableId!] : [],
          SubnetIds: subnets,
          Groups:
            type === 'Interface'
              ? [
                  {
                    GroupId: securityGroups[e % 25].GroupId,
                    GroupName: securityGroups[e % 25].GroupName,
                  },
                ]
              : [],
          PrivateDnsEnabled: type === 'Interface',
          NetworkInterfaceIds: enis,
          DnsEntries:
            type === 'Interface'
              ? [{ DnsName: `${id}.${serviceName}.vpce.amazonaws.com` }]
              : [],
          CreationTimestamp: new Date(Date.UTC(2025, 0, 1 + (e % 300))),
          Tags: [
            { Key: 'tenant', Value: `team-${e % 12}` },
            { Key: 'Name', Value: `endpoint-${e}` },
          ],
        });
      }
      const provides = cellIndex % 2 === 0;
      const serviceConfigurations: ServiceConfiguration[] = provides
        ? [0, 1].map(s => ({
            ServiceId: `vpce-svc-${hex(cellIndex * 10 + s)}`,
            ServiceName: `com.amazonaws.vpce.${region}.vpce-svc-${hex(
              cellIndex * 10 + s,
            )}`,
            ServiceType: [{ ServiceType: 'Interface' }],
            AcceptanceRequired: true,
            NetworkLoadBalancerArns: [
              `arn:aws:elasticloadbalancing:${region}:${accountId}:loadbalancer/net/svc-${s}/${hex(
                s,
                16,
              )}`,
            ],
            Tags: [{ Key: 'tenant', Value: 'platform' }],
          }))
        : [];
      const permissions = Object.fromEntries(
        serviceConfigurations.map(s => [
          s.ServiceId!,
          [{ Principal: 'arn:aws:iam::222222222222:root' }],
        ]),
      );
      const connections = serviceConfigurations.flatMap(s =>
        Array.from({ length: 20 }, (_, c) => ({
          ServiceId: s.ServiceId,
          VpcEndpointId: `vpce-${hex(0xfff00000 + cellIndex * 100 + c)}`,
          VpcEndpointOwner: String(100000000000 + (c % accounts)),
          VpcEndpointState:
            'available' as VpcEndpointConnection['VpcEndpointState'],
        })),
      );
      const names = [...new Set(endpoints.map(e => e.ServiceName!))].sort();
      const serviceDetails: ServiceDetail[] = names.map(n => ({
        ServiceName: n,
        ServiceId: `vpce-svc-${hex(n.length * 7919)}`,
        Owner: n.includes('.vpce.') ? '480000000001' : 'amazon',
        ServiceType: [{ ServiceType: 'Interface' }],
        AcceptanceRequired: n.includes('.vpce.'),
      }));
      const vpcs: Vpc[] = Array.from({ length: 5 }, (_, v) => ({
        VpcId: `vpc-${hex(cellIndex * 100 + v)}`,
        CidrBlock: `10.${v}.0.0/16`,
        State: 'available',
        IsDefault: false,
        Tags: [{ Key: 'tenant', Value: `team-${v}` }],
      }));
      cells.push({
        accountId,
        region,
        vpcs,
        endpoints,
        serviceConfigurations,
        permissions,
        connections,
        serviceDetails,
        securityGroups,
        routeTables,
        subnets: subnetPool,
        networkInterfaces,
      });
    }
  }
  return cells;
}
