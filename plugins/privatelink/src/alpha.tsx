/**
 * The PrivateLink plugin for Backstage's new frontend system: entity cards, the PrivateLink page
 * and the API, as extensions an app installs with `features: [privatelinkPlugin]` (or by package
 * discovery). The legacy exports of the package root stay for apps on the old system.
 *
 * @packageDocumentation
 */
import type { FilterPredicate } from '@backstage/filter-predicates';
import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  VENDOR_GROUP_TYPE,
  VPC_ENTITY_TYPE,
} from '@privatelink-portal/plugin-privatelink-common';
import PrivateLinkIcon from '@material-ui/icons/SettingsEthernet';
import { PrivateLinkClient, privatelinkApiRef } from './api';

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
  endpointOrService: { $any: [endpoint, service] },
  endpointOrProvidedService: { $any: [endpoint, providedService] },
  postureSubject: { $any: [endpoint, service, vpc] },
};

/** The PrivateLink page's route in the new frontend system. @alpha */
export const privatelinkPageRouteRef = createRouteRef();

const privatelinkApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: privatelinkApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PrivateLinkClient(deps),
    }),
});

const privatelinkPage = PageBlueprint.make({
  params: {
    path: '/privatelink',
    title: 'PrivateLink',
    icon: <PrivateLinkIcon />,
    routeRef: privatelinkPageRouteRef,
    // The page draws its own header, with the fleet's subtitle.
    noHeader: true,
    loader: () =>
      import('./components/PrivateLinkPage').then(m => <m.PrivateLinkPage />),
  },
});

const endpointCard = EntityCardBlueprint.make({
  name: 'endpoint',
  params: {
    type: 'info',
    filter: privatelinkEntityFilters.endpoint,
    loader: () =>
      import('./components/EntityPrivateLinkEndpointCard').then(m => (
        <m.EndpointDetailsCard />
      )),
  },
});

const serviceCard = EntityCardBlueprint.make({
  name: 'service',
  params: {
    type: 'info',
    filter: privatelinkEntityFilters.service,
    loader: () =>
      import('./components/EntityPrivateLinkServiceCard').then(m => (
        <m.ServiceDetailsCard />
      )),
  },
});

const usageCard = EntityCardBlueprint.make({
  name: 'usage',
  params: {
    filter: privatelinkEntityFilters.endpointOrService,
    loader: () =>
      import('./components/EntityPrivateLinkUsageCard').then(m => (
        <m.UsageCard />
      )),
  },
});

const costCard = EntityCardBlueprint.make({
  name: 'cost',
  params: {
    filter: privatelinkEntityFilters.endpoint,
    loader: () =>
      import('./components/EntityPrivateLinkCostCard').then(m => (
        <m.CostCard />
      )),
  },
});

const healthCard = EntityCardBlueprint.make({
  name: 'health',
  params: {
    filter: privatelinkEntityFilters.endpointOrService,
    loader: () =>
      import('./components/EntityPrivateLinkHealthCard').then(m => (
        <m.HealthCard />
      )),
  },
});

const postureCard = EntityCardBlueprint.make({
  name: 'posture',
  params: {
    filter: privatelinkEntityFilters.postureSubject,
    loader: () =>
      import('./components/EntityPrivateLinkPostureCard').then(m => (
        <m.PostureCard />
      )),
  },
});

const auditCard = EntityCardBlueprint.make({
  name: 'audit',
  params: {
    filter: privatelinkEntityFilters.endpointOrProvidedService,
    loader: () =>
      import('./components/EntityPrivateLinkAuditCard').then(m => (
        <m.AuditCard />
      )),
  },
});

const auditCampaignCard = EntityCardBlueprint.make({
  name: 'audit-campaign',
  params: {
    filter: privatelinkEntityFilters.tenant,
    loader: () =>
      import('./components/EntityPrivateLinkAuditCampaignCard').then(m => (
        <m.AuditCampaignCard />
      )),
  },
});

const inventoryCard = EntityCardBlueprint.make({
  name: 'inventory',
  params: {
    type: 'content',
    filter: privatelinkEntityFilters.tenant,
    loader: () =>
      import('./components/EntityPrivateLinkInventoryCard').then(m => (
        <m.InventoryCard />
      )),
  },
});

const vendorCard = EntityCardBlueprint.make({
  name: 'vendor',
  params: {
    type: 'content',
    filter: privatelinkEntityFilters.vendor,
    loader: () =>
      import('./components/EntityPrivateLinkVendorCard').then(m => (
        <m.VendorCard />
      )),
  },
});

type RequestFields = typeof import('./components/RequestFields/RequestFields');

/** A request form field for the new system's scaffolder, loaded when a form first needs it. */
const requestField = (
  name: string,
  field: keyof RequestFields,
  validation?: (
    fields: RequestFields,
  ) => Parameters<typeof createFormField>[0]['validation'],
) =>
  FormFieldBlueprint.make({
    name,
    params: {
      field: () =>
        import('./components/RequestFields/RequestFields').then(m =>
          createFormField({
            name: field,
            component: m[field] as Parameters<
              typeof createFormField
            >[0]['component'],
            validation: validation?.(m),
          }),
        ),
    },
  });

const requestFields = [
  requestField('owner-picker', 'PrivateLinkOwnerPicker'),
  requestField('account-picker', 'PrivateLinkAccountPicker'),
  requestField('region-picker', 'PrivateLinkRegionPicker'),
  requestField('vpc-picker', 'PrivateLinkVpcPicker'),
  requestField('service-picker', 'PrivateLinkServicePicker'),
  requestField(
    'subnets-picker',
    'PrivateLinkSubnetsPicker',
    m =>
      (data, field, { formData }) =>
        m.validateSubnets(data as string[] | undefined, field, formData),
  ),
  requestField('security-groups-picker', 'PrivateLinkSecurityGroupsPicker'),
  requestField('route-tables-picker', 'PrivateLinkRouteTablesPicker'),
  requestField('request-review', 'PrivateLinkRequestReview'),
];

/**
 * The PrivateLink plugin for the new frontend system. Its extensions are ids like
 * `entity-card:privatelink/usage`, `page:privatelink`, `api:privatelink` and the request form's
 * fields (`scaffolder-form-field:privatelink/subnets-picker`, ...); an app can turn any off or
 * change a card's filter in `app.extensions`. The operators' status is a tab of the page.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'privatelink',
  title: 'PrivateLink',
  icon: <PrivateLinkIcon />,
  routes: { root: privatelinkPageRouteRef },
  extensions: [
    privatelinkApi,
    privatelinkPage,
    endpointCard,
    serviceCard,
    usageCard,
    costCard,
    healthCard,
    postureCard,
    auditCard,
    auditCampaignCard,
    inventoryCard,
    vendorCard,
    ...requestFields,
  ],
});
