import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeVpcEndpointsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { ConfigReader } from '@backstage/config';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { AwsClientFactory } from '@internal/plugin-privatelink-node';
import { MotoServer } from '@internal/plugin-privatelink-node/testUtils';
import { Schema, Validator } from 'jsonschema';
import yaml from 'yaml';
import { clientToken, createEndpointAction } from './createEndpoint';
import { examples } from './createEndpoint.examples';

jest.setTimeout(60_000);

const ACCOUNT = '111111111111';

describe('privatelink:endpoint:create against moto', () => {
  let moto: MotoServer;
  const savedEnv = { ...process.env };
  let network: { vpcId: string; subnetIds: string[]; groupId: string };

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    const ec2 = new EC2Client(await moto.clientConfig(ACCOUNT, 'us-east-1'));
    const { Vpc } = await ec2.send(
      new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }),
    );
    const subnetIds = [];
    for (const [i, az] of ['us-east-1a', 'us-east-1b'].entries()) {
      const { Subnet } = await ec2.send(
        new CreateSubnetCommand({
          VpcId: Vpc!.VpcId,
          CidrBlock: `10.9.${i}.0/24`,
          AvailabilityZone: az,
        }),
      );
      subnetIds.push(Subnet!.SubnetId!);
    }
    const { GroupId } = await ec2.send(
      new CreateSecurityGroupCommand({
        VpcId: Vpc!.VpcId,
        GroupName: 'g',
        Description: 'g',
      }),
    );
    network = { vpcId: Vpc!.VpcId!, subnetIds, groupId: GroupId! };
  });

  afterAll(async () => {
    await moto?.stop();
    process.env = savedEnv;
  });

  /** A request for an STS endpoint in the seeded VPC, owned by payments. */
  const request = () => ({
    accountId: ACCOUNT,
    region: 'us-east-1',
    vpcId: network.vpcId,
    serviceName: 'com.amazonaws.us-east-1.sts',
    subnetIds: network.subnetIds,
    securityGroupIds: [network.groupId],
    owner: 'group:default/payments',
    ownerTagKey: 'tenant',
    privateDnsEnabled: true,
  });

  const action = () =>
    createEndpointAction({
      clients: AwsClientFactory.fromConfig(
        new ConfigReader({
          aws: {
            accounts: [{ accountId: ACCOUNT, roleName: 'privatelink-creator' }],
          },
        }),
      ),
    });

  it('creates a tagged interface endpoint in the requested account', async () => {
    const ctx = createMockActionContext({
      input: {
        ...request(),
        serviceName: 'com.amazonaws.us-east-1.kms',
        name: 'payments-kms',
      },
    });
    await action().handler(ctx);
    const endpointId = (ctx.output as jest.Mock).mock.calls.find(
      c => c[0] === 'endpointId',
    )[1];
    expect(endpointId).toMatch(/^vpce-/);

    const ec2 = new EC2Client(await moto.clientConfig(ACCOUNT, 'us-east-1'));
    const { VpcEndpoints } = await ec2.send(
      new DescribeVpcEndpointsCommand({ VpcEndpointIds: [endpointId] }),
    );
    expect(VpcEndpoints?.[0]).toMatchObject({
      VpcId: network.vpcId,
      ServiceName: 'com.amazonaws.us-east-1.kms',
      VpcEndpointType: 'Interface',
    });
    expect(VpcEndpoints?.[0].SubnetIds?.sort()).toEqual(
      [...network.subnetIds].sort(),
    );
    expect(VpcEndpoints?.[0].Tags).toEqual(
      expect.arrayContaining([
        { Key: 'tenant', Value: 'group:default/payments' },
        { Key: 'Name', Value: 'payments-kms' },
      ]),
    );
  });

  it('creates nothing on a dry run', async () => {
    const ec2 = new EC2Client(await moto.clientConfig(ACCOUNT, 'us-east-1'));
    const before = (await ec2.send(new DescribeVpcEndpointsCommand({})))
      .VpcEndpoints?.length;
    // createMockActionContext drops isDryRun, so it is set on the context it returns.
    const ctx = createMockActionContext({
      input: request(),
    });
    ctx.isDryRun = true;
    await action().handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('state', 'dry-run');
    expect(
      (await ec2.send(new DescribeVpcEndpointsCommand({}))).VpcEndpoints
        ?.length,
    ).toBe(before);
  });

  it.each(examples.map(e => [e.description, e.example]))(
    'runs the example "%s" through the handler, creating what it says',
    async (_, example) => {
      const step = yaml.parse(example).steps[0];
      expect(step.action).toBe('privatelink:endpoint:create');
      const created = action();
      // The scaffolder validates a step's input against the action's schema before the handler.
      const validation = new Validator().validate(step.input, created.schema?.input as Schema);
      expect(validation.errors.map(e => e.stack)).toEqual([]);
      // The example's network ids name a network of its own; moto checks them, so they are
      // swapped for the seeded network's, one for one.
      const input = {
        ...step.input,
        vpcId: network.vpcId,
        subnetIds: step.input.subnetIds.map((_id: string, i: number) => network.subnetIds[i]),
        securityGroupIds: [network.groupId],
      };
      const ctx = createMockActionContext({ input });
      await created.handler(ctx);
      const endpointId = (ctx.output as jest.Mock).mock.calls.find(c => c[0] === 'endpointId')[1];
      const ec2 = new EC2Client(await moto.clientConfig(input.accountId, input.region));
      const { VpcEndpoints } = await ec2.send(
        new DescribeVpcEndpointsCommand({ VpcEndpointIds: [endpointId] }),
      );
      expect(VpcEndpoints?.[0]).toMatchObject({
        VpcId: network.vpcId,
        ServiceName: step.input.serviceName,
        VpcEndpointType: 'Interface',
      });
      expect(VpcEndpoints?.[0].SubnetIds?.sort()).toEqual([...input.subnetIds].sort());
      expect(VpcEndpoints?.[0].Tags).toEqual(
        expect.arrayContaining([
          { Key: step.input.ownerTagKey ?? 'owner', Value: step.input.owner },
          ...(step.input.name ? [{ Key: 'Name', Value: step.input.name }] : []),
        ]),
      );
    },
  );

  it('refuses the same subnet twice with an input error', async () => {
    const ctx = createMockActionContext({
      input: {
        ...request(),
        subnetIds: [network.subnetIds[0], network.subnetIds[0]],
      },
    });
    await expect(action().handler(ctx)).rejects.toThrow(
      'subnetIds lists a subnet twice',
    );
  });
});

describe('privatelink:endpoint:create idempotency tokens', () => {
  it('derives the same idempotency token for a retried step, another for other input', () => {
    expect(clientToken('task-1', { a: 1 })).toBe(
      clientToken('task-1', { a: 1 }),
    );
    expect(clientToken('task-1', { a: 1 })).not.toBe(
      clientToken('task-2', { a: 1 }),
    );
    expect(clientToken('task-1', { a: 1 })).not.toBe(
      clientToken('task-1', { a: 2 }),
    );
    expect(clientToken('t', {}).length).toBeLessThanOrEqual(64);
  });
});
