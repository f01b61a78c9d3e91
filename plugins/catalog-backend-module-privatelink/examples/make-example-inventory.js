#!/usr/bin/env node
/*
 * Writes the example inventory (./inventory) the portal ingests when no AWS account is
 * configured: AWS CLI JSON exports for two accounts in two regions, laid out as
 * <accountId>/<region>/<command>.json, the same as `aws ec2 <command> --output json` prints.
 *
 * Tenants: payments, data-platform, identity (and platform as the default owner).
 * Vendors: Snowflake, Databricks, Datadog. Account 111111111111 provides two services (an NLB
 * one with consumers in 222222222222 and in 333333333333, outside the inventory, and a GWLB one).
 * Deliberate problems for the checks: a single-AZ endpoint, a security group open to the world,
 * a full-access policy, an S3 gateway policy that allows writes, an endpoint pending acceptance,
 * a rejected one to an unmapped vendor, a VPC without free gateway endpoints, an untagged endpoint.
 *
 * Run: node make-example-inventory.js   (it rewrites ./inventory)
 */
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, 'inventory');
const A = '111111111111';
const B = '222222222222';
const OUTSIDE = '333333333333';
const svc = {
  snowflakeUse1: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
  databricksUse1: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60002',
  databricksEuw1: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0a5f1c2e3d4b60003',
  datadogUse1: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60004',
  unmappedUse1: 'com.amazonaws.vpce.us-east-1.vpce-svc-0d7e8f9a0b1c20005',
  ledger: 'com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60101',
  inspection: 'com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60102',
};
const vendorOwner = {
  [svc.snowflakeUse1]: '480000000001',
  [svc.databricksUse1]: '480000000002',
  [svc.databricksEuw1]: '480000000002',
  [svc.datadogUse1]: '480000000003',
  [svc.unmappedUse1]: '480000000009',
  [svc.ledger]: A,
  [svc.inspection]: A,
};
const exportedAt = new Date('2026-11-20T00:00:00Z');
const daysAgo = d =>
  new Date(exportedAt.getTime() - d * 86400000)
    .toISOString()
    .replace('.000Z', '+00:00');
const tags = obj => Object.entries(obj).map(([Key, Value]) => ({ Key, Value }));
const fullAccess = JSON.stringify({
  Version: '2008-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
});

function azs(region, n) {
  return ['a', 'b', 'c'].slice(0, n).map(s => `${region}${s}`);
}

/** One interface or GWLB endpoint, its subnets, network interfaces and DNS entries. */
function iface({
  id,
  region,
  vpc,
  service,
  zones,
  sg: groups,
  tag,
  dns = true,
  state = 'available',
  age,
  policy,
  type = 'Interface',
}) {
  const subnets = azs(region, zones).map((az, i) => ({
    az,
    subnet: `subnet-0${id.slice(-6)}${i}aa`,
    eni: `eni-0${id.slice(-6)}${i}bb`,
    ip: `10.${region === 'us-east-1' ? 1 : 2}.${i}.${
      10 + Number(id.slice(-2))
    }`,
  }));
  const host = service.startsWith('com.amazonaws.vpce.')
    ? `${service.split('.').pop()}.${region}.vpce.amazonaws.com`
    : `${service.split('.').pop()}.${region}.vpce.amazonaws.com`;
  return {
    endpoint: {
      VpcEndpointId: id,
      VpcEndpointType: type,
      VpcId: vpc,
      ServiceName: service,
      State: state,
      ...(type === 'Interface' ? { PolicyDocument: policy ?? fullAccess } : {}),
      RouteTableIds: [],
      SubnetIds: subnets.map(s => s.subnet),
      Groups:
        type === 'Interface'
          ? groups.map(g => ({ GroupId: g.GroupId, GroupName: g.GroupName }))
          : [],
      IpAddressType: 'ipv4',
      DnsOptions: { DnsRecordIpType: 'ipv4' },
      PrivateDnsEnabled: type === 'Interface' ? dns : false,
      RequesterManaged: false,
      NetworkInterfaceIds: subnets.map(s => s.eni),
      DnsEntries:
        type === 'Interface'
          ? [
              {
                DnsName: `${id}-x1y2z3.${host}`,
                HostedZoneId: 'Z7HUB22UULQXV',
              },
              ...subnets.map(s => ({
                DnsName: `${id}-x1y2z3-${s.az}.${host}`,
                HostedZoneId: 'Z7HUB22UULQXV',
              })),
            ]
          : [],
      CreationTimestamp: daysAgo(age),
      Tags: tags(tag),
      OwnerId: id.startsWith('vpce-0a') ? A : B,
    },
    interfaces: subnets.map(s => ({
      AvailabilityZone: s.az,
      Description: `VPC Endpoint Interface ${id}`,
      Groups:
        type === 'Interface'
          ? groups.map(g => ({ GroupId: g.GroupId, GroupName: g.GroupName }))
          : [],
      InterfaceType:
        type === 'Interface'
          ? 'vpc_endpoint'
          : 'gateway_load_balancer_endpoint',
      NetworkInterfaceId: s.eni,
      PrivateIpAddress: s.ip,
      RequesterManaged: true,
      Status: 'in-use',
      SubnetId: s.subnet,
      VpcId: vpc,
    })),
  };
}

