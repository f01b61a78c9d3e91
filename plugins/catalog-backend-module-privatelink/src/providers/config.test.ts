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
    expect(settings.changeEvents).toBeUndefined();
  });

  it('reads the change events topic, with a 10 s wait unless told', () => {
    const topic = 'privatelink-aws-changes';
    expect(
      read({ ...base, inventory: { changeEvents: { topic } } }).changeEvents,
    ).toEqual({ topic, debounceMs: 10_000 });
    expect(
      read({
        ...base,
        inventory: { changeEvents: { topic, debounce: { seconds: 2 } } },
      }).changeEvents,
    ).toEqual({ topic, debounceMs: 2_000 });
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
    [
      { ...base, inventory: { changeEvents: { topic: ' ' } } },
      'privatelink.inventory.changeEvents.topic',
    ],
    [
      { ...base, inventory: { changeEvents: { topic: 'aws.privatelink' } } },
      'privatelink.inventory.changeEvents.topic: must name an events topic: letters, digits, - and _',
    ],
    [
      {
        ...base,
        inventory: { changeEvents: { topic: 't', debounce: { hours: 1 } } },
      },
      'privatelink.inventory.changeEvents.debounce',
    ],
  ])('%j fails naming %s', (privatelink, key) => {
    expect(() => read(privatelink as JsonObject)).toThrow(key);
  });
});
