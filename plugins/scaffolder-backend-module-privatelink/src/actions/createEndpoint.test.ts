import {
  DescribeSecurityGroupsCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeVpcEndpointsCommand,
} from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  AccountTarget,
  RequestSettings,
} from '@privatelink-portal/plugin-privatelink-node';
import { REQUEST_TAGS } from '@privatelink-portal/plugin-privatelink-common';
import { clientToken, createEndpointAction } from './createEndpoint';
import { examples } from './createEndpoint.examples';
import {
  ACCOUNT,
  awsAccess,
  exampleStep,
  motoAccount,
  outputOf as output,
  permissionsDeciding,
  taskContext,
  WRITE_ROLE,
  writableAccount,
} from '../__testUtils__/testAccount';

jest.setTimeout(60_000);

const NO_WRITE_ROLE = '222222222222';

const accounts: AccountTarget[] = [
  writableAccount,
  { accountId: NO_WRITE_ROLE, regions: ['us-east-1'], source: { type: 'aws' } },
  {
    accountId: '444444444444',
    regions: ['us-east-1'],
    source: { type: 'snapshot', path: '/exports', shiftDatesForDemo: false },
  },
];

/** The groups each example user belongs to, as the portal's sign-in resolves them. */
const MEMBERS: Record<string, string[]> = {
  'user:default/guest': [
    'user:default/guest',
    'group:default/payments',
    'group:default/platform',
  ],
  'user:default/dana': [
    'user:default/dana',
    'group:default/data-platform',
    'group:default/platform',
  ],
};

