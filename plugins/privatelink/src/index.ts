/**
 * Frontend plugin privatelink: entity cards and tenant inventory for VPC endpoints.
 *
 * @packageDocumentation
 */
export {
  privatelinkPlugin,
  EntityPrivateLinkCards,
  EntityPrivateLinkCostHistoryCard,
  EntityPrivateLinkEndpointCard,
  EntityPrivateLinkServiceCard,
  EntityPrivateLinkInventoryCard,
  EntityPrivateLinkUsageCard,
  EntityPrivateLinkCostCard,
  EntityPrivateLinkHealthCard,
  EntityPrivateLinkPostureCard,
  PrivateLinkStatusCard,
  EntityPrivateLinkAuditCard,
  EntityPrivateLinkAuditCampaignCard,
  PrivateLinkPage,
  EntityPrivateLinkVendorCard,
  PrivateLinkOwnerPickerFieldExtension,
  PrivateLinkAccountPickerFieldExtension,
  PrivateLinkRegionPickerFieldExtension,
  PrivateLinkVpcPickerFieldExtension,
  PrivateLinkServicePickerFieldExtension,
  PrivateLinkSubnetsPickerFieldExtension,
  PrivateLinkSecurityGroupsPickerFieldExtension,
  PrivateLinkRouteTablesPickerFieldExtension,
  PrivateLinkRequestReviewFieldExtension,
} from './plugin';
export * from './api';
export {
  isVpcEndpointEntity as isPrivateLinkEndpointAvailable,
  isVpcEndpointServiceEntity as isPrivateLinkServiceAvailable,
  isVpcEntity as isPrivateLinkVpcAvailable,
  isProvidedEndpointServiceEntity as isPrivateLinkProvidedServiceAvailable,
} from '@privatelink-portal/plugin-privatelink-common';
export {
  isPrivateLinkTenant as isPrivateLinkInventoryAvailable,
  isPrivateLinkVendor as isPrivateLinkVendorAvailable,
} from './components/EntityPrivateLinkInventoryCard/isPrivateLinkTenant';
export { PrivateLinkReviewStep } from './components/RequestFields/RequestReviewStep';
