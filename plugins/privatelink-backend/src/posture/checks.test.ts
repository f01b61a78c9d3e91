import {
  VpcEndpointDetails,
  VpcEndpointServiceDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  VPC_CHECKS,
  ENDPOINT_CHECKS,
  isFullAccessStatement,
  isWriteAction,
  PostureContext,
  SERVICE_CHECKS,
} from './checks';
import { idleVerdict } from '../usage/idle';

const REF = 'resource:default/vpce-1';
const context = (overrides: Partial<PostureContext> = {}): PostureContext => ({
  now: new Date('2026-11-25T12:00:00Z'),
  readOnly: { services: ['s3'], owners: ['group:default/auditors'] },
  allowedPorts: { default: [443], byService: { snowflake: [443, 80] } },
  trustedAccounts: ['555555555555'],
  inventoriedAccounts: new Set(['111111111111', '222222222222']),
  gatewayEndpoints: new Set(['111111111111/vpc-1/com.amazonaws.us-east-1.s3']),
  idle: new Map(),
  unhealthyTargets: new Map(),
  consolidation: new Map(),
  ...overrides,
});

const endpoint = (
  overrides: Partial<VpcEndpointDetails> = {},
): VpcEndpointDetails => ({
  endpointId: 'vpce-1',
  endpointType: 'Interface',
  state: 'available',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: 'vpc-1',
  serviceName: 'com.amazonaws.us-east-1.kms',
  serviceOrigin: 'aws',
  vendor: 'aws',
  createdAt: '2025-01-01T00:00:00.000Z',
  dnsNames: [],
  subnets: [
    { subnetId: 'subnet-a', availabilityZone: 'us-east-1a' },
    { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' },
  ],
  securityGroups: [
    {
      groupId: 'sg-1',
      inboundRules: [
        {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          sources: ['10.0.0.0/16'],
        },
      ],
    },
  ],
  routeTables: [],
  tags: {},
  ownerSource: 'default',
  ...overrides,
});

function fired(
  checkId: string,
  details: VpcEndpointDetails,
  ctx = context(),
  owner = 'group:default/payments',
) {
  const check = ENDPOINT_CHECKS.find(c => c.id === checkId)!;
  return check.evaluate({ endpoint: details, owner }, ctx, REF);
}

describe('isFullAccessStatement', () => {
  const allow = { Effect: 'Allow', Action: '*', Resource: '*' };
  it.each([
    ['Principal "*"', { ...allow, Principal: '*' }, true],
    ['Principal {AWS: "*"}', { ...allow, Principal: { AWS: '*' } }, true],
    [
      'Principal list with "*"',
      { ...allow, Principal: { AWS: ['arn:aws:iam::111111111111:root', '*'] } },
      true,
    ],
    [
      'Principal an account id',
      { ...allow, Principal: { AWS: '111111111111' } },
      false,
    ],
    [
      'Action list with s3:*',
      { ...allow, Principal: '*', Action: ['s3:GetObject', 's3:*'] },
      true,
    ],
    [
      'Action s3:GetObject only',
      { ...allow, Principal: '*', Action: 's3:GetObject' },
      false,
    ],
    [
      'NotAction without Action',
      {
        Effect: 'Allow',
        Principal: '*',
        NotAction: 's3:DeleteBucket',
        Resource: '*',
      },
      true,
    ],
    [
      'a bucket, not *',
      { ...allow, Principal: '*', Resource: 'arn:aws:s3:::b/*' },
      false,
    ],
    ['Deny', { ...allow, Effect: 'Deny', Principal: '*' }, false],
    [
      'narrowed to the organisation',
      {
        ...allow,
        Principal: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } },
      },
      false,
    ],
    [
      'narrowed to a VPC',
      {
        ...allow,
        Principal: '*',
        Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
      },
      false,
    ],
    [
      'a condition that narrows nothing',
      {
        ...allow,
        Principal: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      },
      true,
    ],
  ])('%s: %s', (_, statement, expected) => {
    expect(isFullAccessStatement(statement as any)).toBe(expected);
  });
});

describe('isWriteAction', () => {
  it.each([
    ['*', true],
    ['s3:*', true],
    ['s3:PutObject', true],
    ['s3:DeleteObject', true],
    ['dynamodb:BatchWriteItem', true],
    ['s3:P*', true],
    ['s3:Get*', false],
    ['s3:ListBucket', false],
    ['dynamodb:Query', false],
  ])('%s: %s', (action, expected) => {
    expect(isWriteAction(action)).toBe(expected);
  });
});

