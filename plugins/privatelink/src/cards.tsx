import type { FilterPredicate } from '@backstage/filter-predicates';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  VENDOR_GROUP_TYPE,
  VPC_ENTITY_TYPE,
} from '@privatelink-portal/plugin-privatelink-common';

const endpoint = { kind: 'resource', 'spec.type': ENDPOINT_ENTITY_TYPE };
const service = { kind: 'resource', 'spec.type': ENDPOINT_SERVICE_ENTITY_TYPE };
const vpc = { kind: 'resource', 'spec.type': VPC_ENTITY_TYPE };
const providedService = {
  ...service,
  'spec.endpointService.provider': { $exists: true },
};
const vendor = { kind: 'group', 'spec.type': VENDOR_GROUP_TYPE };

/**
 * Which entities each card is for, as the filter predicates the catalog's entity page evaluates.
 * The same sets as the legacy `isPrivateLink...Available` functions. @alpha
 */
export const privatelinkEntityFilters: Record<
  | 'endpoint'
  | 'service'
  | 'vpc'
  | 'providedService'
  | 'vendor'
  | 'tenant'
  | 'tenantOrVendor'
  | 'endpointOrService'
  | 'endpointOrProvidedService'
  | 'postureSubject',
  FilterPredicate
> = {
  endpoint,
  service,
  vpc,
  providedService,
  vendor,
  tenant: {
    $all: [{ kind: 'group' }, { $not: { 'spec.type': VENDOR_GROUP_TYPE } }],
  },
  tenantOrVendor: { kind: 'group' },
  endpointOrService: { $any: [endpoint, service] },
  endpointOrProvidedService: { $any: [endpoint, providedService] },
  postureSubject: { $any: [endpoint, service, vpc] },
};

/** Where one entity card goes, for both frontend systems. @alpha */
export interface PrivateLinkEntityCardPlacement {
  /** The entities whose page shows it. */
  filter: FilterPredicate;
  /**
   * The new system's card type: `info` beside the About card, `content` across the page below;
   * unset for a card in the page's grid.
   */
  type?: 'info' | 'content';
  /**
   * Its share of the 12 columns of a legacy page's grid from md width up (full width below); a
   * card that shares a row on one page and not on another says so per entity type.
   */
  columns: 4 | 6 | 8 | 12 | { [entityType: string]: 4 | 6 | 8 | 12 };
  /** The card, loaded when a page first shows it. */
  loader: () => Promise<JSX.Element>;
}

/** The entity cards, by their extension names in the new system. @alpha */
export type PrivateLinkEntityCardName =
  | 'usage'
  | 'cost'
  | 'health'
  | 'posture'
  | 'audit'
  | 'endpoint'
  | 'service'
  | 'audit-campaign'
  | 'inventory'
  | 'vendor'
  | 'cost-history';

/**
 * The one declaration of the entity cards and where they go, by name (the new system's
 * `entity-card:privatelink/<name>`), in page order: the new frontend system makes an
 * `EntityCardBlueprint` of each, and the legacy `EntityPrivateLinkCards` places the ones whose
 * filter matches the page's entity. @alpha
 */
export const privatelinkEntityCardPlacements: Record<
  PrivateLinkEntityCardName,
  PrivateLinkEntityCardPlacement
> = {
  usage: {
    filter: privatelinkEntityFilters.endpointOrService,
    columns: 8,
    loader: () =>
      import('./components/EntityPrivateLinkUsageCard').then(m => (
        <m.UsageCard />
      )),
  },
  cost: {
    filter: privatelinkEntityFilters.endpoint,
    columns: 4,
    loader: () =>
      import('./components/EntityPrivateLinkCostCard').then(m => (
        <m.CostCard />
      )),
  },
  health: {
    filter: privatelinkEntityFilters.endpointOrService,
    // Beside the usage card on a service's page, where the cost card is not.
    columns: {
      [ENDPOINT_ENTITY_TYPE]: 12,
      [ENDPOINT_SERVICE_ENTITY_TYPE]: 4,
    },
    loader: () =>
      import('./components/EntityPrivateLinkHealthCard').then(m => (
        <m.HealthCard />
      )),
  },
  posture: {
    filter: privatelinkEntityFilters.postureSubject,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkPostureCard').then(m => (
        <m.PostureCard />
      )),
  },
  audit: {
    filter: privatelinkEntityFilters.endpointOrProvidedService,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkAuditCard').then(m => (
        <m.AuditCard />
      )),
  },
  endpoint: {
    type: 'info',
    filter: privatelinkEntityFilters.endpoint,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkEndpointCard').then(m => (
        <m.EndpointDetailsCard />
      )),
  },
  service: {
    type: 'info',
    filter: privatelinkEntityFilters.service,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkServiceCard').then(m => (
        <m.ServiceDetailsCard />
      )),
  },
  'audit-campaign': {
    filter: privatelinkEntityFilters.tenant,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkAuditCampaignCard').then(m => (
        <m.AuditCampaignCard />
      )),
  },
  inventory: {
    type: 'content',
    filter: privatelinkEntityFilters.tenant,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkInventoryCard').then(m => (
        <m.InventoryCard />
      )),
  },
  vendor: {
    type: 'content',
    filter: privatelinkEntityFilters.vendor,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkVendorCard').then(m => (
        <m.VendorCard />
      )),
  },
  'cost-history': {
    filter: privatelinkEntityFilters.tenantOrVendor,
    columns: 12,
    loader: () =>
      import('./components/EntityPrivateLinkCostHistoryCard').then(m => (
        <m.CostHistoryCard />
      )),
  },
};