function gateway({ id, vpc, service, routeTables, tag, age, policy }) {
  return {
    endpoint: {
      VpcEndpointId: id,
      VpcEndpointType: 'Gateway',
      VpcId: vpc,
      ServiceName: service,
      State: 'available',
      PolicyDocument: policy ?? fullAccess,
      RouteTableIds: routeTables,
      SubnetIds: [],
      Groups: [],
      PrivateDnsEnabled: false,
      RequesterManaged: false,
      NetworkInterfaceIds: [],
      DnsEntries: [],
      CreationTimestamp: daysAgo(age),
      Tags: tags(tag),
      OwnerId: id.startsWith('vpce-0a') ? A : B,
    },
    interfaces: [],
  };
}

function sg(id, name, vpc, rules) {
  return {
    GroupId: id,
    GroupName: name,
    Description: name,
    VpcId: vpc,
    OwnerId: vpc.startsWith('vpc-0a') ? A : B,
    IpPermissions: rules.map(([proto, from, to, cidr]) => ({
      IpProtocol: proto,
      ...(proto === '-1' ? {} : { FromPort: from, ToPort: to }),
      IpRanges: [{ CidrIp: cidr }],
      Ipv6Ranges: [],
      PrefixListIds: [],
      UserIdGroupPairs: [],
    })),
    IpPermissionsEgress: [],
  };
}

function routeTable(id, vpc, subnets, main = false) {
  return {
    RouteTableId: id,
    VpcId: vpc,
    Associations: [
      ...(main
        ? [
            {
              Main: true,
              RouteTableAssociationId: `rtbassoc-0${id.slice(-8)}m`,
              RouteTableId: id,
            },
          ]
        : []),
      ...subnets.map((s, i) => ({
        Main: false,
        RouteTableAssociationId: `rtbassoc-0${id.slice(-8)}${i}`,
        RouteTableId: id,
        SubnetId: s,
      })),
    ],
    Routes: [
      {
        DestinationCidrBlock: '10.0.0.0/8',
        GatewayId: 'local',
        Origin: 'CreateRouteTable',
        State: 'active',
      },
    ],
  };
}

function serviceTypes(name, gatewayCapable) {
  if (name === svc.inspection) return [{ ServiceType: 'GatewayLoadBalancer' }];
  if (gatewayCapable)
    return [{ ServiceType: 'Interface' }, { ServiceType: 'Gateway' }];
  return [{ ServiceType: 'Interface' }];
}

function serviceDetail(name, region) {
  const aws = !name.startsWith('com.amazonaws.vpce.');
  const gatewayCapable = /\.(s3|dynamodb)$/.test(name);
  return {
    ServiceName: name,
    ServiceId: aws
      ? `vpce-svc-0${Buffer.from(name).toString('hex').slice(-16)}`
      : name.split('.').pop(),
    ServiceType: serviceTypes(name, gatewayCapable),
    AvailabilityZones: azs(region, 3),
    Owner: aws ? 'amazon' : vendorOwner[name],
    BaseEndpointDnsNames: [
      `${name.split('.').pop()}.${region}.vpce.amazonaws.com`,
    ],
    ...(aws && !gatewayCapable
      ? { PrivateDnsName: `${name.split('.').pop()}.${region}.amazonaws.com` }
      : {}),
    VpcEndpointPolicySupported: aws,
    AcceptanceRequired: !aws,
    ManagesVpcEndpoints: false,
    Tags: [],
  };
}