describe('endpoint checks', () => {
  const fullPolicy = {
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
    ],
  };

  it('policy-full-access fires on the AWS default policy and names the statement', () => {
    expect(
      fired('policy-full-access', endpoint({ policy: fullPolicy })),
    ).toEqual([
      'Statement {"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}',
    ]);
    expect(
      fired('policy-full-access', endpoint({ policy: undefined })),
    ).toEqual([]);
  });

  it('policy-write-actions fires only where the service or the owner is read-only', () => {
    const writes = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
          Resource: '*',
        },
      ],
    };
    const s3 = endpoint({
      serviceName: 'com.amazonaws.us-east-1.s3',
      policy: writes,
    });
    expect(fired('policy-write-actions', s3)).toEqual([
      'Allows s3:PutObject, s3:DeleteObject (s3 is read-only here)',
    ]);
    const kms = endpoint({
      policy: {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 'kms:CreateGrant',
            Resource: '*',
          },
        ],
      },
    });
    expect(fired('policy-write-actions', kms)).toEqual([]);
    expect(
      fired('policy-write-actions', kms, context(), 'group:default/auditors'),
    ).toHaveLength(1);
    const reads = {
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:Get*', Resource: '*' },
      ],
    };
    expect(
      fired(
        'policy-write-actions',
        endpoint({ serviceName: 'com.amazonaws.us-east-1.s3', policy: reads }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'IPv4 anywhere',
      [{ protocol: 'tcp', fromPort: 443, toPort: 443, sources: ['0.0.0.0/0'] }],
      1,
    ],
    [
      'IPv6 anywhere',
      [{ protocol: 'tcp', fromPort: 443, toPort: 443, sources: ['::/0'] }],
      1,
    ],
    [
      'the VPC only',
      [
        {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          sources: ['10.0.0.0/16', 'sg-9'],
        },
      ],
      0,
    ],
  ])('sg-open-ingress: %s', (_, rules, count) => {
    const details = endpoint({
      securityGroups: [{ groupId: 'sg-1', inboundRules: rules }],
    });
    expect(fired('sg-open-ingress', details)).toHaveLength(count);
  });

  it.each([
    [
      '443 only',
      { protocol: 'tcp', fromPort: 443, toPort: 443, sources: ['10.0.0.0/16'] },
      0,
    ],
    ['all traffic', { protocol: 'all', sources: ['10.0.0.0/16'] }, 1],
    [
      'a range around 443',
      { protocol: 'tcp', fromPort: 0, toPort: 65535, sources: ['10.0.0.0/16'] },
      1,
    ],
    [
      'udp 443',
      { protocol: 'udp', fromPort: 443, toPort: 443, sources: ['10.0.0.0/16'] },
      0,
    ],
    [
      'tcp 8443',
      {
        protocol: 'tcp',
        fromPort: 8443,
        toPort: 8443,
        sources: ['10.0.0.0/16'],
      },
      1,
    ],
    [
      'icmp',
      { protocol: 'icmp', fromPort: -1, toPort: -1, sources: ['10.0.0.0/16'] },
      0,
    ],
  ])('sg-broad-ports: %s', (_, rule, count) => {
    const details = endpoint({
      securityGroups: [{ groupId: 'sg-1', inboundRules: [rule] }],
    });
    expect(fired('sg-broad-ports', details)).toHaveLength(count);
  });

  it('sg-broad-ports takes the ports configured for a vendor', () => {
    const details = endpoint({
      vendor: 'snowflake',
      serviceOrigin: 'vendor',
      serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-1',
      securityGroups: [
        {
          groupId: 'sg-1',
          inboundRules: [
            {
              protocol: 'tcp',
              fromPort: 80,
              toPort: 80,
              sources: ['10.0.0.0/16'],
            },
          ],
        },
      ],
    });
    expect(fired('sg-broad-ports', details)).toEqual([]);
  });

  it('endpoint-single-az fires for one AZ, not for two, and never for gateways', () => {
    expect(
      fired(
        'endpoint-single-az',
        endpoint({
          subnets: [{ subnetId: 'subnet-a', availabilityZone: 'us-east-1a' }],
        }),
      ),
    ).toEqual(['Subnets subnet-a (us-east-1a)']);
    expect(fired('endpoint-single-az', endpoint())).toEqual([]);
    expect(
      fired(
        'endpoint-single-az',
        endpoint({ endpointType: 'Gateway', subnets: [] }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'pendingAcceptance for months',
      'pendingAcceptance',
      '2025-01-01T00:00:00.000Z',
      1,
    ],
    ['rejected', 'rejected', '2026-11-20T00:00:00.000Z', 1],
    ['pending for an hour', 'pending', '2026-11-25T11:00:00.000Z', 0],
    ['available', 'available', '2025-01-01T00:00:00.000Z', 0],
  ])('endpoint-not-available: %s', (_, state, createdAt, count) => {
    expect(
      fired('endpoint-not-available', endpoint({ state, createdAt })),
    ).toHaveLength(count);
  });

  it('endpoint-idle says what the endpoint costs a month while idle, and what it wasted so far', () => {
    const verdict = idleVerdict({
      lastTrafficDay: '2026-10-11',
      idleAfterDays: 30,
      since: '2026-08-01',
      through: '2026-11-24',
      hourlyUsd: 0.02,
    });
    const idle = new Map([[REF, verdict]]);
    expect(fired('endpoint-idle', endpoint(), context({ idle }))).toEqual([
      'No bytes for 44 days (threshold 30): it costs $14.60 a month while idle, $21.12 of hourly charges so far.',
    ]);
    expect(fired('endpoint-idle', endpoint())).toEqual([]);
  });

  it('endpoint-unmapped-vendor fires for external services only', () => {
    expect(
      fired(
        'endpoint-unmapped-vendor',
        endpoint({
          serviceOrigin: 'external',
          serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-x',
        }),
      ),
    ).toHaveLength(1);
    expect(
      fired(
        'endpoint-unmapped-vendor',
        endpoint({ serviceOrigin: 'internal' }),
      ),
    ).toEqual([]);
  });

  it('interface-where-gateway-free fires where the VPC has no gateway endpoint for the service', () => {
    const s3 = { serviceName: 'com.amazonaws.us-east-1.s3' };
    expect(fired('interface-where-gateway-free', endpoint(s3))).toEqual([]);
    expect(
      fired(
        'interface-where-gateway-free',
        endpoint({ ...s3, vpcId: 'vpc-2' }),
      ),
    ).toEqual([
      'Interface endpoint to s3 in vpc-2, which has no gateway endpoint for s3',
    ]);
    expect(
      fired(
        'interface-where-gateway-free',
        endpoint({ serviceName: 'com.amazonaws.us-east-1.dynamodb' }),
      ),
    ).toHaveLength(1);
    expect(
      fired('interface-where-gateway-free', endpoint({ vpcId: 'vpc-2' })),
    ).toEqual([]);
  });
});

