/*
 * AWS integration test: metric data put into moto_server's CloudWatch through the real SDK is
 * collected by the real scheduler task of the plugin into daily rollups, on SQLite and PostgreSQL,
 * and read back through the REST API as usage, idle verdict, cost and health.
 */
import {
  CloudWatchClient,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  AwsClientFactory,
  awsAccessServiceRef,
} from '@privatelink-portal/plugin-privatelink-node';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  MotoServer,
  requiredDatabases,
  manualScheduler,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import request from 'supertest';
import { privatelinkPlugin } from './plugin';
import { addDays, lastCompleteDay } from './calendar';
import {
  loadBalancerDimension,
  targetGroupDimension,
} from './usage/metricQueries';
import { endpointEntity } from './testEntities';

jest.setTimeout(120_000);

const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
const GB = 2 ** 30;
const { databases, ids } = requiredDatabases();

describe.each(ids)('privatelink usage against moto, on %s', databaseId => {
  let moto: MotoServer;
  let server: any;
  let stop: () => Promise<void>;
  /** The process's AWS access layer, kept to read its call counter. */
  let aws: AwsClientFactory;
  const savedEnv = { ...process.env };
  const { scheduler, factory: schedulerFactory } = manualScheduler();
  const lastDay = lastCompleteDay(new Date());
  const dayTime = (daysAgo: number) =>
    new Date(`${addDays(lastDay, -daysAgo)}T12:00:00Z`);

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    const config = await moto.clientConfig(ACCOUNT, REGION);

    // A provider NLB with a target group, for target health.
    const ec2 = new EC2Client(config);
    const { Vpc } = await ec2.send(
      new CreateVpcCommand({ CidrBlock: '10.5.0.0/16' }),
    );
    const { Subnet } = await ec2.send(
      new CreateSubnetCommand({
        VpcId: Vpc!.VpcId,
        CidrBlock: '10.5.1.0/24',
        AvailabilityZone: 'us-east-1a',
      }),
    );
    const elbv2 = new ElasticLoadBalancingV2Client(config);
    const { LoadBalancers } = await elbv2.send(
      new CreateLoadBalancerCommand({
        Name: 'ledger',
        Type: 'network',
        Subnets: [Subnet!.SubnetId!],
      }),
    );
    const lbArn = LoadBalancers![0].LoadBalancerArn!;
    const { TargetGroups } = await elbv2.send(
      new CreateTargetGroupCommand({
        Name: 'ledger-tg',
        Protocol: 'TCP',
        Port: 8443,
        VpcId: Vpc!.VpcId,
        TargetType: 'ip',
      }),
    );
    const tgArn = TargetGroups![0].TargetGroupArn!;
    // moto links a target group to its load balancer through a listener
    await elbv2.send(
      new CreateListenerCommand({
        LoadBalancerArn: lbArn,
        Protocol: 'TCP',
        Port: 8443,
        DefaultActions: [{ Type: 'forward', TargetGroupArn: tgArn }],
      }),
    );

    // Metrics, with the dimensions in the order AWS publishes them (moto matches in order).
    const cloudWatch = new CloudWatchClient(config);
    const endpointDims = (id: string) => [
      { Name: 'Endpoint Type', Value: 'Interface' },
      { Name: 'Service Name', Value: 'com.amazonaws.us-east-1.kms' },
      { Name: 'VPC Endpoint Id', Value: id },
      { Name: 'VPC Id', Value: 'vpc-0abc' },
    ];
    // vpce-busy: 2 GB a day for 3 days, as two datapoints a day; 9000 dropped packets yesterday.
    for (const daysAgo of [0, 1, 2]) {
      await cloudWatch.send(
        new PutMetricDataCommand({
          Namespace: 'AWS/PrivateLinkEndpoints',
          MetricData: [
            {
              MetricName: 'BytesProcessed',
              Dimensions: endpointDims('vpce-busy'),
              Timestamp: dayTime(daysAgo),
              Value: GB,
            },
            {
              MetricName: 'BytesProcessed',
              Dimensions: endpointDims('vpce-busy'),
              Timestamp: new Date(dayTime(daysAgo).getTime() + 3_600_000),
              Value: GB,
            },
            {
              MetricName: 'NewConnections',
              Dimensions: endpointDims('vpce-busy'),
              Timestamp: dayTime(daysAgo),
              Value: 100,
            },
            {
              MetricName: 'ActiveConnections',
              Dimensions: endpointDims('vpce-busy'),
              Timestamp: dayTime(daysAgo),
              Value: 12,
            },
            ...(daysAgo === 0
              ? [
                  {
                    MetricName: 'PacketsDropped',
                    Dimensions: endpointDims('vpce-busy'),
                    Timestamp: dayTime(0),
                    Value: 9000,
                  },
                ]
              : []),
          ],
        }),
      );
    }
    // Yesterday per subnet: all bytes through subnet-1, none through subnet-2.
    const zoneDims = (subnetId: string) => [
      { Name: 'Endpoint Type', Value: 'Interface' },
      { Name: 'Service Name', Value: 'com.amazonaws.us-east-1.kms' },
      { Name: 'Subnet Id', Value: subnetId },
      { Name: 'VPC Endpoint Id', Value: 'vpce-busy' },
      { Name: 'VPC Id', Value: 'vpc-0abc' },
    ];
    await cloudWatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/PrivateLinkEndpoints',
        MetricData: [
          {
            MetricName: 'BytesProcessed',
            Dimensions: zoneDims('subnet-1'),
            Timestamp: dayTime(0),
            Value: 2 * GB,
          },
          {
            MetricName: 'PacketsDropped',
            Dimensions: zoneDims('subnet-1'),
            Timestamp: dayTime(0),
            Value: 9000,
          },
        ],
      }),
    );
    const healthDims = [
      { Name: 'LoadBalancer', Value: loadBalancerDimension(lbArn) },
      { Name: 'TargetGroup', Value: targetGroupDimension(tgArn) },
    ];
    await cloudWatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/NetworkELB',
        MetricData: [
          {
            MetricName: 'HealthyHostCount',
            Dimensions: healthDims,
            Timestamp: dayTime(0),
            Value: 0,
          },
          {
            MetricName: 'UnHealthyHostCount',
            Dimensions: healthDims,
            Timestamp: dayTime(0),
            Value: 2,
          },
        ],
      }),
    );

    // The provided service, as AWS lists it when there is no Service Id-only series: per AZ and
    // load balancer (3 GB and 1 GB yesterday), and per consumer endpoint (the same 4 GB again).
    const serviceDims = (extra: Array<[string, string]>) =>
      [...extra, ['Service Id', 'vpce-svc-1'] as [string, string]]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([Name, Value]) => ({ Name, Value }));
    await cloudWatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/PrivateLinkServices',
        MetricData: [
          {
            MetricName: 'BytesProcessed',
            Dimensions: serviceDims([
              ['Az', 'use1-az1'],
              ['Load Balancer Arn', lbArn],
            ]),
            Timestamp: dayTime(0),
            Value: 3 * GB,
          },
          {
            MetricName: 'BytesProcessed',
            Dimensions: serviceDims([
              ['Az', 'use1-az2'],
              ['Load Balancer Arn', lbArn],
            ]),
            Timestamp: dayTime(0),
            Value: GB,
          },
          {
            MetricName: 'NewConnections',
            Dimensions: serviceDims([
              ['Az', 'use1-az1'],
              ['Load Balancer Arn', lbArn],
            ]),
            Timestamp: dayTime(0),
            Value: 40,
          },
          {
            MetricName: 'BytesProcessed',
            Dimensions: serviceDims([['VPC Endpoint Id', 'vpce-busy']]),
            Timestamp: dayTime(0),
            Value: 4 * GB,
          },
        ],
      }),
    );

    const service: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'ledger-service', namespace: 'default' },
      spec: {
        type: 'aws-vpc-endpoint-service',
        owner: 'group:default/payments',
        endpointService: {
          serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-1',
          serviceId: 'vpce-svc-1',
          origin: 'internal',
          region: REGION,
          state: 'Available',
          provider: {
            accountId: ACCOUNT,
            networkLoadBalancerArns: [lbArn],
            gatewayLoadBalancerArns: [],
            allowedPrincipals: [],
            connections: [],
            tags: {},
            ownerSource: 'default',
          },
        } as any,
      },
    };

    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        privatelinkPlugin,
        mockServices.rootConfig.factory({
          data: {
            aws: {
              accounts: [
                { accountId: ACCOUNT, roleName: 'privatelink-reader' },
              ],
            },
            privatelink: {
              accounts: [{ accountId: ACCOUNT, regions: [REGION] }],
              usage: { backfillDays: 10, idleAfterDays: 7 },
            },
          },
        }),
        mockServices.database.factory({ knex }),
        schedulerFactory,
        catalogServiceMock.factory({
          entities: [
            endpointEntity('vpce-busy'),
            endpointEntity('vpce-quiet'),
            service,
          ],
        }),
        createServiceFactory({
          service: awsAccessServiceRef,
          deps: { config: coreServices.rootConfig },
          factory: ({ config: rootConfig }) =>
            (aws = AwsClientFactory.fromConfig(rootConfig)),
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    await scheduler.triggerTask('privatelink-usage:collect');
  });

  afterAll(async () => {
    await stop?.();
    await moto?.stop();
    process.env = savedEnv;
  });

  const get = (path: string) =>
    request(server)
      .get(`/api/privatelink${path}`)
      .set('Authorization', mockCredentials.user.header());

  it('stores one row a day per endpoint, summed from CloudWatch, zero where it had nothing', async () => {
    const res = await get('/entities/resource/default/vpce-busy/usage?days=10');
    expect(res.status).toBe(200);
    expect(res.body.days).toHaveLength(10);
    const last3 = res.body.days.slice(-3);
    expect(last3.map((d: any) => d.bytesProcessed)).toEqual([
      2 * GB,
      2 * GB,
      2 * GB,
    ]);
    expect(last3.map((d: any) => d.activeConnectionsMax)).toEqual([12, 12, 12]);
    expect(res.body.days[0].bytesProcessed).toBe(0);
    expect(res.body.totals).toEqual({
      bytesProcessed: 6 * GB,
      newConnections: 300,
    });
    expect(res.body.idle).toMatchObject({ idle: false, daysWithoutBytes: 0 });
  });

  it("calls an endpoint without bytes idle, with what it costs a month (its Cost route's hourly part) and what it wasted so far", async () => {
    const res = await get(
      '/entities/resource/default/vpce-quiet/usage?days=10',
    );
    const cost = await get('/entities/resource/default/vpce-quiet/cost');
    expect(res.body.idle).toMatchObject({
      idle: true,
      daysWithoutBytes: 10,
      monthlyUsd: cost.body.hourly,
      wastedSoFarUsd: 4.8,
    });
    expect(cost.body.total).toBe(cost.body.hourly);
  });

  it('prices the measured bytes and the NAT counterfactual', async () => {
    const res = await get('/entities/resource/default/vpce-busy/cost');
    // 6 GB over 10 collected days, scaled to 730 hours: 18.25 GB
    expect(res.body).toMatchObject({
      hourly: 14.6,
      gbPerMonth: 18.25,
      dataProcessing: 0.18,
      total: 14.78,
    });
    expect(res.body.natCounterfactual).toBeCloseTo(18.25 * 0.045, 2);
  });

  it('reports dropped packets and provider target health', async () => {
    const endpoint = await get('/entities/resource/default/vpce-busy/health');
    expect(endpoint.body.status).toBe('degraded');
    expect(endpoint.body.reasons[0]).toContain('9000 packets dropped');
    expect(endpoint.body.zones).toEqual([
      expect.objectContaining({
        subnetId: 'subnet-1',
        status: 'degraded',
        bytesProcessed: 2 * GB,
        packetsDropped: 9000,
      }),
      expect.objectContaining({
        subnetId: 'subnet-2',
        status: 'degraded',
        bytesProcessed: 0,
      }),
    ]);
    expect(endpoint.body.zones[1].reason).toContain('No traffic in this AZ');
    const service = await get(
      '/entities/resource/default/ledger-service/health',
    );
    expect(service.body).toMatchObject({
      status: 'unhealthy',
      targets: { healthyHostsMin: 0, unhealthyHostsMax: 2 },
    });
  });

  it('reads a provided service from the series CloudWatch lists, summed once, and says which', async () => {
    const res = await get(
      '/entities/resource/default/ledger-service/usage?days=10',
    );
    expect(res.body.days.at(-1)).toMatchObject({
      bytesProcessed: 4 * GB,
      newConnections: 40,
    });
    expect(res.body.totals).toEqual({
      bytesProcessed: 4 * GB,
      newConnections: 40,
    });
    expect(res.body.series).toContain(
      'the sum of the 2 series CloudWatch lists under Az, Load Balancer Arn, Service Id',
    );
    expect(
      aws.counter.total({ service: 'CloudWatch', api: 'ListMetrics' }),
    ).toBe(1);
  });

  it('asks CloudWatch nothing on a second run the same day', async () => {
    const calls = () =>
      aws.counter.total({ service: 'CloudWatch', api: 'GetMetricData' }) +
      aws.counter.total({ service: 'CloudWatch', api: 'ListMetrics' });
    expect(calls()).toBeGreaterThan(0);
    const before = await get(
      '/entities/resource/default/vpce-busy/usage?days=10',
    );
    const callsBefore = calls();
    await scheduler.triggerTask('privatelink-usage:collect');
    expect(calls()).toBe(callsBefore);
    const after = await get(
      '/entities/resource/default/vpce-busy/usage?days=10',
    );
    expect(after.body.days).toEqual(before.body.days);
  });

  it("keeps what the last collection did for the operators' status", async () => {
    const res = await get('/status');
    expect(res.status).toBe(200);
    // The last run was the second one of the day: it found every day stored and asked nothing.
    expect(res.body.usage).toEqual([
      expect.objectContaining({
        accountId: ACCOUNT,
        region: REGION,
        entities: 3,
        daysFetched: 0,
        metricsRequested: 0,
        cloudWatchCostUsd: 0,
      }),
    ]);
    expect(res.body.usage[0].error).toBeUndefined();
    expect(res.body.invalidEntities).toEqual([]);
  });
});