const tight = vpc =>
  sg('sg-0a1c2e3f4a5b60011', 'endpoints-https-from-vpc', vpc, [
    ['tcp', 443, 443, '10.1.0.0/16'],
  ]);
const vpcA1 = 'vpc-0a1b2c3d4e5f60011';
const vpcA2 = 'vpc-0a1b2c3d4e5f60012';
const vpcB1 = 'vpc-0b1c2d3e4f5a60021';
const vpcB2 = 'vpc-0b1c2d3e4f5a60022';
/** A VPC as DescribeVpcs prints it. */
const vpc = (id, cidr, tag) => ({
  CidrBlock: cidr,
  DhcpOptionsId: 'dopt-0a1b2c3d',
  State: 'available',
  VpcId: id,
  OwnerId: id.startsWith('vpc-0a') ? A : B,
  InstanceTenancy: 'default',
  CidrBlockAssociationSet: [
    {
      AssociationId: `vpc-cidr-assoc-${id.slice(4, 12)}`,
      CidrBlock: cidr,
      CidrBlockState: { State: 'associated' },
    },
  ],
  IsDefault: false,
  Tags: tags(tag),
});
const open = sg('sg-0a1c2e3f4a5b60012', 'observability-open', vpcA1, [
  ['-1', 0, 0, '0.0.0.0/0'],
]);
const tightA = tight(vpcA1);
const tightA2 = sg('sg-0a1c2e3f4a5b60013', 'endpoints-https-from-vpc', vpcA2, [
  ['tcp', 443, 443, '10.2.0.0/16'],
]);
const tightB = sg('sg-0b1c2e3f4a5b60021', 'endpoints-https-from-vpc', vpcB1, [
  ['tcp', 443, 443, '10.3.0.0/16'],
]);
const ledgerB = sg('sg-0b1c2e3f4a5b60022', 'ledger-client', vpcB1, [
  ['tcp', 8443, 8443, '10.3.0.0/16'],
]);
const tightB2 = sg('sg-0b1c2e3f4a5b60023', 'endpoints-https-from-vpc', vpcB2, [
  ['tcp', 443, 443, '10.4.0.0/16'],
]);
const readOnlyS3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: '*',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [
        'arn:aws:s3:::payments-statements',
        'arn:aws:s3:::payments-statements/*',
      ],
    },
  ],
});
const writeS3 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: '*',
      Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      Resource: '*',
    },
  ],
});
const smPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${A}:root` },
      Action: ['secretsmanager:GetSecretValue'],
      Resource: '*',
    },
  ],
});

const cells = {
  [`${A}/us-east-1`]: {
    items: [
      iface({
        id: 'vpce-0a00000000000a001',
        region: 'us-east-1',
        vpc: vpcA1,
        service: svc.snowflakeUse1,
        zones: 2,
        sg: [tightA],
        tag: { Name: 'payments-snowflake', tenant: 'payments' },
        age: 420,
        policy: undefined,
      }),
      gateway({
        id: 'vpce-0a00000000000a002',
        region: 'us-east-1',
        vpc: vpcA1,
        service: 'com.amazonaws.us-east-1.s3',
        routeTables: ['rtb-0a1b2c3d4e5f60011', 'rtb-0a1b2c3d4e5f60012'],
        tag: { Name: 'payments-s3', tenant: 'payments' },
        age: 700,
        policy: readOnlyS3,
      }),
      iface({
        id: 'vpce-0a00000000000a003',
        region: 'us-east-1',
        vpc: vpcA1,
        service: svc.datadogUse1,
        zones: 1,
        sg: [open],
        tag: { Name: 'identity-datadog', Team: 'identity' },
        age: 95,
      }),
      iface({
        id: 'vpce-0a00000000000a004',
        region: 'us-east-1',
        vpc: vpcA1,
        service: 'com.amazonaws.us-east-1.secretsmanager',
        zones: 3,
        sg: [tightA],
        tag: { Name: 'payments-secrets', tenant: 'payments' },
        age: 300,
        policy: smPolicy,
      }),
      iface({
        id: 'vpce-0a00000000000a005',
        region: 'us-east-1',
        vpc: vpcA1,
        service: 'com.amazonaws.us-east-1.sts',
        zones: 2,
        sg: [tightA],
        tag: {},
        age: 800,
      }),
      iface({
        id: 'vpce-0a00000000000a006',
        region: 'us-east-1',
        vpc: vpcA1,
        service: 'com.amazonaws.us-east-1.kms',
        zones: 2,
        sg: [tightA],
        tag: { Name: 'payments-kms', tenant: 'payments' },
        age: 200,
      }),
    ],
    // payments-sandbox has no endpoint at all, and so no free gateway endpoints either.
    vpcs: [
      vpc(vpcA1, '10.1.0.0/16', { Name: 'payments-prod', tenant: 'payments' }),
      vpc('vpc-0a1b2c3d4e5f60013', '10.5.0.0/16', {
        Name: 'payments-sandbox',
        tenant: 'payments',
      }),
    ],
    groups: [tightA, open],
    routeTables: [
      routeTable(
        'rtb-0a1b2c3d4e5f60011',
        vpcA1,
        ['subnet-0a1b2c3d4e5f6a101'],
        true,
      ),
      routeTable('rtb-0a1b2c3d4e5f60012', vpcA1, ['subnet-0a1b2c3d4e5f6a102']),
    ],
    provided: [
      {
        config: {
          ServiceType: [{ ServiceType: 'Interface' }],
          ServiceId: 'vpce-svc-0b1d2f3a4c5e60101',
          ServiceName: svc.ledger,
          ServiceState: 'Available',
          AvailabilityZones: azs('us-east-1', 2),
          AcceptanceRequired: true,
          ManagesVpcEndpoints: false,
          NetworkLoadBalancerArns: [
            `arn:aws:elasticloadbalancing:us-east-1:${A}:loadbalancer/net/ledger-api/50dc6c495c0c9188`,
          ],
          SupportedIpAddressTypes: ['ipv4'],
          BaseEndpointDnsNames: [
            'vpce-svc-0b1d2f3a4c5e60101.us-east-1.vpce.amazonaws.com',
          ],
          PrivateDnsName: 'ledger.payments.example.com',
          PrivateDnsNameConfiguration: {
            State: 'verified',
            Type: 'TXT',
            Value: 'vpce:abc',
            Name: '_abc',
          },
          Tags: tags({ Name: 'ledger-api', tenant: 'payments' }),
        },
        principals: [`arn:aws:iam::${B}:root`, `arn:aws:iam::${OUTSIDE}:root`],
      },
      {
        config: {
          ServiceType: [{ ServiceType: 'GatewayLoadBalancer' }],
          ServiceId: 'vpce-svc-0b1d2f3a4c5e60102',
          ServiceName: svc.inspection,
          ServiceState: 'Available',
          AvailabilityZones: azs('us-east-1', 2),
          AcceptanceRequired: false,
          ManagesVpcEndpoints: false,
          GatewayLoadBalancerArns: [
            `arn:aws:elasticloadbalancing:us-east-1:${A}:loadbalancer/gwy/inspection/7a8b9c0d1e2f3a4b`,
          ],
          SupportedIpAddressTypes: ['ipv4'],
          BaseEndpointDnsNames: [],
          Tags: tags({ Name: 'network-inspection' }),
        },
        principals: ['*'],
      },
    ],
    connections: [
      {
        ServiceId: 'vpce-svc-0b1d2f3a4c5e60101',
        VpcEndpointId: 'vpce-0b00000000000b001',
        VpcEndpointOwner: B,
        VpcEndpointState: 'available',
        CreationTimestamp: daysAgo(150),
      },
      {
        ServiceId: 'vpce-svc-0b1d2f3a4c5e60101',
        VpcEndpointId: 'vpce-0c00000000000c001',
        VpcEndpointOwner: OUTSIDE,
        VpcEndpointState: 'available',
        CreationTimestamp: daysAgo(60),
      },
      {
        ServiceId: 'vpce-svc-0b1d2f3a4c5e60102',
        VpcEndpointId: 'vpce-0b00000000000b003',
        VpcEndpointOwner: B,
        VpcEndpointState: 'available',
        CreationTimestamp: daysAgo(240),
      },
    ],
  },
  [`${A}/eu-west-1`]: {
    items: [
      iface({
        id: 'vpce-0a00000000000a008',
        region: 'eu-west-1',
        vpc: vpcA2,
        service: svc.databricksEuw1,
        zones: 2,
        sg: [tightA2],
        tag: { Name: 'data-databricks-eu', tenant: 'data-platform' },
        age: 120,
      }),
      gateway({
        id: 'vpce-0a00000000000a009',
        region: 'eu-west-1',
        vpc: vpcA2,
        service: 'com.amazonaws.eu-west-1.dynamodb',
        routeTables: ['rtb-0a1b2c3d4e5f60021'],
        tag: { Name: 'payments-dynamodb-eu', tenant: 'payments' },
        age: 500,
      }),
      gateway({
        id: 'vpce-0a00000000000a010',
        region: 'eu-west-1',
        vpc: vpcA2,
        service: 'com.amazonaws.eu-west-1.s3',
        routeTables: ['rtb-0a1b2c3d4e5f60021'],
        tag: { Name: 'payments-s3-eu', tenant: 'payments' },
        age: 500,
      }),
    ],
    vpcs: [
      vpc(vpcA2, '10.2.0.0/16', { Name: 'payments-eu', tenant: 'payments' }),
    ],
    groups: [tightA2],
    routeTables: [routeTable('rtb-0a1b2c3d4e5f60021', vpcA2, [], true)],
  },
  [`${B}/us-east-1`]: {
    items: [
      iface({
        id: 'vpce-0b00000000000b001',
        region: 'us-east-1',
        vpc: vpcB1,
        service: svc.ledger,
        zones: 2,
        sg: [ledgerB],
        tag: { Name: 'data-ledger-client', tenant: 'data-platform' },
        age: 150,
        dns: false,
      }),
      iface({
        id: 'vpce-0b00000000000b002',
        region: 'us-east-1',
        vpc: vpcB1,
        service: svc.databricksUse1,
        zones: 2,
        sg: [tightB],
        tag: { Name: 'data-databricks', tenant: 'data-platform' },
        age: 3,
        state: 'pendingAcceptance',
      }),
      iface({
        id: 'vpce-0b00000000000b003',
        region: 'us-east-1',
        vpc: vpcB1,
        service: svc.inspection,
        zones: 2,
        sg: [],
        tag: { Name: 'egress-inspection' },
        age: 240,
        type: 'GatewayLoadBalancer',
      }),
      gateway({
        id: 'vpce-0b00000000000b004',
        region: 'us-east-1',
        vpc: vpcB1,
        service: 'com.amazonaws.us-east-1.s3',
        routeTables: ['rtb-0b1c2d3e4f5a60021'],
        tag: { Name: 'data-s3', tenant: 'data-platform' },
        age: 365,
        policy: writeS3,
      }),
      iface({
        id: 'vpce-0b00000000000b005',
        region: 'us-east-1',
        vpc: vpcB1,
        service: svc.unmappedUse1,
        zones: 2,
        sg: [tightB],
        tag: { Name: 'identity-unknown-saas', tenant: 'identity' },
        age: 40,
        state: 'rejected',
      }),
    ],
    vpcs: [
      vpc(vpcB1, '10.3.0.0/16', { Name: 'data-prod', tenant: 'data-platform' }),
    ],
    groups: [tightB, ledgerB],
    routeTables: [
      routeTable(
        'rtb-0b1c2d3e4f5a60021',
        vpcB1,
        ['subnet-0b1c2d3e4f5a6b101', 'subnet-0b1c2d3e4f5a6b102'],
        true,
      ),
    ],
  },
  [`${B}/eu-west-1`]: {
    items: [
      iface({
        id: 'vpce-0b00000000000b006',
        region: 'eu-west-1',
        vpc: vpcB2,
        service: 'com.amazonaws.eu-west-1.logs',
        zones: 2,
        sg: [tightB2],
        tag: { Name: 'identity-logs-eu', tenant: 'identity' },
        age: 75,
      }),
    ],
    vpcs: [
      vpc(vpcB2, '10.4.0.0/16', { Name: 'identity-eu', tenant: 'identity' }),
    ],
    groups: [tightB2],
    routeTables: [],
  },
};

/*
 * CloudWatch: 90 days of daily datapoints before the export, as
 * `aws cloudwatch get-metric-data --metric-data-queries file://queries.json` prints them, with
 * each query labelled `<resource id> <MetricName>`. Days without traffic have no datapoint, as
 * in CloudWatch. Patterns: most endpoints busy; the untagged STS endpoint never used; KMS idle for
 * the last 44 days; Datadog dropping packets lately; the ledger service's NLB with an unhealthy
 * target on its last three days.
 */
