import { parseOwnerRef, resolveOwner } from './owner';
import { ownership } from './testFixtures';

describe('parseOwnerRef', () => {
  it.each([
    ['payments', 'group:default/payments'],
    ['Group:Finance/Ledger', 'group:finance/ledger'],
    ['user:default/jane', 'user:default/jane'],
    [' platform ', 'group:default/platform'],
  ])('reads %s as %s', (value, ref) => {
    expect(parseOwnerRef(value)).toBe(ref);
  });

  it.each([
    ['component:default/x', 'must name a Group or a User'],
    ['a:b:c', 'not'],
    ['not a group!', 'not'],
    ['', 'not'],
  ])('refuses %j', (value, message) => {
    expect(() => parseOwnerRef(value)).toThrow(message);
  });
});

describe('resolveOwner', () => {
  const where = {
    accountId: '111111111111',
    region: 'us-east-1',
    vpcId: 'vpc-1',
  };
  it.each([
    [{ tenant: 'payments' }, 'group:default/payments', 'tag:tenant'],
    [{ TENANT: 'Payments' }, 'group:default/payments', 'tag:tenant'],
    [{ owner: 'group:finance/ledger' }, 'group:finance/ledger', 'tag:owner'],
    [
      { tenant: 'not a group!', owner: 'identity' },
      'group:default/identity',
      'tag:owner',
    ],
    [{ tenant: '' }, 'group:default/unassigned', 'default'],
    // A tag naming another kind is not an owner: the config and the tags accept the same refs.
    [
      { tenant: 'component:default/ledger' },
      'group:default/unassigned',
      'default',
    ],
    [{ Name: 'x' }, 'group:default/unassigned', 'default'],
  ])('tags %j give %s from %s', (tags, owner, source) => {
    expect(resolveOwner({ ...where, tags }, ownership)).toMatchObject({
      owner,
      source,
    });
  });

  it('says which owner tags it refused and why, as config owners are refused', () => {
    expect(
      resolveOwner(
        {
          ...where,
          tags: { tenant: 'not a group!', owner: 'component:default/ledger' },
        },
        ownership,
      ),
    ).toEqual({
      owner: 'group:default/unassigned',
      source: 'default',
      refused: [
        {
          key: 'tenant',
          value: 'not a group!',
          reason: "'not a group!' is not a valid entity name",
        },
        {
          key: 'owner',
          value: 'component:default/ledger',
          reason:
            "'component:default/ledger' must name a Group or a User, not a component",
        },
      ],
    });
  });

  it('uses the first matching rule before the default', () => {
    expect(
      resolveOwner(
        {
          tags: {},
          accountId: '222222222222',
          region: 'us-east-1',
          vpcId: 'vpc-0b1c2d3e4f5a60021',
        },
        ownership,
      ),
    ).toEqual({
      owner: 'group:default/platform',
      source: 'rule:0',
      refused: [],
    });
    expect(
      resolveOwner(
        {
          tags: {},
          accountId: '222222222222',
          region: 'eu-west-1',
          vpcId: 'vpc-2',
        },
        ownership,
      ),
    ).toEqual({
      owner: 'group:default/data-platform',
      source: 'rule:1',
      refused: [],
    });
  });
});
