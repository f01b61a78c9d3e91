import path from 'path';
import {
  AssociateRouteTableCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  MotoServer,
  manualScheduler,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import request from 'supertest';
import { privatelinkPlugin } from '../plugin';
import { endpointEntity } from '../testEntities';

jest.setTimeout(60_000);

const AWS_ACCOUNT = '333333333333';
// The shipped example export: accounts 111111111111 and 222222222222 are read from it.
const SNAPSHOT = path.resolve(
  __dirname,
  '../../../catalog-backend-module-privatelink/examples/inventory',
);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const group = (name: string, type = 'team', title?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', ...(title ? { title } : {}) },
  spec: { type, children: [] },
});

// VPCs and services carry the annotations the catalog module writes on them.
const vpc = (vpcId: string, accountId: string, title: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: vpcId,
    namespace: 'default',
    title,
    annotations: {
      'aws.amazon.com/account-id': accountId,
      'aws.amazon.com/region': 'us-east-1',
      'aws.amazon.com/vpc-id': vpcId,
    },
  },
  spec: {
    type: 'aws-vpc',
    owner: 'group:default/payments',
    vpc: {
      vpcId,
      accountId,
      region: 'us-east-1',
      cidrBlocks: ['10.1.0.0/16'],
      tags: {},
      ownerSource: 'tag tenant',
    },
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/payments' }],
});

