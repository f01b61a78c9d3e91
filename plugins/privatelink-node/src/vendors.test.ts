import { ConfigReader } from '@backstage/config';
import {
  AWS_VENDOR,
  classifyService,
  readVendors,
  UNKNOWN_VENDOR,
  VendorConfig,
} from './vendors';

const snowflake: VendorConfig = {
  name: 'snowflake',
  title: 'Snowflake',
  serviceNames: [],
  ownerAccountIds: ['480000000001'],
  links: [],
};
const datadog: VendorConfig = {
  name: 'datadog',
  title: 'Datadog',
  serviceNames: ['com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60004'],
  ownerAccountIds: [],
  links: [],
};

describe('classifyService', () => {
  const vendors = [AWS_VENDOR, UNKNOWN_VENDOR, snowflake, datadog];
  const inventoried = new Set(['111111111111']);
  it.each([
    ['com.amazonaws.us-east-1.s3', 'amazon', 'aws', 'aws'],
    ['aws.sagemaker.us-east-1.notebook', undefined, 'aws', 'aws'],
    [
      'com.amazonaws.vpce.us-east-1.vpce-svc-1',
      '480000000001',
      'vendor',
      'snowflake',
    ],
    [
      'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60004',
      undefined,
      'vendor',
      'datadog',
    ],
    [
      'com.amazonaws.vpce.us-east-1.vpce-svc-2',
      '111111111111',
      'internal',
      undefined,
    ],
    [
      'com.amazonaws.vpce.us-east-1.vpce-svc-3',
      '999999999999',
      'external',
      'unmapped-vendor',
    ],
    [
      'com.amazonaws.vpce.us-east-1.vpce-svc-4',
      undefined,
      'external',
      'unmapped-vendor',
    ],
  ])('%s owned by %s is %s (%s)', (name, owner, origin, vendor) => {
    const result = classifyService(name, owner, vendors, inventoried);
    expect(result.origin).toBe(origin);
    expect(result.vendor?.name).toBe(vendor);
  });
});

describe('readVendors', () => {
  it('puts AWS and the unmapped vendor first, titles defaulting to names', () => {
    const vendors = readVendors(
      new ConfigReader({
        privatelink: {
          vendors: [{ name: 'snowflake', ownerAccountIds: ['480000000001'] }],
        },
      }),
    );
    expect(vendors.map(v => [v.name, v.title])).toEqual([
      ['aws', 'Amazon Web Services'],
      ['unmapped-vendor', 'Unmapped vendor'],
      ['snowflake', 'snowflake'],
    ]);
  });

  it('fails naming the key', () => {
    expect(() =>
      readVendors(
        new ConfigReader({ privatelink: { vendors: [{ name: 'aws' }] } }),
      ),
    ).toThrow(/privatelink\.vendors\[0\]\.name.*reserved/);
  });
});
