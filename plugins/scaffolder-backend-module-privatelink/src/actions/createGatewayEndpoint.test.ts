import {
  CreateRouteTableCommand,
  CreateVpcCommand,
  DescribeVpcEndpointsCommand,
} from '@aws-sdk/client-ec2';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { REQUEST_TAGS } from '@privatelink-portal/plugin-privatelink-common';
import { RequestSettings } from '@privatelink-portal/plugin-privatelink-node';
import { createGatewayEndpointAction } from './createGatewayEndpoint';
import { examples } from './createGatewayEndpoint.examples';
import {
  ACCOUNT,
  awsAccess,
  exampleStep,
  motoAccount,
  outputOf as output,
  permissionsDeciding,
  taskContext as context,
  writableAccount,
} from '../__testUtils__/testAccount';

jest.setTimeout(60_000);

const accounts = [
  writableAccount,
  {
    accountId: '444444444444',
    regions: ['us-east-1'],
    source: {
      type: 'snapshot' as const,
      path: '/exports',
      shiftDatesForDemo: false,
    },
  },
];

describe('privatelink:gateway-endpoint:create against moto', () => {
  const { ec2 } = motoAccount();
  let vpcId: string;
  let routeTables: string[];
  let otherRouteTable: string;
  let policy: AuthorizeResult;

  beforeAll(async () => {
    const vpc = async (cidr: string) =>
      (await ec2().send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc!.VpcId!;
    const routeTable = async (id: string) =>
      (await ec2().send(new CreateRouteTableCommand({ VpcId: id }))).RouteTable!
        .RouteTableId!;
    vpcId = await vpc('10.11.0.0/16');
    routeTables = [
      await routeTable(vpcId),
      await routeTable(vpcId),
      await routeTable(vpcId),
    ];
    otherRouteTable = await routeTable(await vpc('10.12.0.0/16'));
  });

  beforeEach(() => {
    policy = AuthorizeResult.ALLOW;
  });

  const permissions = permissionsDeciding(() => policy);
  const refreshCatalog = jest.fn(async () => ({ triggered: true }));

  const action = (requests: RequestSettings = {}) =>
    createGatewayEndpointAction({
      aws: awsAccess(),
      accounts,
      requests,
      permissions,
      refreshCatalog,
      userInfo: {
        getUserInfo: async () => ({
          userEntityRef: 'user:default/guest',
          ownershipEntityRefs: ['user:default/guest', 'group:default/payments'],
        }),
      },
    });

  const request = (overrides: object = {}) => ({
    accountId: ACCOUNT,
    region: 'us-east-1',
    vpcId,
    service: 's3' as 's3' | 'dynamodb',
    routeTableIds: [routeTables[0]],
    owner: 'group:default/payments',
    ownerTagKey: 'tenant',
    ...overrides,
  });

  const gatewayEndpoints = async (service: string) =>
    (
      (await ec2().send(new DescribeVpcEndpointsCommand({}))).VpcEndpoints ?? []
    ).filter(
      e =>
        e.VpcId === vpcId &&
        e.ServiceName === `com.amazonaws.us-east-1.${service}` &&
        e.VpcEndpointType === 'Gateway',
    );

  it('creates a gateway endpoint routed from the chosen route tables, tagged, once per step', async () => {
    const ctx = context(request({ name: 'payments-s3' }));
    await action().handler(ctx);
    const endpointId = output(ctx, 'endpointId');
    expect(output(ctx, 'entityRef')).toBe(`resource:default/${endpointId}`);
    const [endpoint] = await gatewayEndpoints('s3');
    expect(endpoint).toMatchObject({
      VpcEndpointId: endpointId,
      RouteTableIds: [routeTables[0]],
    });
    expect(endpoint.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'tenant', Value: 'group:default/payments' },
        { Key: 'Name', Value: 'payments-s3' },
        { Key: REQUEST_TAGS.requestedBy, Value: 'user:default/guest' },
        { Key: REQUEST_TAGS.task, Value: 'task-1/mock-step-id' },
        { Key: REQUEST_TAGS.vendor, Value: 'group:default/aws' },
      ]),
    );
    expect(refreshCatalog).toHaveBeenCalledWith(ACCOUNT);
    // A retried step finds what it created instead of creating a second one.
    const retried = context(request({ name: 'payments-s3' }));
    await action().handler(retried);
    expect(output(retried, 'endpointId')).toBe(endpointId);
    expect(await gatewayEndpoints('s3')).toHaveLength(1);
  });

  it('refuses a route table that already routes to the service, and takes the others', async () => {
    await expect(
      action().handler(
        context(request({ routeTableIds: [routeTables[0], routeTables[1]] }), {
          task: 'task-2',
        }),
      ),
    ).rejects.toThrow(
      new RegExp(`routeTableIds: ${routeTables[0]} already routes to s3`),
    );
    const ctx = context(request({ routeTableIds: [routeTables[1]] }), {
      task: 'task-3',
    });
    await action().handler(ctx);
    expect(await gatewayEndpoints('s3')).toHaveLength(2);
  });

  it.each([
    [
      'a route table of another VPC',
      () => request({ routeTableIds: [otherRouteTable] }),
      /routeTableIds: rtb-\w+ is not a route table of vpc-/,
    ],
    [
      'a VPC of another account',
      () => request({ vpcId: 'vpc-0000000000000dead' }),
      /vpcId: vpc-0000000000000dead is not a VPC of account 111111111111/,
    ],
    [
      'an owner the requester is not a member of',
      () => request({ owner: 'group:default/platform' }),
      /owner: user:default\/guest is not a member of group:default\/platform/,
    ],
    [
      'an account read from a snapshot',
      () => request({ accountId: '444444444444' }),
      /read from a snapshot of exported data/,
    ],
  ])('refuses %s, naming the field', async (_, input, message) => {
    await expect(
      action().handler(context(input(), { task: 'task-refused' })),
    ).rejects.toThrow(message);
  });

  it('keeps to privatelink.requests.allow, and creates nothing in a dry run', async () => {
    await expect(
      action({ allow: [{ services: ['com.amazonaws.*.s3'] }] }).handler(
        context(request({ service: 'dynamodb' }), { task: 'task-4' }),
      ),
    ).rejects.toThrow(
      'service: group:default/payments may not request com.amazonaws.us-east-1.dynamodb',
    );
    const dry = context(
      request({ service: 'dynamodb', routeTableIds: [routeTables[2]] }),
      { task: 'task-5', dryRun: true },
    );
    await action().handler(dry);
    expect(output(dry, 'endpointId')).toBe('vpce-dry-run');
    expect(await gatewayEndpoints('dynamodb')).toHaveLength(0);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" through the handler, creating what it says',
    async (_, example) => {
      const created = action();
      const step = exampleStep(example, created);
      // The example's ids name a network of its own: swapped for the seeded one's.
      const input = {
        ...step.input,
        vpcId,
        service: 'dynamodb' as const,
        routeTableIds: [routeTables[2]],
      };
      const ctx = context(input, { task: 'task-example' });
      await created.handler(ctx);
      const endpoint = (await gatewayEndpoints('dynamodb')).find(
        e => e.VpcEndpointId === output(ctx, 'endpointId'),
      );
      expect(endpoint?.RouteTableIds).toEqual([routeTables[2]]);
      expect(endpoint?.Tags).toEqual(
        expect.arrayContaining([
          { Key: step.input.ownerTagKey, Value: step.input.owner },
          { Key: 'Name', Value: step.input.name },
        ]),
      );
    },
  );
});
