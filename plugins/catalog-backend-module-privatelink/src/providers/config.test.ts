import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readPrivateLinkCatalogConfig } from './config';

const base = { ownership: { defaultOwner: 'platform' } };
const read = (privatelink: JsonObject) =>
  readPrivateLinkCatalogConfig(new ConfigReader({ privatelink }));

describe('readPrivateLinkCatalogConfig', () => {
  it('reads defaults and normalises owner refs', () => {
    const settings = read(base);
    expect(settings.ownership).toEqual({
      tagKeys: ['owner'],
      rules: [],
      defaultOwner: 'group:default/platform',
    });
    expect(settings.vendors.map(v => v.name)).toEqual([
      'aws',
      'unmapped-vendor',
    ]);
    expect(settings.guard.maxDropRatio).toBe(0.5);
  });

  it.each([
    [{}, 'privatelink.ownership.defaultOwner'],
    [
      { ownership: { defaultOwner: 'platform', tagKeys: [['tenant']] } },
      'privatelink.ownership.tagKeys',
    ],
    [
      { ownership: { defaultOwner: 'platform', tagKeys: [''] } },
      'privatelink.ownership.tagKeys[0]',
    ],
    [
      {
        ownership: { defaultOwner: 'platform', rules: [{ owner: 'payments' }] },
      },
      'privatelink.ownership.rules[0]',
    ],
    [
      {
        ownership: {
          defaultOwner: 'platform',
          rules: [{ accountId: '12', owner: 'payments' }],
        },
      },
      'privatelink.ownership.rules[0].accountId',
    ],
    [
      {
        ownership: {
          defaultOwner: 'platform',
          rules: [{ vpcId: 'vpc-1', owner: 'a:b:c' }],
        },
      },
      'privatelink.ownership.rules[0].owner',
    ],
    [
      { ...base, vendors: [{ name: 'Snow Flake' }] },
      'privatelink.vendors[0].name',
    ],
    [{ ...base, vendors: [{ name: 'aws' }] }, 'privatelink.vendors[0].name'],
    [
      { ...base, vendors: [{ name: 'snowflake', ownerAccountIds: ['1'] }] },
      'privatelink.vendors[0].ownerAccountIds[0]',
    ],
    [
      { ...base, inventory: { maxDropRatio: 2 } },
      'privatelink.inventory.maxDropRatio',
    ],
  ])('%j fails naming %s', (privatelink, key) => {
    expect(() => read(privatelink as JsonObject)).toThrow(key);
  });
});