describe('privatelink:endpoint:create against moto', () => {
  const { ec2 } = motoAccount();
  let network: {
    vpcId: string;
    subnetIds: string[];
    sameAzSubnetId: string;
    groupId: string;
  };
  let other: { vpcId: string; subnetId: string; groupId: string };
  /** What the portal's policy decides; the real policy is tested in packages/backend. */
  let policy: AuthorizeResult;

  beforeAll(async () => {
    const vpc = async (cidr: string) =>
      (await ec2().send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc!.VpcId!;
    const subnet = async (vpcId: string, cidr: string, az: string) =>
      (
        await ec2().send(
          new CreateSubnetCommand({
            VpcId: vpcId,
            CidrBlock: cidr,
            AvailabilityZone: az,
          }),
        )
      ).Subnet!.SubnetId!;
    const group = async (vpcId: string) =>
      (
        await ec2().send(
          new CreateSecurityGroupCommand({
            VpcId: vpcId,
            GroupName: `g-${vpcId}`,
            Description: 'g',
          }),
        )
      ).GroupId!;
    const vpcId = await vpc('10.9.0.0/16');
    network = {
      vpcId,
      subnetIds: [
        await subnet(vpcId, '10.9.0.0/24', 'us-east-1a'),
        await subnet(vpcId, '10.9.1.0/24', 'us-east-1b'),
      ],
      sameAzSubnetId: await subnet(vpcId, '10.9.2.0/24', 'us-east-1a'),
      groupId: await group(vpcId),
    };
    const otherVpcId = await vpc('10.8.0.0/16');
    other = {
      vpcId: otherVpcId,
      subnetId: await subnet(otherVpcId, '10.8.0.0/24', 'us-east-1c'),
      groupId: await group(otherVpcId),
    };
  });

  beforeEach(() => {
    policy = AuthorizeResult.ALLOW;
  });

  const aws = () =>
    awsAccess([{ accountId: NO_WRITE_ROLE, regions: ['us-east-1'] }]);

  const permissions = permissionsDeciding(() => policy);

  const refreshCatalog = jest.fn(async () => ({ triggered: true }));

  const action = (requests: RequestSettings = {}, access = aws()) =>
    createEndpointAction({
      aws: access,
      accounts,
      requests,
      permissions,
      refreshCatalog,
      userInfo: {
        getUserInfo: async credentials => {
          const userEntityRef = (
            credentials.principal as { userEntityRef: string }
          ).userEntityRef;
          return {
            userEntityRef,
            ownershipEntityRefs: MEMBERS[userEntityRef] ?? [userEntityRef],
          };
        },
      },
    });

  /** A request for an endpoint in the seeded VPC, owned by payments. */
  const request = (serviceName: string, overrides: object = {}) => ({
    accountId: ACCOUNT,
    region: 'us-east-1',
    vpcId: network.vpcId,
    serviceName,
    subnetIds: network.subnetIds,
    securityGroupIds: [network.groupId],
    owner: 'group:default/payments',
    ownerTagKey: 'tenant',
    privateDnsEnabled: true,
    confirmDuplicate: false,
    createSecurityGroup: false,
    ...overrides,
  });

  /** An action context of a task step, signed in as `user`. */
  const context = (
    input: ReturnType<typeof request>,
    options: { user?: string; task?: string } = {},
  ) => taskContext(input, options);

  const endpointsTo = async (serviceName: string) =>
    (
      (await ec2().send(new DescribeVpcEndpointsCommand({}))).VpcEndpoints ?? []
    ).filter(e => e.ServiceName === serviceName && e.VpcId === network.vpcId);

  it("creates a tagged endpoint in the requested subnets and group, as the account's write role", async () => {
    const access = aws();
    const ctx = context(
      // No vendor given: an AWS service's name says its vendor.
      request('com.amazonaws.us-east-1.kms', { name: 'payments-kms' }),
    );
    await action({}, access).handler(ctx);
    const endpointId = output(ctx, 'endpointId');
    expect(output(ctx, 'entityRef')).toBe(`resource:default/${endpointId}`);
    const [endpoint] = await endpointsTo('com.amazonaws.us-east-1.kms');
    expect(endpoint).toMatchObject({
      VpcEndpointId: endpointId,
      VpcEndpointType: 'Interface',
    });
    expect(endpoint.SubnetIds?.sort()).toEqual([...network.subnetIds].sort());
    expect(endpoint.Groups?.map(g => g.GroupId)).toEqual([network.groupId]);
    expect(endpoint.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'tenant', Value: 'group:default/payments' },
        { Key: 'Name', Value: 'payments-kms' },
        { Key: REQUEST_TAGS.requestedBy, Value: 'user:default/guest' },
        { Key: REQUEST_TAGS.task, Value: 'task-1/mock-step-id' },
        { Key: REQUEST_TAGS.vendor, Value: 'group:default/aws' },
      ]),
    );
    // The writes went out as the write role, assumed by the portal's own identity.
    const { ec2: writer, roleArn } = await access.forAccountWrite(
      ACCOUNT,
      'us-east-1',
    );
    expect(roleArn).toBe(WRITE_ROLE);
    const identity = await new STSClient({
      region: 'us-east-1',
      credentials: await writer.config.credentials(),
    }).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(
      `arn:aws:sts::${ACCOUNT}:assumed-role/privatelink-write/backstage-privatelink-request`,
    );
    // The catalog is asked to read the account now, so the endpoint shows within seconds.
    expect(refreshCatalog).toHaveBeenLastCalledWith(ACCOUNT);
    expect(permissions.authorize).toHaveBeenLastCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'privatelink.endpoint.create',
          }),
          resourceRef: 'group:default/payments',
        },
      ],
      {
        credentials: expect.objectContaining({
          principal: expect.objectContaining({
            userEntityRef: 'user:default/guest',
          }),
        }),
      },
    );
  });

  it('waits until the catalog shows the new endpoint, so that its link opens it', async () => {
    const getEntityByRef = jest
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockResolvedValue({ kind: 'Resource' });
    const ctx = context(request('com.amazonaws.us-east-1.ec2'));
    await createEndpointAction({
      aws: aws(),
      accounts,
      requests: {},
      permissions,
      refreshCatalog,
      catalog: { getEntityByRef },
      userInfo: {
        getUserInfo: async () => ({
          userEntityRef: 'user:default/guest',
          ownershipEntityRefs: MEMBERS['user:default/guest'],
        }),
      },
    }).handler(ctx);
    const entityRef = output(ctx, 'entityRef');
    expect(getEntityByRef).toHaveBeenCalledTimes(2);
    expect(getEntityByRef).toHaveBeenLastCalledWith(entityRef, {
      credentials: expect.anything(),
    });
  });

  it('returns the same endpoint when a step is retried, creating no second one', async () => {
    const service = 'com.amazonaws.us-east-1.sqs';
    const first = context(request(service), { task: 'task-retry' });
    await action().handler(first);
    // The mock context does not replay checkpoints: the retry finds the endpoint by its task tag.
    const retry = context(request(service), { task: 'task-retry' });
    await action().handler(retry);
    expect(output(retry, 'endpointId')).toBe(output(first, 'endpointId'));
    expect(await endpointsTo(service)).toHaveLength(1);
  });

  it('refuses a second endpoint to a service the VPC already reaches, unless confirmed', async () => {
    const service = 'com.amazonaws.us-east-1.sns';
    await action().handler(context(request(service), { task: 'task-a' }));
    const [existing] = await endpointsTo(service);
    await expect(
      action().handler(context(request(service), { task: 'task-b' })),
    ).rejects.toThrow(
      `serviceName: ${network.vpcId} already has ${existing.VpcEndpointId} to ${service}; set confirmDuplicate to create another`,
    );
    expect(await endpointsTo(service)).toHaveLength(1);
    await action().handler(
      context(request(service, { confirmDuplicate: true }), { task: 'task-c' }),
    );
    expect(await endpointsTo(service)).toHaveLength(2);
  });

  it.each([
    [
      'an account the portal does not manage',
      { accountId: '999999999999' },
      'accountId: 999999999999 is not an account this portal manages',
    ],
    [
      'a region the portal does not read',
      { region: 'eu-west-1' },
      'region: eu-west-1 is not a region this portal reads in account 111111111111',
    ],
    [
      'an owner that is not a group',
      { owner: 'user:default/guest' },
      "owner: 'user:default/guest' is not a group reference",
    ],
    [
      'a group the requester is not a member of',
      { owner: 'group:default/data-platform' },
      'owner: user:default/guest is not a member of group:default/data-platform',
    ],
  ])(
    'refuses %s, naming the field, before asking AWS',
    async (_, overrides, message) => {
      const access = aws();
      await expect(
        action({}, access).handler(
          context(request('com.amazonaws.us-east-1.logs', overrides)),
        ),
      ).rejects.toThrow(message);
      expect(access.counter.total()).toBe(0);
      expect(await endpointsTo('com.amazonaws.us-east-1.logs')).toHaveLength(0);
    },
  );

  it.each([
    [
      'a VPC not in the account',
      () => ({ vpcId: 'vpc-0000000000dead' }),
      'vpcId: vpc-0000000000dead is not a VPC of account 111111111111, us-east-1',
    ],
    [
      'a subnet of another VPC',
      () => ({ subnetIds: [network.subnetIds[0], other.subnetId] }),
      () =>
        `subnetIds: ${other.subnetId} is in ${other.vpcId}, not in ${network.vpcId}`,
    ],
    [
      'a subnet that does not exist',
      () => ({ subnetIds: [network.subnetIds[0], 'subnet-0000000000dead'] }),
      'subnetIds: subnet-0000000000dead is not a subnet of account',
    ],
    [
      'two subnets in one AZ',
      () => ({ subnetIds: [network.subnetIds[0], network.sameAzSubnetId] }),
      'are both in us-east-1a: give one subnet per Availability Zone',
    ],
    [
      'one AZ without a reason',
      () => ({ subnetIds: [network.subnetIds[0]] }),
      'subnetIds: an endpoint in one Availability Zone fails with it',
    ],
    [
      'a security group of another VPC',
      () => ({ securityGroupIds: [other.groupId] }),
      () =>
        `securityGroupIds: ${other.groupId} belongs to ${other.vpcId}, not to ${network.vpcId}`,
    ],
    [
      'the same subnet twice',
      () => ({ subnetIds: [network.subnetIds[0], network.subnetIds[0]] }),
      'subnetIds lists a subnet twice',
    ],
  ])('refuses %s, naming the field', async (_, overrides, message) => {
    await expect(
      action().handler(
        context(request('com.amazonaws.us-east-1.logs', overrides())),
      ),
    ).rejects.toThrow(typeof message === 'string' ? message : message());
    expect(await endpointsTo('com.amazonaws.us-east-1.logs')).toHaveLength(0);
  });

  it('creates a least-privilege group, HTTPS from the VPC or the given CIDRs, when asked', async () => {
    const ctx = context(
      request('com.amazonaws.us-east-1.monitoring', {
        securityGroupIds: [],
        createSecurityGroup: true,
      }),
      {
        task: 'task-group',
      },
    );
    await action().handler(ctx);
    const [endpoint] = await endpointsTo('com.amazonaws.us-east-1.monitoring');
    expect(endpoint.Groups).toHaveLength(1);
    const { SecurityGroups = [] } = await ec2().send(
      new DescribeSecurityGroupsCommand({
        GroupIds: [endpoint.Groups![0].GroupId!],
      }),
    );
    expect(SecurityGroups[0]).toMatchObject({
      VpcId: network.vpcId,
      GroupName: expect.stringMatching(/^privatelink-[0-9a-f]{12}$/),
    });
    expect(SecurityGroups[0].IpPermissions).toEqual([
      expect.objectContaining({
        IpProtocol: 'tcp',
        FromPort: 443,
        ToPort: 443,
        IpRanges: [expect.objectContaining({ CidrIp: '10.9.0.0/16' })],
      }),
    ]);
    expect(SecurityGroups[0].Tags).toEqual(
      expect.arrayContaining([
        { Key: 'tenant', Value: 'group:default/payments' },
      ]),
    );

    const given = context(
      request('com.amazonaws.us-east-1.events', {
        securityGroupIds: [],
        createSecurityGroup: true,
        allowedCidrs: ['10.9.4.0/24'],
      }),
      { task: 'task-group-cidrs' },
    );
    await action().handler(given);
    const [withGivenCidrs] = await endpointsTo(
      'com.amazonaws.us-east-1.events',
    );
    const groups = await ec2().send(
      new DescribeSecurityGroupsCommand({
        GroupIds: [withGivenCidrs.Groups![0].GroupId!],
      }),
    );
    expect(
      groups.SecurityGroups?.[0].IpPermissions?.[0].IpRanges?.map(
        r => r.CidrIp,
      ),
    ).toEqual(['10.9.4.0/24']);
  });

  it('refuses no security group at all, and a CIDR that is not one', async () => {
    await expect(
      action().handler(
        context(
          request('com.amazonaws.us-east-1.logs', { securityGroupIds: [] }),
        ),
      ),
    ).rejects.toThrow(
      'securityGroupIds: choose a security group of the VPC, or set createSecurityGroup',
    );
    await expect(
      action().handler(
        context(
          request('com.amazonaws.us-east-1.logs', {
            securityGroupIds: [],
            createSecurityGroup: true,
            allowedCidrs: ['10.9.0.0/33'],
          }),
        ),
      ),
    ).rejects.toThrow("allowedCidrs: '10.9.0.0/33' is not an IPv4 CIDR block");
    expect(await endpointsTo('com.amazonaws.us-east-1.logs')).toHaveLength(0);
  });

  it.each([
    ['the internet', '0.0.0.0/0'],
    ['a range wider than the VPC', '10.8.0.0/15'],
    ['another network', '192.168.0.0/24'],
  ])(
    'refuses a least-privilege group open to %s, naming the CIDR, and creates nothing',
    async (_, cidr) => {
      const groupsBefore = (
        await ec2().send(new DescribeSecurityGroupsCommand({}))
      ).SecurityGroups?.length;
      await expect(
        action().handler(
          context(
            request('com.amazonaws.us-east-1.logs', {
              securityGroupIds: [],
              createSecurityGroup: true,
              allowedCidrs: ['10.9.1.0/24', cidr],
            }),
          ),
        ),
      ).rejects.toThrow(
        `allowedCidrs: '${cidr}' lies outside the VPC's CIDRs (10.9.0.0/16); a least-privilege group admits only those`,
      );
      expect(await endpointsTo('com.amazonaws.us-east-1.logs')).toHaveLength(0);
      expect(
        (await ec2().send(new DescribeSecurityGroupsCommand({}))).SecurityGroups
          ?.length,
      ).toBe(groupsBefore);
    },
  );

  it('admits a range config names beyond the VPC, and still refuses the internet', async () => {
    const requests: RequestSettings = {
      allowedSourceCidrs: ['192.168.0.0/16'],
    };
    const ctx = context(
      request('com.amazonaws.us-east-1.secretsmanager', {
        securityGroupIds: [],
        createSecurityGroup: true,
        allowedCidrs: ['192.168.4.0/24'],
      }),
      { task: 'task-on-premises' },
    );
    await action(requests).handler(ctx);
    expect(
      await endpointsTo('com.amazonaws.us-east-1.secretsmanager'),
    ).toHaveLength(1);
    await expect(
      action(requests).handler(
        context(
          request('com.amazonaws.us-east-1.logs', {
            securityGroupIds: [],
            createSecurityGroup: true,
            allowedCidrs: ['0.0.0.0/0'],
          }),
        ),
      ),
    ).rejects.toThrow(
      "allowedCidrs: '0.0.0.0/0' lies outside the VPC's CIDRs (10.9.0.0/16) and privatelink.requests.allowedSourceCidrs (192.168.0.0/16)",
    );
  });

  it('accepts one AZ when the requester says why', async () => {
    const ctx = context(
      request('com.amazonaws.us-east-1.ssm', {
        subnetIds: [network.subnetIds[0]],
        singleAzReason: 'a sandbox VPC',
      }),
    );
    await action().handler(ctx);
    expect(await endpointsTo('com.amazonaws.us-east-1.ssm')).toHaveLength(1);
  });

  it('refuses a service the tenant may not request, and one the policy denies', async () => {
    const allow: RequestSettings = {
      allow: [
        {
          services: ['com.amazonaws.vpce.us-east-1.vpce-svc-*'],
          owners: ['group:default/payments'],
        },
      ],
    };
    await expect(
      action(allow).handler(context(request('com.amazonaws.us-east-1.logs'))),
    ).rejects.toThrow(
      'serviceName: group:default/payments may not request com.amazonaws.us-east-1.logs (privatelink.requests.allow)',
    );
    policy = AuthorizeResult.DENY;
    await expect(
      action().handler(context(request('com.amazonaws.us-east-1.logs'))),
    ).rejects.toThrow(
      "owner: the portal's policy does not let user:default/guest request endpoints for group:default/payments (permission privatelink.endpoint.create)",
    );
    expect(await endpointsTo('com.amazonaws.us-east-1.logs')).toHaveLength(0);
  });

  it('refuses an account without a write role, and one read from a snapshot, saying what to configure', async () => {
    await expect(
      action().handler(
        context(
          request('com.amazonaws.us-east-1.logs', { accountId: NO_WRITE_ROLE }),
        ),
      ),
    ).rejects.toThrow(
      'account 222222222222 has no write role: set privatelink.accounts[].writeRoleArn',
    );
    await expect(
      action().handler(
        context(
          request('com.amazonaws.us-east-1.logs', {
            accountId: '444444444444',
          }),
        ),
      ),
    ).rejects.toThrow(
      'account 444444444444 is read from a snapshot of exported data (/exports): this portal shows it and cannot create endpoints there',
    );
  });

  it('checks everything on a dry run and creates nothing', async () => {
    refreshCatalog.mockClear();
    const service = 'com.amazonaws.us-east-1.ecr.api';
    const dry = context(request(service));
    dry.isDryRun = true;
    await action().handler(dry);
    expect(dry.output).toHaveBeenCalledWith('state', 'dry-run');
    const bad = context(
      request(service, {
        subnetIds: [network.subnetIds[0], network.sameAzSubnetId],
      }),
    );
    bad.isDryRun = true;
    await expect(action().handler(bad)).rejects.toThrow(
      'are both in us-east-1a',
    );
    expect(await endpointsTo(service)).toHaveLength(0);
    expect(refreshCatalog).not.toHaveBeenCalled();
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" through the handler, creating what it says',
    async (_, example) => {
      const created = action();
      // The scaffolder validates a step's input against the action's schema before the handler.
      const step = exampleStep(example, created);
      // The example's network ids name a network of its own; moto checks them, so they are
      // swapped for the seeded network's, one for one.
      const input = {
        ...request(step.input.serviceName),
        ...step.input,
        vpcId: network.vpcId,
        subnetIds: step.input.subnetIds.map(
          (_id: string, i: number) => network.subnetIds[i],
        ),
        securityGroupIds: [network.groupId],
      };
      const ctx = context(input, { task: 'task-example' });
      await created.handler(ctx);
      const [endpoint] = await endpointsTo(step.input.serviceName);
      expect(endpoint.VpcEndpointId).toBe(output(ctx, 'endpointId'));
      expect(endpoint.SubnetIds?.sort()).toEqual([...input.subnetIds].sort());
      expect(endpoint.Tags).toEqual(
        expect.arrayContaining([
          { Key: step.input.ownerTagKey ?? 'owner', Value: step.input.owner },
          ...(step.input.name ? [{ Key: 'Name', Value: step.input.name }] : []),
        ]),
      );
    },
  );
});

describe('privatelink:endpoint:create idempotency tokens', () => {
  it('derives the same idempotency token for a retried step, another for other input', () => {
    expect(clientToken('task-1/step', { a: 1 })).toBe(
      clientToken('task-1/step', { a: 1 }),
    );
    expect(clientToken('task-1/step', { a: 1 })).not.toBe(
      clientToken('task-2/step', { a: 1 }),
    );
    expect(clientToken('task-1/step', { a: 1 })).not.toBe(
      clientToken('task-1/step', { a: 2 }),
    );
    expect(clientToken('t', {}).length).toBeLessThanOrEqual(64);
  });
});
