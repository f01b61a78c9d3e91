/**
 * The PrivateLink plugin for Backstage's new frontend system: entity cards, the PrivateLink page
 * and the API, as extensions an app installs with `features: [privatelinkPlugin]` (or by package
 * discovery). The legacy exports of the package root stay for apps on the old system.
 *
 * @packageDocumentation
 */
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
import PrivateLinkIcon from '@material-ui/icons/SettingsEthernet';
import { PrivateLinkClient, privatelinkApiRef } from './api';
import {
  PrivateLinkEntityCardName,
  PrivateLinkEntityCardPlacement,
  privatelinkEntityCardPlacements,
  privatelinkEntityFilters,
} from './cards';

export { privatelinkEntityCardPlacements, privatelinkEntityFilters };
export type { PrivateLinkEntityCardName, PrivateLinkEntityCardPlacement };
export { privatelinkTranslationRef } from './translation';

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

/** An entity card as the one declaration of where each goes (`cards.tsx`) places it. */
const entityCard = <TName extends PrivateLinkEntityCardName>(name: TName) => {
  const card = privatelinkEntityCardPlacements[name];
  return EntityCardBlueprint.make({
    name,
    params: {
      ...(card.type ? { type: card.type } : {}),
      filter: card.filter,
      loader: card.loader,
    },
  });
};

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
    // In the declaration's order; a test checks that every declared card is here.
    entityCard('usage'),
    entityCard('cost'),
    entityCard('health'),
    entityCard('posture'),
    entityCard('audit'),
    entityCard('endpoint'),
    entityCard('service'),
    entityCard('audit-campaign'),
    entityCard('inventory'),
    entityCard('vendor'),
    entityCard('cost-history'),
    ...requestFields,
  ],
});
