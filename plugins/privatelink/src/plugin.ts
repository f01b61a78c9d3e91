import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import {
  createScaffolderFieldExtension,
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { PrivateLinkClient, privatelinkApiRef } from './api';
import {
  PrivateLinkAccountPicker,
  PrivateLinkOwnerPicker,
  PrivateLinkRegionPicker,
  PrivateLinkRequestReview,
  PrivateLinkSecurityGroupsPicker,
  PrivateLinkRouteTablesPicker,
  PrivateLinkServicePicker,
  PrivateLinkSubnetsPicker,
  PrivateLinkVpcPicker,
  validateSubnets,
} from './components/RequestFields/RequestFields';

/** The PrivateLink page's route. @public */
export const rootRouteRef = createRouteRef({ id: 'privatelink' });

/** The PrivateLink frontend plugin. @public */
export const privatelinkPlugin = createPlugin({
  id: 'privatelink',
  routes: { root: rootRouteRef },
  apis: [
    createApiFactory({
      api: privatelinkApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PrivateLinkClient(deps),
    }),
  ],
});

/** Details of a VPC endpoint, on its entity page. @public */
export const EntityPrivateLinkEndpointCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkEndpointCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkEndpointCard').then(
          m => m.EndpointDetailsCard,
        ),
    },
  }),
);

/** Details of an endpoint service (provider, acceptance, principals, consumers). @public */
export const EntityPrivateLinkServiceCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkServiceCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkServiceCard').then(
          m => m.ServiceDetailsCard,
        ),
    },
  }),
);

/** A tenant's endpoint inventory, on its Group page, with CSV export. @public */
export const EntityPrivateLinkInventoryCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkInventoryCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkInventoryCard').then(
          m => m.InventoryCard,
        ),
    },
  }),
);

/** Usage of a VPC endpoint or provided service, from the privatelink backend. @public */
export const EntityPrivateLinkUsageCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkUsageCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkUsageCard').then(
          m => m.UsageCard,
        ),
    },
  }),
);

/** Cost of a VPC endpoint or provided service, from the privatelink backend. @public */
export const EntityPrivateLinkCostCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkCostCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkCostCard').then(m => m.CostCard),
    },
  }),
);

/** Health of a VPC endpoint or provided service, from the privatelink backend. @public */
export const EntityPrivateLinkHealthCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkHealthCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkHealthCard').then(
          m => m.HealthCard,
        ),
    },
  }),
);

/**
 * The operators' status (per account refresh and usage collection), for the portal's System page
 * or the PrivateLink page. @public
 */
export const PrivateLinkStatusCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'PrivateLinkStatusCard',
    component: {
      lazy: () =>
        import('./components/PrivateLinkStatusCard').then(m => m.StatusCard),
    },
  }),
);

/** What the backend's posture checks found on a VPC endpoint or endpoint service. @public */
export const EntityPrivateLinkPostureCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkPostureCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkPostureCard').then(
          m => m.PostureCard,
        ),
    },
  }),
);

/** This quarter's audit of an endpoint or provided service, with the owner's decision form. @public */
export const EntityPrivateLinkAuditCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkAuditCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkAuditCard').then(
          m => m.AuditCard,
        ),
    },
  }),
);

/** A tenant's audit campaign: progress, open items, exports, earlier quarters. @public */
export const EntityPrivateLinkAuditCampaignCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkAuditCampaignCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkAuditCampaignCard').then(
          m => m.AuditCampaignCard,
        ),
    },
  }),
);

/** The PrivateLink page: the whole fleet by tenant, vendor and account, and the operators' status. @public */
export const PrivateLinkPage = privatelinkPlugin.provide(
  createRoutableExtension({
    name: 'PrivateLinkPage',
    component: () =>
      import('./components/PrivateLinkPage').then(m => m.PrivateLinkPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * Every PrivateLink card of the current entity's page, as grid items in the declared order and
 * widths (the declaration the new frontend system reads too): place it in the page's
 * `Grid container` instead of placing each card. @public
 */
export const EntityPrivateLinkCards = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkCards',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkCards').then(
          m => m.EntityPrivateLinkCards,
        ),
    },
  }),
);

/** What a tenant's or a vendor's endpoints cost each month, with this month's forecast. @public */
export const EntityPrivateLinkCostHistoryCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkCostHistoryCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkCostHistoryCard').then(
          m => m.CostHistoryCard,
        ),
    },
  }),
);

/** A vendor's page: connection model, links, and every endpoint to it across tenants. @public */
export const EntityPrivateLinkVendorCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkVendorCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkVendorCard').then(
          m => m.VendorCard,
        ),
    },
  }),
);

/**
 * The request form's fields, for the legacy scaffolder: each loads its choices from the
 * privatelink backend's request routes with the signed-in user's credentials. The create action
 * checks everything again on the server.
 */
const requestField = <T>(
  name: string,
  component: (props: FieldExtensionComponentProps<T>) => JSX.Element | null,
  validation?: CustomFieldValidator<T>,
) =>
  privatelinkPlugin.provide(
    createScaffolderFieldExtension<T>({ name, component, validation }),
  );

/** `ui:field: PrivateLinkOwnerPicker`: a group the user belongs to. @public */
export const PrivateLinkOwnerPickerFieldExtension = requestField(
  'PrivateLinkOwnerPicker',
  PrivateLinkOwnerPicker,
);
/** `ui:field: PrivateLinkAccountPicker`: an account the portal manages. @public */
export const PrivateLinkAccountPickerFieldExtension = requestField(
  'PrivateLinkAccountPicker',
  PrivateLinkAccountPicker,
);
/** `ui:field: PrivateLinkRegionPicker`: a region of the chosen account. @public */
export const PrivateLinkRegionPickerFieldExtension = requestField(
  'PrivateLinkRegionPicker',
  PrivateLinkRegionPicker,
);
/** `ui:field: PrivateLinkVpcPicker`: a VPC of the account and region. @public */
export const PrivateLinkVpcPickerFieldExtension = requestField(
  'PrivateLinkVpcPicker',
  PrivateLinkVpcPicker,
);
/** `ui:field: PrivateLinkServicePicker`: a service of the region, by vendor. @public */
export const PrivateLinkServicePickerFieldExtension = requestField(
  'PrivateLinkServicePicker',
  PrivateLinkServicePicker,
);
/** `ui:field: PrivateLinkSubnetsPicker`: one subnet per AZ of the VPC. @public */
export const PrivateLinkSubnetsPickerFieldExtension = requestField<string[]>(
  'PrivateLinkSubnetsPicker',
  PrivateLinkSubnetsPicker,
  (data, field, { formData }) => validateSubnets(data, field, formData),
);
/** `ui:field: PrivateLinkSecurityGroupsPicker`: security groups of the VPC. @public */
export const PrivateLinkSecurityGroupsPickerFieldExtension = requestField(
  'PrivateLinkSecurityGroupsPicker',
  PrivateLinkSecurityGroupsPicker,
);
/** `ui:field: PrivateLinkRouteTablesPicker`: route tables of the VPC, for a gateway endpoint. @public */
export const PrivateLinkRouteTablesPickerFieldExtension = requestField(
  'PrivateLinkRouteTablesPicker',
  PrivateLinkRouteTablesPicker,
);
/** `ui:field: PrivateLinkRequestReview` (on `confirmDuplicate`): cost, tags, duplicates. @public */
export const PrivateLinkRequestReviewFieldExtension = requestField(
  'PrivateLinkRequestReview',
  PrivateLinkRequestReview,
);
