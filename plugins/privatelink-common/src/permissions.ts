import { createPermission } from '@backstage/plugin-permission-common';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';

/**
 * Read the usage, cost, health and posture of a VPC endpoint or endpoint service entity.
 * A resource permission on the catalog entity, so catalog conditions (owner, kind) apply.
 *
 * @public
 */
export const privatelinkEndpointReadPermission = createPermission({
  name: 'privatelink.endpoint.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Read the operators' status: what each inventory refresh and usage collection did, per account
 * and region, and which entities do not match the contract.
 *
 * @public
 */
export const privatelinkStatusReadPermission = createPermission({
  name: 'privatelink.status.read',
  attributes: { action: 'read' },
});

/** Read the posture findings of the whole fleet (an owner's are read per entity). @public */
export const privatelinkFindingsReadPermission = createPermission({
  name: 'privatelink.findings.read',
  attributes: { action: 'read' },
});

/**
 * Read audit campaigns: their frozen items, decisions and exports.
 *
 * @public
 */
export const privatelinkAuditReadPermission = createPermission({
  name: 'privatelink.audit.read',
  attributes: { action: 'read' },
});

/**
 * Record a decision (keep, fix, retire) on an audited endpoint or provided service. A resource
 * permission on the item's catalog entity, so a policy can grant it to the entity's owners with
 * the catalog's `isEntityOwner` rule.
 *
 * @public
 */
export const privatelinkAuditAcknowledgePermission = createPermission({
  name: 'privatelink.audit.acknowledge',
  attributes: { action: 'update' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Open campaigns on demand and decide on any item: the audit's operators.
 *
 * @public
 */
export const privatelinkAuditManagePermission = createPermission({
  name: 'privatelink.audit.manage',
  attributes: { action: 'create' },
});

/**
 * Read the fleet page: every endpoint and provided service of every tenant, aggregated.
 *
 * @public
 */
export const privatelinkFleetReadPermission = createPermission({
  name: 'privatelink.fleet.read',
  attributes: { action: 'read' },
});

/**
 * Request (create) a VPC endpoint owned by a group: a resource permission on that Group entity,
 * so a policy can grant it to the group's members with the PrivateLink catalog module's
 * `IS_GROUP_MEMBER` rule. The scaffolder action authorizes it with the initiator's credentials.
 *
 * @public
 */
export const privatelinkEndpointCreatePermission = createPermission({
  name: 'privatelink.endpoint.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Retire (delete) a VPC endpoint: a resource permission on the Group that owns the endpoint's
 * entity, granted like `privatelink.endpoint.create` to its members.
 *
 * @public
 */
export const privatelinkEndpointRetirePermission = createPermission({
  name: 'privatelink.endpoint.retire',
  attributes: { action: 'delete' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Read an account's inventory again now, from the operators' tab: the catalog module's refresh
 * of one account (its AWS calls count against the account's API rate). Operators only.
 *
 * @public
 */
export const privatelinkInventoryRefreshPermission = createPermission({
  name: 'privatelink.inventory.refresh',
  attributes: { action: 'update' },
});

/** @public */
export const privatelinkPermissions = [
  privatelinkEndpointCreatePermission,
  privatelinkEndpointRetirePermission,
  privatelinkFleetReadPermission,
  privatelinkEndpointReadPermission,
  privatelinkStatusReadPermission,
  privatelinkFindingsReadPermission,
  privatelinkAuditReadPermission,
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
  privatelinkInventoryRefreshPermission,
];