const service = (
  name: string,
  serviceName: string,
  vendor: string,
  region = 'us-east-1',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name,
    namespace: 'default',
    title: `${vendor} ${name}`,
    annotations: { 'aws.amazon.com/region': region },
  },
  spec: {
    type: 'aws-vpc-endpoint-service',
    owner: `group:default/${vendor}`,
    endpointService: { serviceName, origin: 'vendor', region, vendor },
  },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${vendor}` }],
});

const SNOWFLAKE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001';

describe('request routes', () => {
  let moto: MotoServer;
  const savedEnv = { ...process.env };
  let network: {
    vpcId: string;
    subnets: string[];
    groupId: string;
    openGroupId: string;
    routeTableId: string;
    s3EndpointId: string;
  };

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    const ec2 = new EC2Client(
      await moto.clientConfig(AWS_ACCOUNT, 'us-east-1'),
    );
    const vpcId = (
      await ec2.send(new CreateVpcCommand({ CidrBlock: '10.7.0.0/16' }))
    ).Vpc!.VpcId!;
    const subnets = [];
    for (const [i, az] of ['us-east-1b', 'us-east-1a'].entries()) {
      const { Subnet } = await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpcId,
          CidrBlock: `10.7.${i}.0/24`,
          AvailabilityZone: az,
        }),
      );
      subnets.push(Subnet!.SubnetId!);
    }
    const { GroupId } = await ec2.send(
      new CreateSecurityGroupCommand({
        VpcId: vpcId,
        GroupName: 'endpoints-https',
        Description: '443 from the VPC',
      }),
    );
    // A group open to the internet on 443, and to the VPC on every port.
    const { GroupId: openGroupId } = await ec2.send(
      new CreateSecurityGroupCommand({
        VpcId: vpcId,
        GroupName: 'wide-open',
        Description: 'too open',
      }),
    );
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: openGroupId,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 443,
            ToPort: 443,
            IpRanges: [{ CidrIp: '0.0.0.0/0' }],
          },
          {
            IpProtocol: 'tcp',
            FromPort: 0,
            ToPort: 65535,
            IpRanges: [{ CidrIp: '10.7.0.0/16' }],
          },
        ],
      }),
    );
    // A route table of the first subnet, already routing to S3 through a gateway endpoint.
    const routeTableId = (
      await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }))
    ).RouteTable!.RouteTableId!;
    await ec2.send(
      new AssociateRouteTableCommand({
        RouteTableId: routeTableId,
        SubnetId: subnets[0],
      }),
    );
    const s3EndpointId = (
      await ec2.send(
        new CreateVpcEndpointCommand({
          VpcEndpointType: 'Gateway',
          VpcId: vpcId,
          ServiceName: 'com.amazonaws.us-east-1.s3',
          RouteTableIds: [routeTableId],
        }),
      )
    ).VpcEndpoint!.VpcEndpointId!;
    network = {
      vpcId,
      subnets,
      groupId: GroupId!,
      openGroupId: openGroupId!,
      routeTableId,
      s3EndpointId,
    };
  });

  afterAll(async () => {
    await moto?.stop();
    process.env = savedEnv;
  });

  /** The last started backend's scheduler, to run a task on demand. */
  let scheduler: ReturnType<typeof manualScheduler>['scheduler'];

  async function start(allow?: object) {
    const manual = manualScheduler();
    const schedulerFactory = manual.factory;
    scheduler = manual.scheduler;
    const { server } = await startTestBackend({
      features: [
        privatelinkPlugin,
        mockServices.rootConfig.factory({
          data: {
            aws: {
              accounts: [
                { accountId: AWS_ACCOUNT, roleName: 'privatelink-read' },
              ],
            },
            privatelink: {
              accounts: [
                {
                  accountId: '111111111111',
                  regions: ['us-east-1'],
                  source: { type: 'snapshot', path: SNAPSHOT },
                },
                {
                  accountId: AWS_ACCOUNT,
                  regions: ['us-east-1'],
                  writeRoleArn: `arn:aws:iam::${AWS_ACCOUNT}:role/privatelink-write`,
                },
                { accountId: '444444444444', regions: ['eu-west-1'] },
              ],
              ...(allow ? { requests: { allow } } : {}),
            },
          },
        }),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        schedulerFactory,
        catalogServiceMock.factory({
          entities: [
            group('payments', 'team', 'Payments'),
            group('platform', 'team', 'Platform'),
            group('snowflake', 'vendor'),
            vpc('vpc-0a1b2c3d4e5f60011', '111111111111', 'payments-prod'),
            vpc('vpc-0a1b2c3d4e5f60099', '222222222222', 'elsewhere'),
            endpointEntity('vpce-0a00000000000a001', {
              vpcId: 'vpc-0a1b2c3d4e5f60011',
              serviceName: SNOWFLAKE,
              securityGroups: [
                {
                  groupId: 'sg-0a1c2e3f4a5b60011',
                  groupName: 'endpoints-https-from-vpc',
                },
              ],
            }),
            service('snowflake-a', SNOWFLAKE, 'snowflake'),
            service(
              'datadog-a',
              'com.amazonaws.vpce.us-east-1.vpce-svc-0d00000000000d001',
              'datadog',
            ),
            service(
              'snowflake-eu',
              'com.amazonaws.vpce.eu-west-1.vpce-svc-0e00000000000e001',
              'snowflake',
              'eu-west-1',
            ),
          ],
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.userInfo.mock({
          getUserInfo: async () => ({
            userEntityRef: 'user:default/guest',
            ownershipEntityRefs: [
              'user:default/guest',
              'group:default/payments',
              'group:default/platform',
              'group:default/snowflake',
            ],
          }),
        }).factory,
      ],
    });
    return server;
  }

  const get = async (
    server: any,
    route: string,
    header = mockCredentials.user.header(),
  ) =>
    request(server)
      .get(`/api/privatelink/requests${route}`)
      .set('Authorization', header);

  it('lists the managed accounts, saying where endpoints cannot be requested and why', async () => {
    const server = await start();
    expect((await get(server, '/accounts')).body.accounts).toEqual([
      {
        accountId: '111111111111',
        regions: ['us-east-1'],
        canRequest: false,
        reason:
          'read from a snapshot of exported data: the portal cannot create endpoints there',
      },
      { accountId: AWS_ACCOUNT, regions: ['us-east-1'], canRequest: true },
      {
        accountId: '444444444444',
        regions: ['eu-west-1'],
        canRequest: false,
        reason: 'no write role (privatelink.accounts[].writeRoleArn)',
      },
    ]);
  });

  it("offers the user's own tenant groups, never a vendor", async () => {
    const server = await start();
    expect((await get(server, '/owners')).body.owners).toEqual([
      { ref: 'group:default/payments', title: 'Payments' },
      { ref: 'group:default/platform', title: 'Platform' },
    ]);
  });

  it('lists the VPCs of an account and region with owner and CIDRs', async () => {
    const server = await start();
    const res = await get(
      server,
      '/vpcs?account=111111111111&region=us-east-1',
    );
    expect(res.body.vpcs).toEqual([
      {
        vpcId: 'vpc-0a1b2c3d4e5f60011',
        entityRef: 'resource:default/vpc-0a1b2c3d4e5f60011',
        title: 'payments-prod',
        owner: 'group:default/payments',
        cidrBlocks: ['10.1.0.0/16'],
      },
    ]);
  });

  it("reads an AWS account's subnets and security groups from AWS, by AZ", async () => {
    const server = await start();
    const subnets = await get(
      server,
      `/subnets?account=${AWS_ACCOUNT}&region=us-east-1&vpc=${network.vpcId}`,
    );
    expect(subnets.body.source).toBe('aws');
    expect(
      subnets.body.subnets.map((s: any) => [s.availabilityZone, s.subnetId]),
    ).toEqual([
      ['us-east-1a', network.subnets[1]],
      ['us-east-1b', network.subnets[0]],
    ]);
    const groups = await get(
      server,
      `/security-groups?account=${AWS_ACCOUNT}&region=us-east-1&vpc=${network.vpcId}`,
    );
    expect(groups.body.securityGroups).toContainEqual({
      groupId: network.groupId,
      groupName: 'endpoints-https',
      description: '443 from the VPC',
      findings: [],
    });
    // The group posture would flag, flagged before anyone chooses it: the same checks.
    const open = groups.body.securityGroups.find(
      (g: any) => g.groupId === network.openGroupId,
    );
    expect(open.findings.map((f: any) => [f.checkId, f.severity])).toEqual([
      ['sg-open-ingress', 'high'],
      ['sg-broad-ports', 'medium'],
    ]);
    expect(open.findings[0].evidence[0]).toContain('0.0.0.0/0');
  });

  it("answers a snapshot account's network from the inventory's endpoints, and says so", async () => {
    const server = await start();
    const subnets = await get(
      server,
      '/subnets?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011',
    );
    expect(subnets.body).toEqual({
      source: 'inventory',
      subnets: [
        { subnetId: 'subnet-1', availabilityZone: 'us-east-1a' },
        { subnetId: 'subnet-2', availabilityZone: 'us-east-1b' },
      ],
    });
    const groups = await get(
      server,
      '/security-groups?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011',
    );
    expect(groups.body.securityGroups).toEqual([
      {
        groupId: 'sg-0a1c2e3f4a5b60011',
        groupName: 'endpoints-https-from-vpc',
        // The inventory's entity holds no rules of the group: nothing to check.
      },
    ]);
  });

  it("lists a VPC's route tables from AWS, the main one first, with the gateway endpoints each routes through", async () => {
    const res = await get(
      await start(),
      `/route-tables?account=${AWS_ACCOUNT}&region=us-east-1&vpc=${network.vpcId}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('aws');
    const [main, ...others] = res.body.routeTables;
    expect(main).toMatchObject({ main: true, gatewayEndpoints: [] });
    expect(others).toEqual([
      {
        routeTableId: network.routeTableId,
        main: false,
        subnetIds: [network.subnets[0]],
        gatewayEndpoints: [
          {
            endpointId: network.s3EndpointId,
            serviceName: 'com.amazonaws.us-east-1.s3',
          },
        ],
      },
    ]);
  });

  it("reads a snapshot account's route tables from its export", async () => {
    const res = await get(
      await start(),
      '/route-tables?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011',
    );
    const s3 = {
      endpointId: 'vpce-0a00000000000a002',
      serviceName: 'com.amazonaws.us-east-1.s3',
    };
    expect(res.body).toEqual({
      source: 'snapshot',
      routeTables: [
        {
          routeTableId: 'rtb-0a1b2c3d4e5f60011',
          main: true,
          subnetIds: ['subnet-0a1b2c3d4e5f6a101'],
          gatewayEndpoints: [s3],
        },
        {
          routeTableId: 'rtb-0a1b2c3d4e5f60012',
          main: false,
          subnetIds: ['subnet-0a1b2c3d4e5f6a102'],
          gatewayEndpoints: [s3],
        },
      ],
    });
  });

  it("lists what the region offers an AWS account, from AWS, AWS's services first, with the cost per AZ", async () => {
    const res = await get(
      await start(),
      `/services?account=${AWS_ACCOUNT}&region=us-east-1&owner=group:default/payments`,
    );
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('aws');
    expect(res.body.note).toContain('DescribeVpcEndpointServices');
    const [aws] = res.body.groups;
    expect(aws).toMatchObject({
      vendorRef: 'group:default/aws',
      vendorTitle: 'Amazon Web Services',
    });
    // A fresh account: nothing of it is in the catalog, and STS can be requested.
    expect(aws.services.find((s: any) => s.title === 'sts')).toEqual({
      serviceName: 'com.amazonaws.us-east-1.sts',
      title: 'sts',
      serviceType: 'Interface',
      owner: 'amazon',
      acceptanceRequired: false,
      privateDnsName: 'sts.us-east-1.amazonaws.com',
      // $0.01 per AZ-hour x 730 hours
      monthlyUsdPerAz: 7.3,
    });
    // Every service once, each an interface service (DynamoDB's gateway-only one is left out).
    const names = aws.services.map((s: any) => s.serviceName);
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('com.amazonaws.us-east-1.dynamodb');
  });

  it("lists a snapshot account's services from its export, says so, and keeps to what the tenant may request", async () => {
    const everything = await get(
      await start(),
      '/services?account=111111111111&region=us-east-1&owner=group:default/payments',
    );
    expect(everything.body.source).toBe('snapshot');
    expect(everything.body.note).toContain(
      'describe-vpc-endpoint-services.json',
    );
    expect(
      everything.body.groups.map((g: any) => [
        g.vendorTitle,
        g.services.map((s: any) => [s.title, s.entityRef]),
      ]),
    ).toEqual([
      [
        'Amazon Web Services',
        [
          ['kms', undefined],
          ['s3', undefined],
          ['secretsmanager', undefined],
          ['sts', undefined],
        ],
      ],
      // In the catalog as Snowflake's: its vendor group and title.
      [
        'snowflake',
        [['snowflake snowflake-a', 'resource:default/snowflake-a']],
      ],
      // Not in the catalog, and no privatelink.vendors entry claims its provider.
      [
        'Unmapped vendor',
        [
          [
            'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60004',
            undefined,
          ],
        ],
      ],
    ]);
    const allowed = await get(
      await start([
        {
          services: ['com.amazonaws.vpce.us-east-1.vpce-svc-0a5f*'],
          owners: ['group:default/payments'],
        },
      ]),
      '/services?account=111111111111&region=us-east-1&owner=group:default/payments',
    );
    expect(allowed.body.groups.map((g: any) => g.vendorTitle)).toEqual([
      'snowflake',
      'Unmapped vendor',
    ]);
  });

  it('estimates the monthly cost, the tags, and warns of an endpoint the VPC already has, with what it costs', async () => {
    const server = await start();
    const before = await get(
      server,
      `/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011&service=${SNOWFLAKE}&owner=payments&azs=2`,
    );
    // Not in the fleet snapshot yet: the duplicate without figures.
    expect(before.body.duplicates).toEqual([
      {
        entityRef: 'resource:default/vpce-0a00000000000a001',
        endpointId: 'vpce-0a00000000000a001',
        owner: 'group:default/payments',
      },
    ]);
    await scheduler.triggerTask('privatelink-posture:evaluate');
    const res = await get(
      server,
      `/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011&service=${SNOWFLAKE}&owner=payments&azs=2&ownerTagKey=tenant&name=payments-snowflake-2`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      // The team's, the VPC's and the service's titles from the catalog, for the review.
      titles: {
        owner: 'Payments',
        vpc: 'payments-prod (vpc-0a1b2c3d4e5f60011)',
        service: 'snowflake snowflake-a',
      },
      // $0.01 per AZ-hour x 2 AZs x 730 hours, before any traffic
      monthlyUsd: 14.6,
      perGbUsd: 0.01,
      formula:
        '$0.01/AZ-h x 2 AZ x 730 h + 0.00 GB x $0.01/GB (tiered above 1 PB); each GB processed adds $0.01',
      tags: {
        tenant: 'group:default/payments',
        'privatelink:requested-by': 'user:default/guest',
        'privatelink:vendor': 'group:default/snowflake',
        Name: 'payments-snowflake-2',
      },
      duplicates: [
        {
          entityRef: 'resource:default/vpce-0a00000000000a001',
          endpointId: 'vpce-0a00000000000a001',
          owner: 'group:default/payments',
          // Its own Cost card's figure: 2 AZs x 730 h x $0.01, no bytes collected.
          monthlyCostUsd: 14.6,
          idle: false,
          idleMonthlyUsd: 0,
        },
      ],
    });
  });

  it("estimates a gateway endpoint at nothing, by its short name, tagged as AWS's", async () => {
    const res = await get(
      await start(),
      '/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011&service=s3&owner=payments&type=Gateway&ownerTagKey=tenant',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      // No catalog entity for S3 in this VPC's account: its name.
      titles: {
        owner: 'Payments',
        vpc: 'payments-prod (vpc-0a1b2c3d4e5f60011)',
        service: 'com.amazonaws.us-east-1.s3',
      },
      monthlyUsd: 0,
      perGbUsd: 0,
      formula:
        'Gateway endpoints (S3, DynamoDB) are free: no hourly and no data processing charge.',
      tags: {
        tenant: 'group:default/payments',
        'privatelink:requested-by': 'user:default/guest',
        'privatelink:vendor': 'group:default/aws',
      },
      // The VPC's interface endpoint to Snowflake is no duplicate of a gateway endpoint to S3.
      duplicates: [],
    });
  });

  it("takes the service picker's entity ref for the service, with the same estimate", async () => {
    const server = await start();
    const base =
      '/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a1b2c3d4e5f60011&owner=payments&azs=2';
    const byName = await get(server, `${base}&service=${SNOWFLAKE}`);
    const byRef = await get(
      server,
      `${base}&service=${encodeURIComponent('resource:default/snowflake-a')}`,
    );
    expect(byRef.status).toBe(200);
    expect(byRef.body).toEqual(byName.body);
    expect(byRef.body.duplicates).toHaveLength(1);
  });

  it.each([
    [
      '/vpcs?account=123&region=us-east-1',
      'account must be a 12-digit AWS account id',
    ],
    [
      '/vpcs?account=999999999999&region=us-east-1',
      'account: 999999999999 is not an account this portal manages',
    ],
    [
      '/vpcs?account=111111111111&region=eu-west-1',
      'region: eu-west-1 is not a region this portal reads in account 111111111111',
    ],
    ['/subnets?account=111111111111&region=us-east-1', 'vpc is required'],
    ['/services?account=111111111111&region=us-east-1', 'owner is required'],
    [
      '/services?region=us-east-1&owner=payments',
      'account is required: a 12-digit AWS account id',
    ],
    [
      '/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a&service=x&owner=payments&azs=0',
      'azs must be 1 or more',
    ],
    [
      '/estimate?account=111111111111&region=us-east-1&vpc=vpc-0a&service=x&owner=payments',
      'azs is required for an interface endpoint',
    ],
    ['/accounts?extra=1', 'unknown parameter extra'],
  ])('%s answers 400 saying what is wrong', async (route, message) => {
    const res = await get(await start(), route);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers only signed-in users', async () => {
    const server = await start();
    expect(
      (await get(server, '/accounts', mockCredentials.none.header())).status,
    ).toBe(401);
    expect(
      (await get(server, '/owners', mockCredentials.service.header())).status,
    ).toBe(403);
  });
});
