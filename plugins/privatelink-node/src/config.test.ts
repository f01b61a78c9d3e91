import { ConfigReader } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { isValidRegion, readAccountTargets, readInventorySource } from './config';

const read = (accounts: JsonValue) =>
  readAccountTargets(new ConfigReader({ privatelink: { accounts } }));

describe('readAccountTargets', () => {
  it('reads accounts and regions, dropping repeated regions', () => {
    expect(read([{ accountId: '111111111111', regions: ['us-east-1', 'us-east-1', 'eu-west-1'] }])).toEqual([
      { accountId: '111111111111', regions: ['us-east-1', 'eu-west-1'] },
    ]);
    expect(readAccountTargets(new ConfigReader({}))).toEqual([]);
  });

  it.each([
    [[{ accountId: '1234', regions: ['us-east-1'] }], 'privatelink.accounts[0].accountId'],
    [
      [
        { accountId: '111111111111', regions: ['us-east-1'] },
        { accountId: '222222222222', regions: ['us-east1'] },
      ],
      'privatelink.accounts[1].regions[0]',
    ],
    [[{ accountId: '111111111111', regions: [] }], 'privatelink.accounts[0].regions'],
    [
      [
        { accountId: '111111111111', regions: ['us-east-1'] },
        { accountId: '111111111111', regions: ['eu-west-1'] },
      ],
      'privatelink.accounts[1].accountId',
    ],
    [[{ accountId: 111111111111, regions: ['us-east-1'] }], 'privatelink.accounts[0].accountId'],
  ])('fails on %j naming %s', (accounts, key) => {
    expect(() => read(accounts)).toThrow(key);
  });
});

describe('isValidRegion', () => {
  it.each([
    ['us-east-1', true],
    ['eu-west-3', true],
    ['ap-southeast-2', true],
    ['us-gov-west-1', true],
    ['us-east1', false],
    ['useast-1', false],
    ['eu-west-01a', false],
    ['US-EAST-1', false],
  ])('%s: %s', (region, valid) => {
    expect(isValidRegion(region)).toBe(valid);
  });
});

describe('readInventorySource', () => {
  it('defaults to aws and reads a snapshot path', () => {
    expect(readInventorySource(new ConfigReader({}))).toEqual({ type: 'aws' });
    expect(
      readInventorySource(new ConfigReader({ privatelink: { source: { type: 'snapshot', path: '/x' } } })),
    ).toEqual({ type: 'snapshot', path: '/x' });
  });

  it('names the key that is wrong', () => {
    expect(() =>
      readInventorySource(new ConfigReader({ privatelink: { source: { type: 'snapshot' } } })),
    ).toThrow('privatelink.source.path');
    expect(() =>
      readInventorySource(new ConfigReader({ privatelink: { source: { type: 'ec2' } } })),
    ).toThrow('privatelink.source.type');
  });
});
