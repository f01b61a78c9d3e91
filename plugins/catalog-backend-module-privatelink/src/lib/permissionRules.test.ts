import { Entity } from '@backstage/catalog-model';
import { isGroupMember, isGroupMemberCondition } from './permissionRules';

const group = (name: string, type = 'team', namespace = 'default'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace },
  spec: { type, children: [] },
});

describe('IS_GROUP_MEMBER', () => {
  const claims = [
    'user:default/guest',
    'group:default/payments',
    'group:finance/ledger',
    'group:default/snowflake',
  ];

  it('holds for a tenant group among the claims, not for other groups, vendors or other kinds', () => {
    expect(isGroupMember.apply(group('payments'), { claims })).toBe(true);
    expect(
      isGroupMember.apply(group('ledger', 'team', 'finance'), { claims }),
    ).toBe(true);
    expect(isGroupMember.apply(group('ledger'), { claims })).toBe(false);
    expect(isGroupMember.apply(group('data-platform'), { claims })).toBe(false);
    expect(isGroupMember.apply(group('snowflake', 'vendor'), { claims })).toBe(
      false,
    );
    expect(
      isGroupMember.apply(
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'User',
          metadata: { name: 'guest' },
        },
        { claims },
      ),
    ).toBe(false);
  });

  it('queries the same set: tenant groups named by the claims, or nothing without one', () => {
    expect(isGroupMember.toQuery({ claims })).toEqual({
      allOf: [
        { key: 'kind', values: ['group'] },
        { not: { key: 'spec.type', values: ['vendor'] } },
        {
          anyOf: [
            {
              allOf: [
                { key: 'metadata.namespace', values: ['default'] },
                { key: 'metadata.name', values: ['payments'] },
              ],
            },
            {
              allOf: [
                { key: 'metadata.namespace', values: ['finance'] },
                { key: 'metadata.name', values: ['ledger'] },
              ],
            },
            {
              allOf: [
                { key: 'metadata.namespace', values: ['default'] },
                { key: 'metadata.name', values: ['snowflake'] },
              ],
            },
          ],
        },
      ],
    });
    expect(isGroupMember.toQuery({ claims: ['user:default/erin'] })).toEqual({
      not: { key: 'kind' },
    });
  });

  it('makes the condition a policy returns', () => {
    expect(
      isGroupMemberCondition({ claims: ['group:default/payments'] }),
    ).toEqual({
      rule: 'IS_GROUP_MEMBER',
      resourceType: 'catalog-entity',
      params: { claims: ['group:default/payments'] },
    });
  });
});