const METRIC_DAYS = 90;
const GB = 1024 ** 3;
const busy = {
  'vpce-0a00000000000a001': 40 * GB,
  'vpce-0a00000000000a003': 120 * GB,
  'vpce-0a00000000000a004': 0.8 * GB,
  'vpce-0a00000000000a006': 2 * GB,
  'vpce-0a00000000000a008': 60 * GB,
  'vpce-0b00000000000b001': 15 * GB,
  'vpce-0b00000000000b003': 300 * GB,
  'vpce-0b00000000000b006': 5 * GB,
};
const idleSince = { 'vpce-0a00000000000a006': 44 };
const series = (label, value) => {
  const timestamps = [];
  const values = [];
  for (let d = 1; d <= METRIC_DAYS; d++) {
    const v = value(d);
    if (v === undefined) continue;
    timestamps.push(daysAgo(d));
    values.push(Math.round(v));
  }
  return {
    Id: `m${label
      .replace(/[^a-zA-Z0-9]/g, '')
      .toLowerCase()
      .slice(-40)}`,
    Label: label,
    Timestamps: timestamps,
    Values: values,
    StatusCode: 'Complete',
  };
};
/** Per subnet (AZ) bytes and drops, as the Subnet Id dimension set publishes them. */
function zoneMetrics(endpoint, total, dropped) {
  const subnets = endpoint.SubnetIds ?? [];
  // The Databricks endpoint in eu-west-1 sends nothing through its second AZ: a routing problem.
  let shares = subnets.map(() => 1 / subnets.length);
  if (subnets.length === 2)
    shares =
      endpoint.VpcEndpointId === 'vpce-0a00000000000a008' ? [1, 0] : [0.6, 0.4];
  return subnets.flatMap((subnet, i) => [
    series(`${endpoint.VpcEndpointId} ${subnet} BytesProcessed`, d => {
      const v = total(d);
      return v === undefined || shares[i] === 0 ? undefined : v * shares[i];
    }),
    series(`${endpoint.VpcEndpointId} ${subnet} PacketsDropped`, d =>
      i === 0 ? dropped(d) : undefined,
    ),
  ]);
}

