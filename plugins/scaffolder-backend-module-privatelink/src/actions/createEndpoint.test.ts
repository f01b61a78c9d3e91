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
import yaml from 'yaml';
import { clientToken, createEndpointAction } from './createEndpoint';

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

describe('privatelink:endpoint:create examples and tokens', () => {
  it('has examples whose input the schema accepts', () => {
    const created = createEndpointAction({ clients: {} as AwsClientFactory });
    expect(created.examples?.length).toBeGreaterThan(0);
    for (const example of created.examples ?? []) {
      const step = yaml.parse(example.example).steps[0];
      expect(step.action).toBe('privatelink:endpoint:create');
      const schema = created.schema?.input as any;
      expect(Object.keys(step.input).every(k => k in schema.properties)).toBe(
        true,
      );
      expect(schema.required.every((k: string) => k in step.input)).toBe(true);
    }
  });

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
