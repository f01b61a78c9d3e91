import { BYTES_PER_GB, DEFAULT_HUB_PRICING, DEFAULT_PRICING } from '../pricing';
import { ConsolidationEndpoint, consolidationAdvice, Network } from './advice';

const KMS = 'com.amazonaws.us-east-1.kms';

const endpoint = (
  endpointId: string,
  vpcId: string,
  azCount: number,
  gb: number,
  over: Partial<ConsolidationEndpoint> = {},
): ConsolidationEndpoint => ({
  entityRef: `resource:default/${endpointId}`,
  endpointId,
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId,
  serviceName: KMS,
  endpointType: 'Interface',
  state: 'available',
  azCount,
  bytesPerMonth: gb * BYTES_PER_GB,
  policy: 'full access',
  securityGroupRules: 'tcp 443 from 10.0.0.0/8',
  ...over,
});

const core = (attached = true): Network[] => [
  { name: 'core', accounts: ['111111111111', '222222222222'], attached },
];

// Three VPCs with KMS endpoints: 2 AZ and 100 GB, 2 AZ and 10 GB (another account), 3 AZ and none.
const threeVpcs = [
  endpoint('vpce-a', 'vpc-a', 2, 100),
  endpoint('vpce-b', 'vpc-b', 2, 10, { accountId: '222222222222' }),
  endpoint('vpce-c', 'vpc-c', 3, 0),
];

const advise = (endpoints: ConsolidationEndpoint[], networks = core()) =>
  consolidationAdvice(endpoints, networks, () => DEFAULT_PRICING);