function endpointMetrics(endpoint) {
  const id = endpoint.VpcEndpointId;
  const base = busy[id];
  if (!base) return [];
  const quiet = idleSince[id] ?? 0;
  const wave = d =>
    base *
    (1 + 0.35 * Math.sin(d / 3.5)) *
    (d % 7 === 0 || d % 7 === 6 ? 0.4 : 1);
  const live = fn => d => d <= quiet ? undefined : fn(d);
  const dropped = live(d =>
    id === 'vpce-0a00000000000a003' && d <= 2 ? 4200 + d * 300 : undefined,
  );
  return [
    series(`${id} BytesProcessed`, live(wave)),
    series(
      `${id} NewConnections`,
      live(d => wave(d) / (4 * 1024 * 1024)),
    ),
    series(
      `${id} ActiveConnections`,
      live(d => 20 + wave(d) / (2 * GB)),
    ),
    series(`${id} PacketsDropped`, dropped),
    series(
      `${id} RstPacketsReceived`,
      live(d => (d % 5 === 0 ? 30 : undefined)),
    ),
    ...zoneMetrics(endpoint, live(wave), dropped),
  ];
}
const ledgerTargetGroup = `arn:aws:elasticloadbalancing:us-east-1:${A}:targetgroup/ledger-api/3f1e9a7c5b2d4e60`;
function ledgerMetrics() {
  const id = 'vpce-svc-0b1d2f3a4c5e60101';
  const tg = 'targetgroup/ledger-api/3f1e9a7c5b2d4e60';
  return [
    series(`${id} BytesProcessed`, () => 15 * GB + 3 * GB),
    series(`${id} NewConnections`, () => 4800),
    series(`${id} ActiveConnections`, () => 42),
    series(`${id} RstPacketsSent`, d => (d % 9 === 0 ? 12 : undefined)),
    series(`${tg} HealthyHostCount`, d => (d <= 3 ? 2 : 3)),
    series(`${tg} UnHealthyHostCount`, d => (d <= 3 ? 1 : 0)),
  ];
}

