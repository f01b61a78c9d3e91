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
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  createScaffolderTaskConditionalDecision,
  scaffolderTaskConditions,
} from '@backstage/plugin-scaffolder-backend/alpha';
import {
  taskCancelPermission,
  taskReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import { isGroupMemberCondition } from '@privatelink-portal/plugin-catalog-backend-module-privatelink';
import {
  ANNOTATION_OWNER_SOURCE,
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
  privatelinkEndpointCreatePermission,
  privatelinkEndpointRetirePermission,
  privatelinkInventoryRefreshPermission,
} from '@privatelink-portal/plugin-privatelink-common';
import { WriteClaims } from './writeClaims';

/** Writes to the catalog itself that only the portal's administrators make. */
const ADMIN_ONLY = [
  catalogEntityDeletePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
];

/**
 * The portal's permission policy: signed-in users read everything. Writes go to those who act for
 * the owner (see {@link WriteClaims}: the user's direct groups, and the child groups of groups
 * config names as acting for their children), never through a parent group and never through the
 * configured default owner: owners decide on their own audit items (the catalog's `isEntityOwner`
 * over the write claims, on an entity whose owner a tag or a rule named); members of a tenant
 * group request endpoints for it and retire its endpoints (the PrivateLink catalog module's
 * `IS_GROUP_MEMBER` over the same claims). A scaffolder task (a request, a retirement, its logs)
 * is read, cancelled and retried by the user who created it (the scaffolder's `isTaskOwner`).
 * Members of the configured admin groups manage audits, may decide on any item and read, cancel
 * and retry any task, and alone may unregister entities and locations and have an account's
 * inventory read again now.
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly adminGroups: string[],
    private readonly userInfo: Pick<UserInfoService, 'getUserInfo'>,
    private readonly writeClaims: Pick<WriteClaims, 'of'>,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const info = user
      ? await this.userInfo.getUserInfo(user.credentials)
      : undefined;
    const claims = info?.ownershipEntityRefs ?? [];
    const admin = claims.some(ref => this.adminGroups.includes(ref));
    const { permission } = request;
    if (
      isPermission(permission, privatelinkAuditManagePermission) ||
      isPermission(permission, privatelinkInventoryRefreshPermission) ||
      ADMIN_ONLY.some(p => isPermission(permission, p))
    ) {
      return { result: admin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    if (
      isPermission(permission, taskReadPermission) ||
      isPermission(permission, taskCancelPermission)
    ) {
      // Retrying a task also asks for its read permission.
      if (admin) return { result: AuthorizeResult.ALLOW };
      if (!info) return { result: AuthorizeResult.DENY };
      return createScaffolderTaskConditionalDecision(
        permission,
        scaffolderTaskConditions.isTaskOwner({
          createdBy: [info.userEntityRef],
        }),
      );
    }
    if (isPermission(permission, privatelinkAuditAcknowledgePermission)) {
      if (admin) return { result: AuthorizeResult.ALLOW };
      if (!info) return { result: AuthorizeResult.DENY };
      return createCatalogConditionalDecision(permission, {
        allOf: [
          catalogConditions.isEntityOwner({
            claims: await this.writeClaims.of(info.userEntityRef),
          }),
          {
            not: catalogConditions.hasAnnotation({
              annotation: ANNOTATION_OWNER_SOURCE,
              value: 'default',
            }),
          },
        ],
      });
    }
    if (
      isPermission(permission, privatelinkEndpointCreatePermission) ||
      isPermission(permission, privatelinkEndpointRetirePermission)
    ) {
      // Members only, admins included: an endpoint is tagged to, billed to and audited by its group.
      if (!info) return { result: AuthorizeResult.DENY };
      return createCatalogConditionalDecision(
        permission,
        isGroupMemberCondition({
          claims: await this.writeClaims.of(info.userEntityRef),
        }),
      );
    }
    return { result: user ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
  }
}

/** `portal.adminGroups`: group refs, a bare name meaning a group in the default namespace. */
export function readAdminGroups(config: Config): string[] {
  return readGroupRefs(config, 'portal.adminGroups');
}

/** Group refs at `key`, a bare name meaning a group in the default namespace; fails naming the key. */
export function readGroupRefs(config: Config, key: string): string[] {
  const values = config.getOptionalStringArray(key) ?? [];
  return values.map((value, i) => {
    try {
      const ref = parseEntityRef(value, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      });
      if (ref.kind.toLocaleLowerCase('en-US') !== 'group')
        throw new Error('not a group');
      return stringifyEntityRef(ref);
    } catch {
      throw new Error(
        `Invalid config at ${key}[${i}]: '${value}' is not a group reference such as group:default/privatelink-admins`,
      );
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
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ policy, config, userInfo, catalog, auth }) {
        const writeClaims = new WriteClaims({
          catalog,
          auth,
          actingForChildren: readGroupRefs(
            config,
            'portal.groupsActingForChildren',
          ),
        });
        policy.setPolicy(
          new PortalPermissionPolicy(
            readAdminGroups(config),
            userInfo,
            writeClaims,
          ),
        );
      },
    });
  },
});
