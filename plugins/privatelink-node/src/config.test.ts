import fs from 'fs';
import os from 'os';
import path from 'path';
import { ConfigReader } from '@backstage/config';
import { JsonObject, JsonValue } from '@backstage/types';
import {
  isValidRegion,
  readAccountTargets,
  readTaskSchedule,
  readWriteRoles,
} from './config';

const read = (accounts: JsonValue) =>
  readAccountTargets(new ConfigReader({ privatelink: { accounts } }));

describe('readAccountTargets', () => {
  it('reads accounts and regions, dropping repeated regions', () => {
    expect(
      read([
        {
          accountId: '111111111111',
          regions: ['us-east-1', 'us-east-1', 'eu-west-1'],
        },
      ]),
    ).toEqual([
      {
        accountId: '111111111111',
        regions: ['us-east-1', 'eu-west-1'],
        source: { type: 'aws' },
      },
    ]);
    expect(() => readAccountTargets(new ConfigReader({}))).toThrow(
      'Missing config at privatelink.accounts',
    );
  });

  it.each([
    [
      [{ accountId: '1234', regions: ['us-east-1'] }],
      'privatelink.accounts[0].accountId',
    ],
    [
      [
        { accountId: '111111111111', regions: ['us-east-1'] },
        { accountId: '222222222222', regions: ['us-east1'] },
      ],
      'privatelink.accounts[1].regions[0]',
    ],
    [
      [{ accountId: '111111111111', regions: [] }],
      'privatelink.accounts[0].regions',
    ],
    [
      [
        { accountId: '111111111111', regions: ['us-east-1'] },
        { accountId: '111111111111', regions: ['eu-west-1'] },
      ],
      'privatelink.accounts[1].accountId',
    ],
    [
      [{ accountId: 111111111111, regions: ['us-east-1'] }],
      'privatelink.accounts[0].accountId',
    ],
    [
      [
        {
          accountId: '111111111111',
          regions: ['us-east-1'],
          writeRoleArn: 'privatelink-write',
        },
      ],
      'privatelink.accounts[0].writeRoleArn: must be an IAM role ARN',
    ],
    [
      [
        {
          accountId: '111111111111',
          regions: ['us-east-1'],
          writeRoleArn: 'arn:aws:iam::222222222222:role/privatelink-write',
        },
      ],
      'privatelink.accounts[0].writeRoleArn: the write role is in account 222222222222, not in 111111111111',
    ],
  ])('fails on %j naming %s', (accounts, key) => {
    expect(() => read(accounts)).toThrow(key);
  });
});

describe('readWriteRoles', () => {
  it("reads each account's write role; an account without one has none", () => {
    const config = new ConfigReader({
      privatelink: {
        accounts: [
          {
            accountId: '111111111111',
            regions: ['us-east-1'],
            writeRoleArn: 'arn:aws:iam::111111111111:role/privatelink-write',
          },
          { accountId: '222222222222', regions: ['us-east-1'] },
        ],
      },
    });
    expect([...readWriteRoles(config)]).toEqual([
      ['111111111111', 'arn:aws:iam::111111111111:role/privatelink-write'],
    ]);
    expect(readAccountTargets(config)[0].writeRoleArn).toBe(
      'arn:aws:iam::111111111111:role/privatelink-write',
    );
    expect(readWriteRoles(new ConfigReader({})).size).toBe(0);
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

describe('readAccountTargets with sources', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-config-'));
    fs.mkdirSync(path.join(root, '111111111111', 'us-east-1'), {
      recursive: true,
    });
    fs.mkdirSync(path.join(root, '111111111111', 'eu-west-1'), {
      recursive: true,
    });
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const targets = (privatelink: JsonObject) =>
    readAccountTargets(new ConfigReader({ privatelink }));

  it('reads every account of a snapshot folder, with real dates unless the demo setting is on', () => {
    expect(targets({ source: { type: 'snapshot', path: root } })).toEqual([
      {
        accountId: '111111111111',
        regions: ['eu-west-1', 'us-east-1'],
        source: { type: 'snapshot', path: root, shiftDatesForDemo: false },
      },
    ]);
    expect(
      targets({
        source: { type: 'snapshot', path: root, shiftDatesForDemo: true },
      })[0].source,
    ).toEqual({ type: 'snapshot', path: root, shiftDatesForDemo: true });
  });

  it('mixes an AWS account and an exported account in one portal', () => {
    expect(
      targets({
        accounts: [
          { accountId: '222222222222', regions: ['us-east-1'] },
          {
            accountId: '111111111111',
            regions: ['us-east-1'],
            source: { type: 'snapshot', path: root },
          },
        ],
      }),
    ).toEqual([
      {
        accountId: '222222222222',
        regions: ['us-east-1'],
        source: { type: 'aws' },
      },
      {
        accountId: '111111111111',
        regions: ['us-east-1'],
        source: { type: 'snapshot', path: root, shiftDatesForDemo: false },
      },
    ]);
    // And the other way round: a snapshot default with one account read from AWS.
    expect(
      targets({
        source: { type: 'snapshot', path: root },
        accounts: [
          { accountId: '111111111111', regions: ['eu-west-1'] },
          {
            accountId: '222222222222',
            regions: ['us-east-1'],
            source: { type: 'aws' },
          },
        ],
      }).map(t => [t.accountId, t.source.type]),
    ).toEqual([
      ['111111111111', 'snapshot'],
      ['222222222222', 'aws'],
    ]);
  });

  it.each([
    [
      { source: { type: 'snapshot' } },
      'Missing config at privatelink.source.path',
    ],
    [{ source: { type: 'ec2' } }, 'Invalid config at privatelink.source'],
    [
      { source: { type: 'snapshot', path: '/nowhere/at/all' } },
      'privatelink.source.path',
    ],
    [
      { source: { type: 'snapshot', path: 'PLACEHOLDER', shiftDates: true } },
      'Invalid config at privatelink.source',
    ],
    [
      {
        accounts: [
          {
            accountId: '333333333333',
            regions: ['us-east-1'],
            source: { type: 'snapshot', path: 'PLACEHOLDER' },
          },
        ],
      },
      'Invalid config at privatelink.accounts[0].accountId: account 333333333333 is not in the snapshot',
    ],
  ])('%j fails naming the key', (privatelink, message) => {
    const withRoot = JSON.parse(
      JSON.stringify(privatelink).replace(/PLACEHOLDER/g, root),
    );
    expect(() => targets(withRoot)).toThrow(message);
  });
});

describe('readTaskSchedule', () => {
  it('falls back when absent and names the key when wrong', () => {
    const fallback = { frequency: { minutes: 5 }, timeout: { minutes: 1 } };
    expect(readTaskSchedule(new ConfigReader({}), 'a.schedule', fallback)).toBe(
      fallback,
    );
    expect(
      readTaskSchedule(
        new ConfigReader({
          a: { schedule: { frequency: { hours: 2 }, timeout: { minutes: 3 } } },
        }),
        'a.schedule',
        fallback,
      ),
    ).toMatchObject({ frequency: { hours: 2 } });
    expect(() =>
      readTaskSchedule(
        new ConfigReader({ a: { schedule: { frequency: 'often' } } }),
        'a.schedule',
        fallback,
      ),
    ).toThrow('Invalid config at a.schedule');
  });
});
