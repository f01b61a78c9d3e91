/*
 * The portal's parts together against moto_server: the real catalog with the PrivateLink catalog
 * module reads endpoints seeded through the real SDK, the privatelink backend collects their
 * CloudWatch metrics, evaluates posture and opens audit campaigns. A quarter passes (the plugin's
 * clock is the one thing replaced), AWS changes, and the next campaign's drift is exactly what
 * changed. Runs on SQLite and PostgreSQL.
 */
import {
  CloudWatchClient,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateVpcEndpointCommand,
  DeleteVpcEndpointsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePrivateLink from '@privatelink-portal/plugin-catalog-backend-module-privatelink';
import privatelinkPlugin, {
  clockServiceRef,
} from '@privatelink-portal/plugin-privatelink-backend';
import {
  createEndpoint,
  MotoServer,
  requiredDatabases,
  SeededTopology,
  seedPrivateLinkTopology,
  manualScheduler,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { Knex } from 'knex';
import request from 'supertest';

jest.setTimeout(180_000);

const CONSUMER = '111111111111';
const SECOND = '222222222222';
const REGION = 'us-east-1';
const GB = 2 ** 30;
const DAY = 86_400_000;
const { databases, ids } = requiredDatabases();

const config = {
  aws: {
    accounts: [
      { accountId: CONSUMER, roleName: 'privatelink-reader' },
      { accountId: SECOND, roleName: 'privatelink-reader' },
    ],
  },
  privatelink: {
    source: { type: 'aws' },
    accounts: [
      { accountId: CONSUMER, regions: [REGION] },
      { accountId: SECOND, regions: [REGION] },
    ],
    ownership: {
      tagKeys: ['tenant', 'owner'],
      defaultOwner: 'group:default/platform',
    },
    inventory: { maxDropRatio: 0.5 },
    usage: { idleAfterDays: 14, perZone: false },
  },
  catalog: { rules: [{ allow: ['Resource', 'Group'] }] },
};

describe.each(ids)('the portal against moto, on %s', databaseId => {
  let moto: MotoServer;
  let topology: SeededTopology;
  let ec2: EC2Client;
  let cloudWatch: CloudWatchClient;
  let server: Parameters<typeof request>[0];
  let stop: () => Promise<void>;
  const savedEnv = { ...process.env };
  const { scheduler, factory: schedulerFactory } = manualScheduler();
  /** The plugin's clock: today, then the first days of next quarter. */
  let now = new Date();
  const ids_ = { queue: '', params: '', open: '', narrow: '' };

  const api = (method: 'get' | 'post', path: string) =>
    request(server)
      [method](path)
      .set('Authorization', mockCredentials.user.header('user:default/olu'));

  async function eventually<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
  ): Promise<T> {
    const deadline = Date.now() + 60_000;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 250));
      value = await read();
    }
    return value;
  }

  const endpointNames = async (): Promise<string[]> =>
    (
      await api(
        'get',
        '/api/catalog/entities/by-query?filter=kind=resource,spec.type=aws-vpc-endpoint&limit=500',
      )
    ).body.items
      .map((e: { metadata: { name: string } }) => e.metadata.name)
      .sort();

  /** Daily traffic of an endpoint in the seeded consumer VPC, one datapoint a day at noon UTC. */
  async function traffic(
    endpointId: string,
    serviceName: string,
    from: Date,
    to: Date,
  ) {
    const dimensions = [
      { Name: 'Endpoint Type', Value: 'Interface' },
      { Name: 'Service Name', Value: serviceName },
      { Name: 'VPC Endpoint Id', Value: endpointId },
      { Name: 'VPC Id', Value: topology.consumer.vpc.vpcId },
    ];
    const days: Date[] = [];
    for (
      let t = Date.parse(`${from.toISOString().slice(0, 10)}T12:00:00Z`);
      t <= to.getTime();
      t += DAY
    ) {
      days.push(new Date(t));
    }
    for (let i = 0; i < days.length; i += 20) {
      await cloudWatch.send(
        new PutMetricDataCommand({
          Namespace: 'AWS/PrivateLinkEndpoints',
          MetricData: days.slice(i, i + 20).map(Timestamp => ({
            MetricName: 'BytesProcessed',
            Dimensions: dimensions,
            Timestamp,
            Value: GB,
          })),
        }),
      );
    }
  }

  /** What the scheduler would run: refresh the accounts, collect usage, evaluate posture. */
  async function refreshEverything(expectedEndpoints: string[]) {
    await scheduler.triggerTask(`privatelink-account-${CONSUMER}:refresh`);
    await scheduler.triggerTask(`privatelink-account-${SECOND}:refresh`);
    expect(
      await eventually(
        endpointNames,
        n => JSON.stringify(n) === JSON.stringify(expectedEndpoints),
      ),
    ).toEqual(expectedEndpoints);
    await scheduler.triggerTask('privatelink-usage:collect');
    await scheduler.triggerTask('privatelink-posture:evaluate');
  }

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    topology = await seedPrivateLinkTopology(moto, CONSUMER, SECOND);
    const clientConfig = await moto.clientConfig(CONSUMER, REGION);
    ec2 = new EC2Client(clientConfig);
    cloudWatch = new CloudWatchClient(clientConfig);
    const payments = { tenant: 'payments' };
    ids_.queue = await createEndpoint(ec2, topology.consumer.vpc, {
      serviceName: 'com.amazonaws.us-east-1.sqs',
      tags: payments,
    });
    // A tenant tag that names no group: refused and reported, the next tag key decides.
    ids_.params = await createEndpoint(ec2, topology.consumer.vpc, {
      serviceName: 'com.amazonaws.us-east-1.ssm',
      tags: { tenant: 'Payments Team', owner: 'payments' },
    });

    // Known problems, owned by identity: an endpoint in one AZ behind a security group open to
    // the internet on every port; beside it, one whose policy is narrowed to the organisation.
    const identity = [
      {
        ResourceType: 'vpc-endpoint' as const,
        Tags: [{ Key: 'tenant', Value: 'identity' }],
      },
    ];
    const { GroupId } = await ec2.send(
      new CreateSecurityGroupCommand({
        VpcId: topology.consumer.vpc.vpcId,
        GroupName: 'wide-open',
        Description: 'open',
      }),
    );
    await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId,
        IpPermissions: [
          { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ],
      }),
    );
    const open = await ec2.send(
      new CreateVpcEndpointCommand({
        VpcId: topology.consumer.vpc.vpcId,
        ServiceName: 'com.amazonaws.us-east-1.ec2',
        VpcEndpointType: 'Interface',
        SubnetIds: [topology.consumer.vpc.subnetIds[0]],
        SecurityGroupIds: [GroupId!],
        TagSpecifications: identity,
      }),
    );
    ids_.open = open.VpcEndpoint!.VpcEndpointId!;
    const narrow = await ec2.send(
      new CreateVpcEndpointCommand({
        VpcId: topology.consumer.vpc.vpcId,
        ServiceName: 'com.amazonaws.us-east-1.sns',
        VpcEndpointType: 'Interface',
        SubnetIds: topology.consumer.vpc.subnetIds,
        SecurityGroupIds: [topology.consumer.vpc.securityGroupId],
        PolicyDocument: JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: '*',
              Resource: '*',
              Condition: {
                StringEquals: { 'aws:PrincipalOrgID': 'o-example' },
              },
            },
          ],
        }),
        TagSpecifications: identity,
      }),
    );
    ids_.narrow = narrow.VpcEndpoint!.VpcEndpointId!;
    // (No provided service here: moto has no DescribeVpcEndpointConnections, so an account that
    // provides one cannot be read; the service checks are table-tested in the backend plugin.)

    // Each plugin its own database, as in the portal (two plugins racing on one migrations
    // table is not a configuration Backstage supports).
    const knexes = new Map<string, Promise<Knex>>();
    const database = createServiceFactory({
      service: coreServices.database,
      deps: { pluginMetadata: coreServices.pluginMetadata },
      factory: ({ pluginMetadata }) => {
        const id = pluginMetadata.getId();
        if (!knexes.has(id)) knexes.set(id, databases.init(databaseId));
        return { getClient: () => knexes.get(id)! };
      },
    });
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePrivateLink,
        privatelinkPlugin,
        mockServices.rootConfig.factory({ data: config }),
        database,
        schedulerFactory,
        createServiceFactory({
          service: clockServiceRef,
          deps: {},
          factory: () => ({ now: () => now }),
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });

  afterAll(async () => {
    await stop?.();
    await moto?.stop();
    process.env = savedEnv;
  });

  const everyEndpoint = () =>
    [
      topology.consumer.kmsEndpointId,
      topology.consumer.s3GatewayEndpointId,
      topology.consumer.untaggedEndpointId,
      topology.second.secretsEndpointId,
      ids_.queue,
      ids_.params,
      ids_.open,
      ids_.narrow,
    ].sort();

  it("reports the AWS data a refresh refused in the operators' status, and still applies the rest", async () => {
    await refreshEverything(everyEndpoint());
    const res = await api('get', '/api/privatelink/status');
    const consumer = res.body.inventory.find(
      (i: any) => i.accountId === CONSUMER,
    );
    expect(consumer).toMatchObject({
      problemCount: 1,
      lastSuccessAt: expect.any(String),
    });
    expect(consumer.problems).toEqual([
      {
        region: REGION,
        resource: ids_.params,
        problem:
          "owner tag tenant refused ('Payments Team' is not a valid entity name); owned by group:default/payments from tag:owner",
      },
    ]);
  });

  it('finds exactly the known problems of the seeded topology, through the REST API', async () => {
    await refreshEverything(everyEndpoint());
    const res = await api('get', '/api/privatelink/findings');
    expect(res.status).toBe(200);
    const found: Record<string, string[]> = {};
    for (const f of res.body.findings) {
      const name = f.entityRef.split('/')[1];
      found[name] = [...(found[name] ?? []), f.checkId].sort();
    }
    const defaultPolicy = ['policy-full-access']; // AWS (and moto) give an endpoint "Allow * to *"
    const vpcs = await api(
      'get',
      '/api/catalog/entities/by-query?filter=kind=resource,spec.type=aws-vpc',
    );
    const vpcIds: string[] = vpcs.body.items.map((e: any) => e.metadata.name);
    // Each account's default VPC, the consumer's seeded VPC (with an S3 gateway, no DynamoDB one)
    // and the second account's seeded VPC.
    expect(vpcIds).toHaveLength(4);
    expect(found).toEqual({
      [topology.consumer.kmsEndpointId]: defaultPolicy,
      [topology.consumer.s3GatewayEndpointId]: defaultPolicy,
      [topology.consumer.untaggedEndpointId]: defaultPolicy,
      [topology.second.secretsEndpointId]: defaultPolicy,
      [ids_.queue]: defaultPolicy,
      [ids_.params]: defaultPolicy,
      [ids_.open]: [
        'endpoint-single-az',
        'policy-full-access',
        'sg-broad-ports',
        'sg-open-ingress',
      ],
      // ids_.narrow: its policy is narrowed to the organisation, in two AZs, behind 443 from the VPC.
      ...Object.fromEntries(
        vpcIds.map(id => [id, ['vpc-missing-gateway-endpoint']]),
      ),
    });
    const consumerVpc = res.body.findings.find(
      (f: any) =>
        f.entityRef === `resource:default/${topology.consumer.vpc.vpcId}`,
    );
    expect(consumerVpc.evidence).toEqual([
      `No gateway endpoint for dynamodb (com.amazonaws.us-east-1.dynamodb) in ${topology.consumer.vpc.vpcId}`,
    ]);
    const open = await api(
      'get',
      `/api/privatelink/entities/resource/default/${ids_.open}/findings`,
    );
    expect(
      open.body.findings.find((f: any) => f.checkId === 'sg-open-ingress')
        .evidence,
    ).toEqual([expect.stringContaining('from 0.0.0.0/0')]);
  });

  it('drift between two quarterly campaigns is exactly what changed in AWS', async () => {
    const kms = topology.consumer.kmsEndpointId;
    const campaignOf = async (id: string) =>
      (await api('get', `/api/privatelink/audits/${id}`)).body;
    const driftOf = (campaign: any) =>
      Object.fromEntries(
        campaign.entries.map((e: any) => [
          e.entityRef.split('/')[1],
          e.drift.map((d: any) => d.type),
        ]),
      );

    // This quarter: every payments endpoint carries traffic (the SSM one stops tomorrow).
    const first = now;
    const next = new Date(
      Date.UTC(
        first.getUTCFullYear(),
        Math.floor(first.getUTCMonth() / 3) * 3 + 3,
        5,
        12,
      ),
    );
    await traffic(
      kms,
      'com.amazonaws.us-east-1.kms',
      new Date(first.getTime() - 20 * DAY),
      next,
    );
    await traffic(
      ids_.queue,
      'com.amazonaws.us-east-1.sqs',
      new Date(first.getTime() - 20 * DAY),
      next,
    );
    await traffic(
      ids_.params,
      'com.amazonaws.us-east-1.ssm',
      new Date(first.getTime() - 20 * DAY),
      first,
    );
    await refreshEverything(everyEndpoint());

    const opened = await api('post', '/api/privatelink/audits').send({
      owner: 'group:default/payments',
    });
    expect(opened.status).toBe(201);
    const q1 = await campaignOf(opened.body.campaign.id);
    expect(q1.entries.map((e: any) => e.entityRef).sort()).toEqual(
      [kms, ids_.params, ids_.queue].map(id => `resource:default/${id}`).sort(),
    );
    expect(Object.values(driftOf(q1))).toEqual([[], [], []]);
    expect(
      q1.entries.every((e: any) => e.facts.usage.idle?.idle === false),
    ).toBe(true);

    // A quarter later: the SQS endpoint was deleted, a Logs endpoint created, SSM went quiet.
    await ec2.send(
      new DeleteVpcEndpointsCommand({ VpcEndpointIds: [ids_.queue] }),
    );
    const logs = await createEndpoint(ec2, topology.consumer.vpc, {
      serviceName: 'com.amazonaws.us-east-1.logs',
      tags: { tenant: 'payments' },
    });
    now = next;
    await refreshEverything(
      [...everyEndpoint().filter(id => id !== ids_.queue), logs].sort(),
    );

    const reopened = await api('post', '/api/privatelink/audits').send({
      owner: 'group:default/payments',
    });
    expect(reopened.status).toBe(201);
    const q2 = await campaignOf(reopened.body.campaign.id);
    expect(q2.previousCampaignId).toBe(q1.id);
    expect(q2.quarter).not.toBe(q1.quarter);
    expect(driftOf(q2)).toEqual({
      [kms]: [],
      [ids_.params]: ['newly-idle', 'finding-new'],
      [logs]: ['created'],
    });
    expect(
      q2.entries.find((e: any) => e.entityRef.endsWith(ids_.params)).drift[1],
    ).toMatchObject({ checkId: 'endpoint-idle' });
    expect(q2.departures).toEqual([
      expect.objectContaining({
        entityRef: `resource:default/${ids_.queue}`,
        type: 'deleted',
      }),
    ]);
    // The first campaign is frozen: the deleted endpoint is still in it, as it was; only its
    // status moved on (past its due date without every decision, it is overdue).
    const q1Later = await campaignOf(q1.id);
    expect(q1Later.entries).toEqual(q1.entries);
    expect(q1Later.departures).toEqual(q1.departures);
    expect(q1Later.status).toBe('overdue');
  });
});
