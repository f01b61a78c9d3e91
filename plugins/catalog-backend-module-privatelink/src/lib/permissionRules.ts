import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { EntitiesSearchFilter } from '@backstage/plugin-catalog-node';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  createConditionFactory,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { VENDOR_GROUP_TYPE } from '@privatelink-portal/plugin-privatelink-common';
// zod/v3, as the catalog's own rules: the permission framework reads its parameters' schema.
import { z } from 'zod/v3';

/**
 * `IS_GROUP_MEMBER`: the entity is a tenant Group (not a vendor) among the claims the policy
 * passes. What `privatelink.endpoint.create` and `.retire` are granted by: the resource is the
 * group that will own, or owns, the endpoint. The portal's policy passes the user's write claims
 * (their direct groups, not their groups' parents); a policy that passes the sign-in's ownership
 * claims grants writes through parent groups too.
 *
 * @public
 */
export const isGroupMember = createPermissionRule({
  name: 'IS_GROUP_MEMBER',
  description:
    'Allow a tenant group to the users it counts among its members (the ownership claims of their sign-in)',
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'The user ownership entity refs: the user and the groups they belong to',
      ),
  }),
  apply: (entity, { claims }) =>
    entity.kind.toLocaleLowerCase('en-US') === 'group' &&
    entity.spec?.type !== VENDOR_GROUP_TYPE &&
    claims.includes(stringifyEntityRef(entity)),
  toQuery: ({ claims }): PermissionCriteria<EntitiesSearchFilter> => {
    const groups = claims
      .map(ref => parseEntityRef(ref))
      .filter(ref => ref.kind.toLocaleLowerCase('en-US') === 'group');
    // No group among the claims: a criterion no entity meets (every entity has a kind).
    if (groups.length === 0) return { not: { key: 'kind' } };
    const [first, ...rest] = groups.map(
      (ref): PermissionCriteria<EntitiesSearchFilter> => ({
        allOf: [
          { key: 'metadata.namespace', values: [ref.namespace] },
          { key: 'metadata.name', values: [ref.name] },
        ],
      }),
    );
    return {
      allOf: [
        { key: 'kind', values: ['group'] },
        { not: { key: 'spec.type', values: [VENDOR_GROUP_TYPE] } },
        { anyOf: [first, ...rest] },
      ],
    };
  },
});

/** The condition a policy returns for {@link isGroupMember}, with the user's claims. @public */
export const isGroupMemberCondition = createConditionFactory(isGroupMember);
