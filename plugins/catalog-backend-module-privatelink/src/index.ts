/**
 * Catalog module that ingests AWS VPC endpoints and endpoint services as catalog entities.
 *
 * @packageDocumentation
 */
export { catalogModulePrivateLink as default } from './module';
export { PrivateLinkAccountEntityProvider } from './providers/PrivateLinkAccountEntityProvider';
export { PrivateLinkVendorEntityProvider } from './providers/PrivateLinkVendorEntityProvider';
export { isGroupMember, isGroupMemberCondition } from './lib/permissionRules';
