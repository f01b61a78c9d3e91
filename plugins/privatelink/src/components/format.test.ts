import {
  describeOwnerSource,
  formatAge,
  formatRule,
  formatUsd,
  summarisePolicy,
  yesNo,
} from './format';

describe('describeOwnerSource', () => {
  it('names the tag with its value, the configured rule, or the default', () => {
    expect(describeOwnerSource('tag:tenant', { tenant: 'payments' })).toBe(
      'tag tenant=payments',
    );
    expect(describeOwnerSource('rule:0')).toBe(
      'configured rule privatelink.ownership.rules[0]',
    );
    expect(describeOwnerSource('default')).toBe(
      'no tag or rule matched: privatelink.ownership.defaultOwner',
    );
  });
});

describe('formatUsd', () => {
  it('writes cents, thousands separators and a sign before the dollar', () => {
    expect(formatUsd(21012.5)).toBe('$21,012.50');
    expect(formatUsd(-14.6)).toBe('-$14.60');
    expect(formatUsd(0)).toBe('$0.00');
  });
});

describe('formatAge', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  it.each([
    ['2026-11-19T12:00:00Z', 'less than a day'],
    ['2026-11-19T00:00:00Z', '1 day'],
    ['2026-11-10T00:00:00Z', '10 days'],
    ['2026-06-20T00:00:00Z', '5 months'],
    ['2023-11-20T00:00:00Z', '3 years'],
    [undefined, 'unknown'],
    ['garbage', 'unknown'],
  ])('%s is %s', (iso, text) => {
    expect(formatAge(iso, now)).toBe(text);
  });
});

describe('summarisePolicy', () => {
  it.each([
    [undefined, 'none (this endpoint type has no policy)'],
    ['{not json', 'not valid JSON'],
    [{ Statement: [] }, 'no statements'],
    [
      {
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        ],
      },
      '1 allow, 0 deny (see Posture for findings)',
    ],
    [
      {
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
          },
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:PutObject',
            Resource: '*',
          },
        ],
      },
      '1 allow, 1 deny (see Posture for findings)',
    ],
  ])('%j reads %s', (policy, text) => {
    expect(summarisePolicy(policy)).toBe(text);
  });
});

describe('formatRule and yesNo', () => {
  it('formats ports and sources', () => {
    expect(
      formatRule({
        protocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        sources: ['10.0.0.0/8'],
      }),
    ).toBe('tcp 443 from 10.0.0.0/8');
    expect(
      formatRule({
        protocol: 'tcp',
        fromPort: 1024,
        toPort: 2048,
        sources: [],
      }),
    ).toBe('tcp 1024-2048 from nowhere');
    expect(
      formatRule({ protocol: 'all', sources: ['0.0.0.0/0', 'sg-1'] }),
    ).toBe('all all ports from 0.0.0.0/0, sg-1');
    expect([
      yesNo(true),
      yesNo(false),
      yesNo(undefined),
      yesNo(undefined, 'n/a'),
    ]).toEqual(['yes', 'no', 'unknown', 'n/a']);
  });
});
