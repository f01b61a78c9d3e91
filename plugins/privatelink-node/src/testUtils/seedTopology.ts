import {
  AuthorizeSecurityGroupIngressCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  CreateVpcEndpointServiceConfigurationCommand,
  EC2Client,
  ModifyVpcEndpointServicePermissionsCommand,
  Tag,
} from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { MotoServer } from './MotoServer';

/** One VPC with a subnet in each of two AZs and a least-privilege endpoint security group. @public */
export interface SeededVpc {
  vpcId: string;
  subnetIds: string[];
  securityGroupId: string;
  routeTableId: string;
}

async function createVpc(
  ec2: EC2Client,
  region: string,
  cidrPrefix: string,
): Promise<SeededVpc> {
  const { Vpc } = await ec2.send(
    new CreateVpcCommand({ CidrBlock: `${cidrPrefix}.0.0/16` }),
  );
  const vpcId = Vpc!.VpcId!;
  const subnetIds: string[] = [];
  for (const [i, az] of ['a', 'b'].entries()) {
    const { Subnet } = await ec2.send(
      new CreateSubnetCommand({
        VpcId: vpcId,
        CidrBlock: `${cidrPrefix}.${i + 1}.0/24`,
        AvailabilityZone: `${region}${az}`,
      }),
    );
    subnetIds.push(Subnet!.SubnetId!);
  }
  const { GroupId } = await ec2.send(
    new CreateSecurityGroupCommand({
      VpcId: vpcId,
      GroupName: 'endpoints-https',
      Description: 'HTTPS from the VPC to interface endpoints',
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: `${cidrPrefix}.0.0/16` }],
        },
      ],
    }),
  );
  const { RouteTable } = await ec2.send(
    new CreateRouteTableCommand({ VpcId: vpcId }),
  );
  return {
    vpcId,
    subnetIds,
    securityGroupId: GroupId!,
    routeTableId: RouteTable!.RouteTableId!,
  };
}

const tagged = (tags: Record<string, string>) => [
  {
    ResourceType: 'vpc-endpoint' as const,
    Tags: Object.entries(tags).map(([Key, Value]): Tag => ({ Key, Value })),
  },
];

/** Creates one endpoint in a seeded VPC and returns its id. @public */
export async function createEndpoint(
  ec2: EC2Client,
  vpc: SeededVpc,
  options: {
    serviceName: string;
    type?: 'Interface' | 'Gateway';
    tags?: Record<string, string>;
  },
): Promise<string> {
  const type = options.type ?? 'Interface';
  const { VpcEndpoint } = await ec2.send(
    new CreateVpcEndpointCommand({
      VpcId: vpc.vpcId,
      ServiceName: options.serviceName,
      VpcEndpointType: type,
      ...(type === 'Interface'
        ? {
            SubnetIds: vpc.subnetIds,
            SecurityGroupIds: [vpc.securityGroupId],
            PrivateDnsEnabled: true,
          }
        : { RouteTableIds: [vpc.routeTableId] }),
      TagSpecifications: options.tags ? tagged(options.tags) : undefined,
    }),
  );
  return VpcEndpoint!.VpcEndpointId!;
}

/** The small PrivateLink topology the AWS integration tests share. @public */
export interface SeededTopology {
  consumer: {
    accountId: string;
    vpc: SeededVpc;
    kmsEndpointId: string;
    s3GatewayEndpointId: string;
    untaggedEndpointId: string;
    euVpc: SeededVpc;
    euLogsEndpointId: string;
  };
  second: {
    accountId: string;
    vpc: SeededVpc;
    secretsEndpointId: string;
  };
}

/**
 * Seeds, through the real AWS SDK against moto:
 * - in `consumerAccountId`, us-east-1: a KMS interface endpoint (tag tenant=payments), an S3
 *   gateway endpoint (tag tenant=data-platform) and an untagged STS endpoint; eu-west-1: a Logs
 *   endpoint (tag owner=identity);
 * - in `secondAccountId`, us-east-1: a Secrets Manager endpoint (tag tenant=identity).
 * @public
 */
export async function seedPrivateLinkTopology(
  moto: MotoServer,
  consumerAccountId: string,
  secondAccountId: string,
): Promise<SeededTopology> {
  const east = new EC2Client(
    await moto.clientConfig(consumerAccountId, 'us-east-1'),
  );
  const west = new EC2Client(
    await moto.clientConfig(consumerAccountId, 'eu-west-1'),
  );
  const other = new EC2Client(
    await moto.clientConfig(secondAccountId, 'us-east-1'),
  );

  const vpc = await createVpc(east, 'us-east-1', '10.1');
  const euVpc = await createVpc(west, 'eu-west-1', '10.2');
  const secondVpc = await createVpc(other, 'us-east-1', '10.3');
  return {
    consumer: {
      accountId: consumerAccountId,
      vpc,
      kmsEndpointId: await createEndpoint(east, vpc, {
        serviceName: 'com.amazonaws.us-east-1.kms',
        tags: { Name: 'payments-kms', tenant: 'payments' },
      }),
      s3GatewayEndpointId: await createEndpoint(east, vpc, {
        serviceName: 'com.amazonaws.us-east-1.s3',
        type: 'Gateway',
        tags: { tenant: 'data-platform' },
      }),
      untaggedEndpointId: await createEndpoint(east, vpc, {
        serviceName: 'com.amazonaws.us-east-1.sts',
      }),
      euVpc,
      euLogsEndpointId: await createEndpoint(west, euVpc, {
        serviceName: 'com.amazonaws.eu-west-1.logs',
        tags: { owner: 'identity' },
      }),
    },
    second: {
      accountId: secondAccountId,
      vpc: secondVpc,
      secretsEndpointId: await createEndpoint(other, secondVpc, {
        serviceName: 'com.amazonaws.us-east-1.secretsmanager',
        tags: { tenant: 'identity' },
      }),
    },
  };
}

/**
 * Makes `accountId` provide an endpoint service behind a new NLB in `vpc`, allowing
 * `allowedPrincipals`. Returns the service id and name.
 * @public
 */
export async function provideEndpointService(
  moto: MotoServer,
  accountId: string,
  vpc: SeededVpc,
  allowedPrincipals: string[],
): Promise<{
  serviceId: string;
  serviceName: string;
  loadBalancerArn: string;
}> {
  const config = await moto.clientConfig(accountId, 'us-east-1');
  const elbv2 = new ElasticLoadBalancingV2Client(config);
  const ec2 = new EC2Client(config);
  const { LoadBalancers } = await elbv2.send(
    new CreateLoadBalancerCommand({
      Name: 'ledger-api',
      Type: 'network',
      Subnets: vpc.subnetIds,
    }),
  );
  const loadBalancerArn = LoadBalancers![0].LoadBalancerArn!;
  const { ServiceConfiguration } = await ec2.send(
    new CreateVpcEndpointServiceConfigurationCommand({
      NetworkLoadBalancerArns: [loadBalancerArn],
      AcceptanceRequired: true,
    }),
  );
  await ec2.send(
    new ModifyVpcEndpointServicePermissionsCommand({
      ServiceId: ServiceConfiguration!.ServiceId!,
      AddAllowedPrincipals: allowedPrincipals,
    }),
  );
  return {
    serviceId: ServiceConfiguration!.ServiceId!,
    serviceName: ServiceConfiguration!.ServiceName!,
    loadBalancerArn,
  };
}
