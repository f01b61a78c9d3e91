import {
  CloudWatchClient,
  PutMetricDataCommand,
} from '@aws-sdk/client-cloudwatch';
import {
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  DescribeVpcEndpointsCommand,
} from '@aws-sdk/client-ec2';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { retireEndpointAction } from './retireEndpoint';
import { retireExamples } from './retireEndpoint.examples';
import {
  ACCOUNT,
  awsAccess,
  exampleStep,
  motoAccount,
  permissionsDeciding,
  taskContext,
  writableAccount,
} from '../__testUtils__/testAccount';

jest.setTimeout(60_000);

const accounts = [writableAccount];

const entityOf = (
  endpointId: string,
  owner: string,
  ownerSource = 'tag:tenant',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: endpointId,
    namespace: 'default',
    annotations: { 'privatelink.aws/owner-source': ownerSource },
  },
  spec: { type: 'aws-vpc-endpoint', owner },
});

describe('privatelink:endpoint:retire against moto', () => {
  const { ec2, moto } = motoAccount();
  let network: { vpcId: string; subnetIds: string[] };

  beforeAll(async () => {
    const vpcId = (
      await ec2().send(new CreateVpcCommand({ CidrBlock: '10.6.0.0/16' }))
    ).Vpc!.VpcId!;
    const subnetIds = [];
    for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) {
      subnetIds.push(
        (
          await ec2().send(
            new CreateSubnetCommand({
              VpcId: vpcId,
              CidrBlock: `10.6.${i}.0/24`,
              AvailabilityZone: az,
            }),
          )
        ).Subnet!.SubnetId!,
      );
    }
    network = { vpcId, subnetIds };
  });

  /** An interface endpoint in the seeded VPC, with `bytes` processed two days ago. */
  async function endpoint(
    serviceName: string,
    bytes = 0,
    type: 'Interface' | 'Gateway' = 'Interface',
  ) {
    const { VpcEndpoint } = await ec2().send(
      new CreateVpcEndpointCommand({
        VpcEndpointType: type,
        VpcId: network.vpcId,
        ServiceName: serviceName,
        ...(type === 'Interface' ? { SubnetIds: network.subnetIds } : {}),
      }),
    );
    if (bytes > 0) {
      const cloudWatch = new CloudWatchClient(
        await moto().clientConfig(ACCOUNT, 'us-east-1'),
      );
      await cloudWatch.send(
        new PutMetricDataCommand({
          Namespace: 'AWS/PrivateLinkEndpoints',
          MetricData: [
            {
              MetricName: 'BytesProcessed',
              // The dimension set AWS publishes, in its order.
              Dimensions: [
                { Name: 'Endpoint Type', Value: type },
                { Name: 'Service Name', Value: serviceName },
                { Name: 'VPC Endpoint Id', Value: VpcEndpoint!.VpcEndpointId },
                { Name: 'VPC Id', Value: network.vpcId },
              ],
              Timestamp: new Date(Date.now() - 2 * 86_400_000),
              Value: bytes,
              Unit: 'Bytes',
            },
          ],
        }),
      );
    }
    return VpcEndpoint!.VpcEndpointId!;
  }

  const live = async (endpointId: string) => {
    const { VpcEndpoints = [] } = await ec2()
      .send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [endpointId] }))
      .catch(() => ({
        VpcEndpoints: [],
      }));
    return VpcEndpoints.some(
      e =>
        e.VpcEndpointId === endpointId &&
        !/deleted|deleting/i.test(e.State ?? ''),
    );
  };

  // Members of payments only: the portal's policy, tested in packages/backend.
  const permissions = permissionsDeciding(r =>
    r.resourceRef === 'group:default/payments'
      ? AuthorizeResult.ALLOW
      : AuthorizeResult.DENY,
  );

  const refreshCatalog = jest.fn(async () => ({ triggered: true }));

  const action = (entities: Entity[]) =>
    retireEndpointAction({
      refreshCatalog,
      aws: awsAccess(),
      accounts,
      permissions,
      catalog: catalogServiceMock({ entities }),
    });

  const context = (input: object) =>
    taskContext({
      accountId: ACCOUNT,
      region: 'us-east-1',
      trafficDays: 14,
      force: false,
      ...input,
    } as any);

  it('deletes an idle endpoint of the requester’s team, saying who retired it', async () => {
    const id = await endpoint('com.amazonaws.us-east-1.kms');
    const ctx = context({ endpointId: id, confirm: id });
    await action([entityOf(id, 'group:default/payments')]).handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('retiredBy', 'user:default/guest');
    expect(ctx.output).toHaveBeenCalledWith('bytesInWindow', 0);
    expect(await live(id)).toBe(false);
    expect(refreshCatalog).toHaveBeenLastCalledWith(ACCOUNT);
  });

  it('refuses an endpoint that carried traffic, unless forced with a reason', async () => {
    const id = await endpoint('com.amazonaws.us-east-1.sts', 5_000_000);
    const entities = [entityOf(id, 'group:default/payments')];
    await expect(
      action(entities).handler(context({ endpointId: id, confirm: id })),
    ).rejects.toThrow(
      `endpointId: ${id} processed 5,000,000 bytes in the last 14 days; set force with a reason to delete it anyway`,
    );
    await expect(
      action(entities).handler(
        context({ endpointId: id, confirm: id, force: true }),
      ),
    ).rejects.toThrow(
      'reason: forcing the deletion of an endpoint that carries traffic needs a reason',
    );
    expect(await live(id)).toBe(true);
    await action(entities).handler(
      context({
        endpointId: id,
        confirm: id,
        force: true,
        reason: 'replaced by the eu-west-1 endpoint',
      }),
    );
    expect(await live(id)).toBe(false);
  });

  it.each([
    [
      'an unconfirmed deletion',
      (id: string) => ({ endpointId: id, confirm: 'yes' }),
      (id: string) =>
        `confirm: type the endpoint id ${id} to confirm its deletion`,
    ],
    [
      'an endpoint of another team',
      (id: string) => ({
        endpointId: id,
        confirm: id,
        owner: 'group:default/data-platform',
      }),
      (id: string) =>
        `endpointId: user:default/guest may not retire ${id}, owned by group:default/data-platform`,
    ],
    [
      'an endpoint the catalog does not know',
      (id: string) => ({ endpointId: id, confirm: id, owner: null }),
      (id: string) =>
        `endpointId: ${id} has no entity with an owner in the catalog`,
    ],
    [
      'an endpoint its team owns only as the default owner',
      (id: string) => ({ endpointId: id, confirm: id, ownerSource: 'default' }),
      (id: string) =>
        `endpointId: ${id} belongs to group:default/payments only as the portal's default owner`,
    ],
  ])(
    'refuses %s, naming the field, and deletes nothing',
    async (_, inputOf, message) => {
      const id = await endpoint('com.amazonaws.us-east-1.logs');
      // owner: the team of the endpoint's entity; null for no entity at all.
      const { owner, ownerSource, ...input } = {
        owner: 'group:default/payments',
        ...inputOf(id),
      } as any;
      await expect(
        action(owner ? [entityOf(id, owner, ownerSource)] : []).handler(
          context(input),
        ),
      ).rejects.toThrow(message(id));
      expect(await live(id)).toBe(true);
    },
  );

  it('refuses a deletion over the default 14 days of traffic when the request names no window', async () => {
    // An API call, or a template, that leaves trafficDays and force out: the handler gets undefined.
    const id = await endpoint('com.amazonaws.us-east-1.ecs', 1_000);
    const ctx = taskContext({
      accountId: ACCOUNT,
      region: 'us-east-1',
      endpointId: id,
      confirm: id,
    });
    await expect(
      action([entityOf(id, 'group:default/payments')]).handler(ctx),
    ).rejects.toThrow(
      `endpointId: ${id} processed 1,000 bytes in the last 14 days; set force with a reason to delete it anyway`,
    );
    expect(await live(id)).toBe(true);
  });

  it('refuses an endpoint that is not in the account', async () => {
    const entities = [
      entityOf('vpce-0000000000000dead', 'group:default/payments'),
    ];
    await expect(
      action(entities).handler(
        context({
          endpointId: 'vpce-0000000000000dead',
          confirm: 'vpce-0000000000000dead',
        }),
      ),
    ).rejects.toThrow(
      'endpointId: vpce-0000000000000dead is not an endpoint of account 111111111111, us-east-1',
    );
  });

  it('checks everything on a dry run and deletes nothing', async () => {
    refreshCatalog.mockClear();
    const id = await endpoint('com.amazonaws.us-east-1.ecr.dkr');
    const ctx = context({ endpointId: id, confirm: id });
    ctx.isDryRun = true;
    await action([entityOf(id, 'group:default/payments')]).handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('retiredBy', 'user:default/guest');
    expect(await live(id)).toBe(true);
    expect(refreshCatalog).not.toHaveBeenCalled();
  });

  it.each(retireExamples.map(e => [e.description, e.example]))(
    'runs the example "%s" through the handler',
    async (_, example) => {
      const step = exampleStep(example, action([]));
      // The example's endpoint id names one of its own; moto makes its own ids, so it is swapped.
      const id = await endpoint('com.amazonaws.us-east-1.ssm');
      const ctx = context({ ...step.input, endpointId: id, confirm: id });
      await action([entityOf(id, 'group:default/payments')]).handler(ctx);
      expect(await live(id)).toBe(false);
    },
  );
});
