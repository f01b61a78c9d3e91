/*
 * The e2e's AWS: a moto_server of its own, seeded through the real SDK with a small network an
 * example team can request an endpoint in, and the config that points the portal's backend at it
 * (two AWS accounts with a write role, besides the shipped snapshot's accounts).
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { AssumeRoleCommand, STSClient } = require('@aws-sdk/client-sts');
const {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  EC2Client,
} = require('@aws-sdk/client-ec2');

/** The platform team's account: three VPCs with an STS endpoint each (the catalog knows the service). */
const ACCOUNT = '333333333333';
/** A fresh account: its default VPC and payments' VPC, no endpoint anywhere. */
const FRESH_ACCOUNT = '444444444444';
const REGION = 'us-east-1';
const MAIN = { accessKeyId: 'testing', secretAccessKey: 'testing' };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startMoto() {
  const found = spawnSync('moto_server', ['--help'], { stdio: 'ignore' });
  if (found.error || found.status !== 0)
    throw new Error(
      'moto_server is not on PATH: the e2e request flow needs it',
    );
  const port = await freePort();
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/moto-api/`)).ok) {
        return {
          url,
          stop: () =>
            child.exitCode === null && process.kill(-child.pid, 'SIGTERM'),
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`moto_server did not answer on ${url}`);
}

/** An EC2 client acting in an account, through an assumed role as in AWS. */
async function ec2In(url, accountId) {
  const sts = new STSClient({
    region: REGION,
    endpoint: url,
    credentials: MAIN,
  });
  const { Credentials } = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${accountId}:role/e2e-seed`,
      RoleSessionName: 'seed',
    }),
  );
  return new EC2Client({
    region: REGION,
    endpoint: url,
    credentials: {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
    },
  });
}

/** A VPC with its Name and tenant tags, and a subnet maker for it. */
function network(ec2) {
  const vpc = async (cidr, name, tenant) => {
    const id = (await ec2.send(new CreateVpcCommand({ CidrBlock: cidr }))).Vpc
      .VpcId;
    await ec2.send(
      new CreateTagsCommand({
        Resources: [id],
        Tags: [
          { Key: 'Name', Value: name },
          { Key: 'tenant', Value: tenant },
        ],
      }),
    );
    return id;
  };
  const subnet = async (vpcId, cidr, az) =>
    (
      await ec2.send(
        new CreateSubnetCommand({
          VpcId: vpcId,
          CidrBlock: cidr,
          AvailabilityZone: az,
        }),
      )
    ).Subnet.SubnetId;
  return { vpc, subnet };
}

/**
 * In the fresh account, payments' VPC with two subnets in two AZs and an HTTPS group, where the
 * test requests its first endpoints; in the platform account, three VPCs with an STS endpoint each.
 */
async function seed(url) {
  const fresh = await ec2In(url, FRESH_ACCOUNT);
  const { vpc, subnet } = network(fresh);
  const payments = await vpc('10.30.0.0/16', 'payments-moto', 'payments');
  const subnets = [
    await subnet(payments, '10.30.0.0/24', 'us-east-1a'),
    await subnet(payments, '10.30.1.0/24', 'us-east-1b'),
  ];
  const group = (
    await fresh.send(
      new CreateSecurityGroupCommand({
        VpcId: payments,
        GroupName: 'endpoints-https',
        Description: 'HTTPS from the VPC',
      }),
    )
  ).GroupId;
  // The platform network: three VPCs of the platform account, each with its own STS endpoint
  // behind a group allowing HTTPS from 10.0.0.0/8 (the first is the one the request form names
  // the service by). Consolidation advice weighs them against one STS endpoint in a hub VPC.
  const platformEc2 = await ec2In(url, ACCOUNT);
  const platformNetwork = network(platformEc2);
  const platformVpcs = [];
  for (const [i, name] of [
    'platform-moto',
    'analytics-moto',
    'batch-moto',
  ].entries()) {
    const vpcId = await platformNetwork.vpc(
      `10.3${i + 1}.0.0/16`,
      name,
      'platform',
    );
    const subnetId = await platformNetwork.subnet(
      vpcId,
      `10.3${i + 1}.0.0/24`,
      'us-east-1a',
    );
    const groupId = (
      await platformEc2.send(
        new CreateSecurityGroupCommand({
          VpcId: vpcId,
          GroupName: 'sts-endpoint',
          Description: 'HTTPS from the company network',
        }),
      )
    ).GroupId;
    await platformEc2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 443,
            ToPort: 443,
            IpRanges: [{ CidrIp: '10.0.0.0/8' }],
          },
        ],
      }),
    );
    const endpointId = (
      await platformEc2.send(
        new CreateVpcEndpointCommand({
          VpcEndpointType: 'Interface',
          VpcId: vpcId,
          ServiceName: `com.amazonaws.${REGION}.sts`,
          SubnetIds: [subnetId],
          SecurityGroupIds: [groupId],
          TagSpecifications: [
            {
              ResourceType: 'vpc-endpoint',
              Tags: [{ Key: 'tenant', Value: 'platform' }],
            },
          ],
        }),
      )
    ).VpcEndpoint.VpcEndpointId;
    platformVpcs.push({ vpcId, endpointId });
  }
  return {
    accountId: FRESH_ACCOUNT,
    vpcId: payments,
    subnets,
    group,
    existing: platformVpcs[0].endpointId,
    platformVpcs,
  };
}

/** The config and environment of a backend that reads the moto account besides the snapshot. */
function backendSettings(url, dir) {
  const file = path.join(dir, 'app-config.e2e-moto.yaml');
  fs.writeFileSync(
    file,
    [
      '# Written by e2e/moto.js: the snapshot accounts, and the moto accounts the e2e requests in.',
      'aws:',
      '  accounts:',
      ...[ACCOUNT, FRESH_ACCOUNT].flatMap(accountId => [
        `    - accountId: '${accountId}'`,
        '      roleName: privatelink-read',
      ]),
      'privatelink:',
      '  accounts:',
      "    - accountId: '111111111111'",
      '      regions: [us-east-1, eu-west-1]',
      "    - accountId: '222222222222'",
      '      regions: [us-east-1, eu-west-1]',
      ...[ACCOUNT, FRESH_ACCOUNT].flatMap(accountId => [
        `    - accountId: '${accountId}'`,
        `      regions: [${REGION}]`,
        '      source: { type: aws }',
        `      writeRoleArn: arn:aws:iam::${accountId}:role/privatelink-write`,
      ]),
      // The platform account's VPCs share a Transit Gateway: one network for consolidation advice.
      '  consolidation:',
      '    networks:',
      `      - { name: platform, accounts: ['${ACCOUNT}'] }`,
      // Posture every 20 s: a finding an endpoint request fixes resolves within the check.
      '  posture:',
      '    schedule:',
      '      frequency: PT20S',
      '      timeout: PT2M',
      '      initialDelay: PT5S',
      '',
    ].join('\n'),
  );
  return {
    config: file,
    env: {
      AWS_ENDPOINT_URL: url,
      AWS_ACCESS_KEY_ID: MAIN.accessKeyId,
      AWS_SECRET_ACCESS_KEY: MAIN.secretAccessKey,
      AWS_REGION: REGION,
    },
  };
}

module.exports = {
  ACCOUNT,
  FRESH_ACCOUNT,
  REGION,
  freePort,
  startMoto,
  seed,
  backendSettings,
};
