/**
 * Catalog module that ingests AWS VPC endpoints and endpoint services as catalog entities.
 *
 * @packageDocumentation
 */
export { catalogModulePrivateLink as default } from './module';
export { isGroupMember, isGroupMemberCondition } from './lib/permissionRules';