fs.rmSync(root, { recursive: true, force: true });
const write = (file, value) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 4)}\n`);
};
for (const [cell, data] of Object.entries(cells)) {
  const [, region] = cell.split('/');
  const dir = path.join(root, cell);
  const endpoints = data.items.map(i => i.endpoint);
  write(path.join(dir, 'describe-vpcs.json'), { Vpcs: data.vpcs });
  write(path.join(dir, 'describe-vpc-endpoints.json'), {
    VpcEndpoints: endpoints,
  });
  const names = [...new Set(endpoints.map(e => e.ServiceName))].sort();
  write(path.join(dir, 'describe-vpc-endpoint-services.json'), {
    ServiceNames: names,
    ServiceDetails: names.map(n => serviceDetail(n, region)),
  });
  write(path.join(dir, 'describe-security-groups.json'), {
    SecurityGroups: data.groups,
  });
  write(path.join(dir, 'describe-route-tables.json'), {
    RouteTables: data.routeTables,
  });
  const interfaces = data.items.flatMap(i => i.interfaces);
  const subnets = [
    ...new Map(
      interfaces.map(n => [
        n.SubnetId,
        {
          SubnetId: n.SubnetId,
          AvailabilityZone: n.AvailabilityZone,
          VpcId: n.VpcId,
          State: 'available',
        },
      ]),
    ).values(),
  ];
  write(path.join(dir, 'describe-subnets.json'), {
    Subnets: subnets.sort((a, b) => a.SubnetId.localeCompare(b.SubnetId)),
  });
  // Optional: which interface is in which subnet, for the Health card's AZ table.
  write(path.join(dir, 'describe-network-interfaces.json'), {
    NetworkInterfaces: interfaces,
  });
  write(path.join(dir, 'describe-vpc-endpoint-service-configurations.json'), {
    ServiceConfigurations: (data.provided ?? []).map(p => p.config),
  });
  for (const p of data.provided ?? []) {
    write(
      path.join(
        dir,
        'describe-vpc-endpoint-service-permissions',
        `${p.config.ServiceId}.json`,
      ),
      {
        AllowedPrincipals: p.principals.map(Principal => ({
          PrincipalType: Principal === '*' ? 'All' : 'Account',
          Principal,
          ServicePermissionId: `sp-0${p.config.ServiceId.slice(-8)}`,
          ServiceId: p.config.ServiceId,
        })),
      },
    );
  }
  write(path.join(dir, 'describe-vpc-endpoint-connections.json'), {
    VpcEndpointConnections: data.connections ?? [],
  });
  const metrics = [
    ...endpoints.flatMap(e => endpointMetrics(e)),
    ...(cell === `${A}/us-east-1` ? ledgerMetrics() : []),
  ];
  write(path.join(dir, 'get-metric-data.json'), {
    MetricDataResults: metrics,
    Messages: [],
  });
  if (cell === `${A}/us-east-1`) {
    write(path.join(dir, 'describe-target-groups.json'), {
      TargetGroups: [
        {
          TargetGroupArn: ledgerTargetGroup,
          TargetGroupName: 'ledger-api',
          Protocol: 'TLS',
          Port: 8443,
          VpcId: vpcA1,
          TargetType: 'ip',
          LoadBalancerArns: [
            `arn:aws:elasticloadbalancing:us-east-1:${A}:loadbalancer/net/ledger-api/50dc6c495c0c9188`,
          ],
        },
      ],
    });
  }
}
console.log(`wrote ${root}`);