describe('consolidationAdvice', () => {
  // An AZ-month is $0.01 x 730 h = $7.30; data $0.01/GB; Transit Gateway $0.02/GB and $0.05 per
  // attachment-hour; the private hosted zone $0.50 a month.
  it.each([
    [
      'three VPCs already attached: the hub saves',
      threeVpcs,
      true,
      {
        hubVpcId: 'vpc-a',
        hubAzCount: 3,
        // 7 AZ x 7.30 + 110 GB x 0.01
        todayMonthlyUsd: 52.2,
        // 3 AZ x 7.30 + 110 GB x 0.01 + 10 spoke GB x 0.02 + 0.50
        hubMonthlyUsd: 23.7,
        savingMonthlyUsd: 28.5,
        // (51.10 - 21.90 - 0.50) / 0.02
        breakEvenSpokeGbPerMonth: 1435,
      },
    ],
    [
      'the same VPCs with no attachment yet: three attachments cost more than the hub saves',
      threeVpcs,
      false,
      {
        // + 3 x 0.05 x 730 = 109.50
        hubMonthlyUsd: 133.2,
        savingMonthlyUsd: -81,
        breakEvenSpokeGbPerMonth: undefined,
      },
    ],
    [
      'heavy spokes: the Transit Gateway per GB costs more than the AZ-hours saved',
      [
        endpoint('vpce-a', 'vpc-a', 2, 10_000),
        endpoint('vpce-b', 'vpc-b', 2, 5_000),
      ],
      true,
      {
        // 4 x 7.30 + 15,000 x 0.01
        todayMonthlyUsd: 179.2,
        // 2 x 7.30 + 150 + 5,000 x 0.02 + 0.50
        hubMonthlyUsd: 265.1,
        savingMonthlyUsd: -85.9,
        // (29.20 - 14.60 - 0.50) / 0.02
        breakEvenSpokeGbPerMonth: 705,
      },
    ],
  ])('%s', (_, endpoints, attached, expected) => {
    const [advice, ...more] = advise(endpoints, core(attached));
    expect(more).toEqual([]);
    expect(advice).toMatchObject({ network: 'core', serviceName: KMS });
    for (const [field, value] of Object.entries(expected))
      expect(advice[field as keyof typeof advice]).toBe(value);
    expect(advice.endpoints[0].vpcId).toBe(advice.hubVpcId);
  });

  it('writes its formula with the figures it used', () => {
    expect(advise(threeVpcs)[0].formula).toBe(
      'today: 7 AZ x $0.01/AZ-h x 730 h + 110.00 GB x $0.01/GB; hub: 3 AZ x $0.01/AZ-h x 730 h + 110.00 GB x $0.01/GB + 10.00 spoke GB x $0.02/GB (Transit Gateway) + 0 attachment x $0.05/h x 730 h + $0.5 private hosted zone',
    );
  });

  it('takes its prices from config', () => {
    const [advice] = consolidationAdvice(
      threeVpcs,
      core(),
      () => ({ ...DEFAULT_PRICING, interfaceEndpointHourly: 0.011 }),
      { ...DEFAULT_HUB_PRICING, privateHostedZoneMonthly: 0 },
    );
    // 7 x 0.011 x 730 + 1.10 = 57.31; 3 x 0.011 x 730 + 1.10 + 0.20 = 25.39
    expect(advice).toMatchObject({
      todayMonthlyUsd: 57.31,
      hubMonthlyUsd: 25.39,
    });
  });

  it('keeps apart an endpoint whose policy or security group differs, and says why', () => {
    const [advice] = advise([
      ...threeVpcs.slice(0, 2),
      endpoint('vpce-c', 'vpc-c', 3, 0, { policy: 'kms:Decrypt only' }),
      endpoint('vpce-d', 'vpc-d', 2, 0, {
        securityGroupRules: 'tcp 443 from 0.0.0.0/0',
      }),
    ]);
    expect(advice.endpoints.map(e => e.endpointId)).toEqual([
      'vpce-a',
      'vpce-b',
    ]);
    expect(advice.keptApart).toEqual([
      {
        entityRef: 'resource:default/vpce-c',
        endpointId: 'vpce-c',
        reason:
          'its endpoint policy differs from the others’: a shared endpoint has one of each, so it stays',
      },
      {
        entityRef: 'resource:default/vpce-d',
        endpointId: 'vpce-d',
        reason:
          'its security group rules differ from the others’: a shared endpoint has one of each, so it stays',
      },
    ]);
  });

  it.each([
    [
      'gateway endpoints (free)',
      threeVpcs.map(e => ({ ...e, endpointType: 'Gateway' as const })),
    ],
    [
      'Gateway Load Balancer endpoints',
      threeVpcs.map(e => ({
        ...e,
        endpointType: 'GatewayLoadBalancer' as const,
      })),
    ],
    [
      'one VPC per region (never across regions)',
      [
        endpoint('vpce-a', 'vpc-a', 2, 100),
        endpoint('vpce-e', 'vpc-e', 2, 100, { region: 'eu-west-1' }),
      ],
    ],
    [
      'two endpoints in one VPC',
      [endpoint('vpce-a', 'vpc-a', 2, 100), endpoint('vpce-a2', 'vpc-a', 2, 1)],
    ],
    [
      'accounts outside every network',
      threeVpcs.map(e => ({ ...e, accountId: '999999999999' })),
    ],
    [
      'endpoints not available',
      threeVpcs.map(e => ({ ...e, state: 'pendingAcceptance' })),
    ],
    [
      'a group left with one VPC once the different ones are kept apart',
      [
        endpoint('vpce-a', 'vpc-a', 2, 100),
        endpoint('vpce-b', 'vpc-b', 2, 10, { policy: 'other' }),
      ],
    ],
    [
      'other services than the ones shared',
      [
        endpoint('vpce-a', 'vpc-a', 2, 100),
        endpoint('vpce-s', 'vpc-b', 2, 10, {
          serviceName: 'com.amazonaws.us-east-1.sts',
        }),
      ],
    ],
  ])('gives no advice for %s', (_, endpoints) => {
    expect(advise(endpoints)).toEqual([]);
  });
});
