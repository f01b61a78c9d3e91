import { AuditCampaign } from '@privatelink-portal/plugin-privatelink-common';
import {
  batchItemKey,
  isKeepableUnchanged,
  keepUnchangedRefusals,
} from './keepUnchanged';

const item = (
  name: string,
  over: Partial<AuditCampaign['entries'][number]> = {},
): AuditCampaign['entries'][number] => ({
  entityRef: `resource:default/${name}`,
  kind: 'endpoint',
  facts: { findings: [] } as any,
  drift: [],
  history: [],
  keepableUnchanged: true,
  ...over,
});

const campaign = {
  id: 'c1',
  owner: 'group:default/payments',
  quarter: '2026-Q4',
  entries: [
    item('clean'),
    item('drifted', {
      drift: [{ type: 'newly-idle', detail: 'no bytes for 30 days' }],
    }),
    item('finding', {
      facts: {
        findings: [
          { checkId: 'sg-open-ingress', severity: 'high' },
          { checkId: 'endpoint-no-policy', severity: 'low', suppressed: 'ok' },
        ],
      } as any,
    }),
    item('suppressed-only', {
      facts: {
        findings: [
          { checkId: 'endpoint-no-policy', severity: 'low', suppressed: 'ok' },
        ],
      } as any,
    }),
  ],
} as AuditCampaign;

describe('keepUnchangedRefusals', () => {
  it('admits clean items, suppressed findings included, and says why of each other one', () => {
    expect(
      keepUnchangedRefusals(campaign, [
        'resource:default/clean',
        'resource:default/suppressed-only',
      ]),
    ).toEqual([]);
    expect(
      keepUnchangedRefusals(campaign, [
        'resource:default/clean',
        'resource:default/drifted',
        'resource:default/finding',
        'resource:default/gone',
        'resource:default/clean',
      ]),
    ).toEqual([
      {
        entityRef: 'resource:default/drifted',
        reason: 'drift since the previous audit (newly-idle)',
      },
      {
        entityRef: 'resource:default/finding',
        reason: 'open findings when the campaign opened (sg-open-ingress)',
      },
      {
        entityRef: 'resource:default/gone',
        reason: 'not an item of campaign c1 (group:default/payments, 2026-Q4)',
      },
      { entityRef: 'resource:default/clean', reason: 'listed twice' },
    ]);
  });
});

describe('isKeepableUnchanged', () => {
  it('is true without drift and with only suppressed findings', () => {
    expect(campaign.entries.map(isKeepableUnchanged)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});

describe('batchItemKey', () => {
  it('is one key per item of a batch, the same on a replay, within the decision key rules', () => {
    const key = 'b'.repeat(100);
    const a = batchItemKey(key, 'resource:default/a');
    expect(a).toBe(batchItemKey(key, 'resource:default/a'));
    expect(a).not.toBe(batchItemKey(key, 'resource:default/b'));
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  });
});
