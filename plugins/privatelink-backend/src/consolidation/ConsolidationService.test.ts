import { ConfigReader } from '@backstage/config';
import { BYTES_PER_GB } from '../pricing';
import { readPrivateLinkBackendConfig } from '../settings';
import { asPrivateLinkEntity, endpointEntity } from '../testEntities';
import { ConsolidationService } from './ConsolidationService';

const settings = (attached: boolean) =>
  readPrivateLinkBackendConfig(
    new ConfigReader({
      privatelink: {
        accounts: [{ accountId: '111111111111', regions: ['us-east-1'] }],
        consolidation: {
          networks: [{ name: 'core', accounts: ['111111111111'], attached }],
        },
      },
    }),
  );

const endpoints = [
  endpointEntity('vpce-a', { vpcId: 'vpc-a' }),
  endpointEntity('vpce-b', { vpcId: 'vpc-b' }),
  endpointEntity('vpce-gw', {
    vpcId: 'vpc-a',
    endpointType: 'Gateway',
    serviceName: 'com.amazonaws.us-east-1.s3',
    subnets: [],
  }),
  endpointEntity('vpce-other', { vpcId: 'vpc-c', accountId: '999999999999' }),
].map(asPrivateLinkEntity) as any[];

function service(attached = true) {
  const windowTotals = jest.fn(async (refs: string[]) => {
    const gb = {
      'resource:default/vpce-a': 100,
      'resource:default/vpce-b': 10,
    };
    return new Map(
      refs.map(ref => [
        ref,
        {
          bytesProcessed: (gb[ref as keyof typeof gb] ?? 0) * BYTES_PER_GB,
          days: 30,
          firstDay: '2026-11-03',
          lastDay: '2026-12-02',
        },
      ]),
    );
  });
  return {
    consolidation: new ConsolidationService({
      usage: { windowTotals },
      settings: settings(attached),
    }),
    windowTotals,
  };
}

describe('ConsolidationService', () => {
  it('prices the network’s interface endpoints from the last 30 days and keeps the advice', async () => {
    const { consolidation, windowTotals } = service();
    expect(consolidation.latest()).toEqual({ advice: [] });
    const now = new Date('2026-12-03T06:00:00Z');
    const [advice] = await consolidation.advise(endpoints, now);
    // Only the network's interface endpoints are read, over the 30 days up to the last complete one.
    expect(windowTotals).toHaveBeenCalledWith(
      ['resource:default/vpce-a', 'resource:default/vpce-b'],
      '2026-11-03',
      '2026-12-02',
    );
    // 2 AZ each: today 4 x 7.30 + 110 GB x 0.01 = 30.30; hub 2 x 7.30 + 1.10 + 10 x 0.02 + 0.50 = 16.40.
    expect(advice).toMatchObject({
      network: 'core',
      hubVpcId: 'vpc-a',
      todayMonthlyUsd: 30.3,
      hubMonthlyUsd: 16.4,
      savingMonthlyUsd: 13.9,
    });
    expect(consolidation.latest()).toEqual({
      computedAt: now.toISOString(),
      advice: [advice],
    });
  });

  it('gives the finding’s evidence to the endpoints a hub would replace, where the hub costs less', async () => {
    const saving = await service().consolidation.advise(endpoints, new Date());
    // (29.20 - 14.60 - 0.50) / 0.02 = 705 GB
    const evidence = ConsolidationService.evidence(saving);
    expect([...evidence.keys()]).toEqual(['resource:default/vpce-b']);
    expect(evidence.get('resource:default/vpce-b')![0]).toMatch(
      /^2 endpoints of com\.amazonaws\.us-east-1\.kms in 2 VPCs of network core \(us-east-1\) cost \$30\.30 a month; one set in vpc-a would cost \$16\.40, \$13\.90 less, while the other VPCs send under 705 GB a month through the Transit Gateway\. today: 4 AZ/,
    );
    // Not attached yet: two attachments make the hub dearer, and nobody gets the finding.
    const loss = await service(false).consolidation.advise(
      endpoints,
      new Date(),
    );
    expect(loss[0].savingMonthlyUsd).toBeLessThan(0);
    expect(ConsolidationService.evidence(loss).size).toBe(0);
  });
});
