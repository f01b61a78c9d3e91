import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  catalogEntityDeletePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { isGroupMemberCondition } from '@internal/plugin-catalog-backend-module-privatelink';
import {
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
  privatelinkEndpointCreatePermission,
  privatelinkEndpointRetirePermission,
} from '@internal/plugin-privatelink-common';

/** Writes to the catalog itself that only the portal's administrators make. */
const ADMIN_ONLY = [catalogEntityDeletePermission, catalogLocationCreatePermission, catalogLocationDeletePermission];

/**
 * The portal's permission policy: signed-in users read everything; owners decide on their own
 * audit items (the catalog's `isEntityOwner` over the user's ownership claims, which include the
 * parent groups of their groups); members of a tenant group request endpoints for it (the
 * PrivateLink catalog module's `IS_GROUP_MEMBER` over the same claims), and retire the endpoints
 * of a group they belong to; members of the configured
 * admin groups manage audits and may decide on any item, and alone may unregister entities and
 * locations.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly adminGroups: string[],
    private readonly userInfo: Pick<UserInfoService, 'getUserInfo'>,
  ) {}

  async handle(request: PolicyQuery, user?: PolicyQueryUser): Promise<PolicyDecision> {
    const claims = user ? (await this.userInfo.getUserInfo(user.credentials)).ownershipEntityRefs : [];
    const admin = claims.some(ref => this.adminGroups.includes(ref));
    const { permission } = request;
    if (isPermission(permission, privatelinkAuditManagePermission) || ADMIN_ONLY.some(p => isPermission(permission, p))) {
      return { result: admin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    if (isPermission(permission, privatelinkAuditAcknowledgePermission)) {
      if (admin) return { result: AuthorizeResult.ALLOW };
      if (!user) return { result: AuthorizeResult.DENY };
      return createCatalogConditionalDecision(permission, catalogConditions.isEntityOwner({ claims }));
    }
    if (isPermission(permission, privatelinkEndpointCreatePermission) || isPermission(permission, privatelinkEndpointRetirePermission)) {
      // Members only, admins included: an endpoint is tagged to, billed to and audited by its group.
      if (!user) return { result: AuthorizeResult.DENY };
      return createCatalogConditionalDecision(permission, isGroupMemberCondition({ claims }));
    }
    return { result: user ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
  }
}

/** `portal.adminGroups`: group refs, a bare name meaning a group in the default namespace. */
export function readAdminGroups(config: Config): string[] {
  const key = 'portal.adminGroups';
  const values = config.getOptionalStringArray(key) ?? [];
  return values.map((value, i) => {
    try {
      const ref = parseEntityRef(value, { defaultKind: 'group', defaultNamespace: 'default' });
      if (ref.kind.toLocaleLowerCase('en-US') !== 'group') throw new Error('not a group');
      return stringifyEntityRef(ref);
    } catch {
      throw new Error(`Invalid config at ${key}[${i}]: '${value}' is not a group reference such as group:default/privatelink-admins`);
    }
  });
}

/** Installs the portal's policy in the permission backend. */
export const portalPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        policy.setPolicy(new PortalPermissionPolicy(readAdminGroups(config), userInfo));
      },
    });
  },
});