describe('service checks', () => {
  const service = (
    overrides: Partial<VpcEndpointServiceDetails['provider']> = {},
    acceptanceRequired = true,
  ): VpcEndpointServiceDetails => ({
    serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-1',
    serviceId: 'vpce-svc-1',
    origin: 'internal',
    region: 'us-east-1',
    acceptanceRequired,
    provider: {
      accountId: '111111111111',
      networkLoadBalancerArns: [],
      gatewayLoadBalancerArns: [],
      allowedPrincipals: ['arn:aws:iam::222222222222:root'],
      connections: [],
      tags: {},
      ownerSource: 'default',
      ...overrides,
    },
  });
  const run = (
    id: string,
    details: VpcEndpointServiceDetails,
    ctx = context(),
  ) =>
    SERVICE_CHECKS.find(c => c.id === id)!.evaluate(
      { service: details },
      ctx,
      REF,
    );

  it('service-no-acceptance and service-open-principals', () => {
    expect(run('service-no-acceptance', service({}, false))).toEqual([
      'AcceptanceRequired is false',
    ]);
    expect(run('service-no-acceptance', service())).toEqual([]);
    const consumed = { ...service({}, false), origin: 'aws' as const };
    delete consumed.provider;
    expect(run('service-no-acceptance', consumed)).toEqual([]);
    expect(
      run('service-open-principals', service({ allowedPrincipals: ['*'] })),
    ).toEqual(['Allowed principal *']);
    expect(run('service-open-principals', service())).toEqual([]);
  });

  it('service-unknown-consumer skips inventoried and trusted accounts', () => {
    const connection = (owner: string) => ({
      endpointId: `vpce-${owner}`,
      endpointOwner: owner,
      state: 'available',
      inInventory: false,
    });
    const details = service({
      connections: [
        connection('222222222222'),
        connection('555555555555'),
        connection('333333333333'),
      ],
    });
    expect(run('service-unknown-consumer', details)).toEqual([
      'vpce-333333333333 of account 333333333333, available',
    ]);
  });

  it('service-unhealthy-targets reads the last collected day', () => {
    expect(
      run(
        'service-unhealthy-targets',
        service(),
        context({
          unhealthyTargets: new Map([[REF, { count: 2, day: '2026-11-24' }]]),
        }),
      ),
    ).toEqual(['Up to 2 unhealthy targets on 2026-11-24']);
    expect(
      run(
        'service-unhealthy-targets',
        service(),
        context({
          unhealthyTargets: new Map([[REF, { count: 0, day: '2026-11-24' }]]),
        }),
      ),
    ).toEqual([]);
  });
});

describe('vpc-missing-gateway-endpoint', () => {
  const vpc = (vpcId: string) => ({
    vpcId,
    accountId: '111111111111',
    region: 'us-east-1',
    cidrBlocks: ['10.0.0.0/16'],
    tags: {},
    ownerSource: 'default',
  });
  const run = (vpcId: string) =>
    VPC_CHECKS[0].evaluate({ vpc: vpc(vpcId) }, context(), REF);
  it('names each free gateway endpoint the VPC lacks', () => {
    // vpc-1 has the S3 gateway endpoint (see context), not the DynamoDB one.
    expect(run('vpc-1')).toEqual([
      'No gateway endpoint for dynamodb (com.amazonaws.us-east-1.dynamodb) in vpc-1',
    ]);
    expect(run('vpc-9')).toHaveLength(2);
  });
});
