import { Navigate, Route } from 'react-router-dom';
import {
  CatalogEntityPage,
  CatalogIndexPage,
  catalogPlugin,
} from '@backstage/plugin-catalog';
import { ScaffolderPage, scaffolderPlugin } from '@backstage/plugin-scaffolder';
import { orgPlugin } from '@backstage/plugin-org';
import { UserSettingsPage } from '@backstage/plugin-user-settings';
import { NotificationsPage } from '@backstage/plugin-notifications';
import {
  PrivateLinkAccountPickerFieldExtension,
  PrivateLinkOwnerPickerFieldExtension,
  PrivateLinkPage,
  PrivateLinkRegionPickerFieldExtension,
  PrivateLinkRequestReviewFieldExtension,
  PrivateLinkReviewStep,
  PrivateLinkSecurityGroupsPickerFieldExtension,
  PrivateLinkRouteTablesPickerFieldExtension,
  PrivateLinkServicePickerFieldExtension,
  PrivateLinkSubnetsPickerFieldExtension,
  PrivateLinkVpcPickerFieldExtension,
} from '@privatelink-portal/plugin-privatelink';
import { ScaffolderFieldExtensions } from '@backstage/plugin-scaffolder-react';
import { CatalogGraphPage } from '@backstage/plugin-catalog-graph';
import {
  AlertDisplay,
  OAuthRequestDialog,
  ProxiedSignInPage,
} from '@backstage/core-components';
import {
  configApiRef,
  SignInPageProps,
  useApi,
} from '@backstage/core-plugin-api';
import { createApp } from '@backstage/app-defaults';
import { AppRouter, FlatRoutes } from '@backstage/core-app-api';
import { apis } from './apis';
import { entityPage } from './components/catalog/EntityPage';
import { Root } from './components/Root';

/** Signs in through the backend's provider that `portal.signInProvider` names. */
const PortalSignInPage = (props: SignInPageProps) => {
  const provider =
    useApi(configApiRef).getOptionalString('portal.signInProvider') ?? 'guest';
  return <ProxiedSignInPage {...props} provider={provider} />;
};

const app = createApp({
  apis,
  bindRoutes({ bind }) {
    bind(catalogPlugin.externalRoutes, {
      createComponent: scaffolderPlugin.routes.root,
      createFromTemplate: scaffolderPlugin.routes.selectedTemplate,
    });
    bind(orgPlugin.externalRoutes, {
      catalogIndex: catalogPlugin.routes.catalogIndex,
    });
  },
  components: {
    // Silently, through the proxy provider portal.signInProvider names (guest; demo in the demo).
    SignInPage: props => <PortalSignInPage {...props} />,
  },
});

const routes = (
  <FlatRoutes>
    <Route path="/" element={<Navigate to="catalog" />} />
    <Route path="/catalog" element={<CatalogIndexPage />} />
    <Route
      path="/catalog/:namespace/:kind/:name"
      element={<CatalogEntityPage />}
    >
      {entityPage}
    </Route>
    <Route
      path="/create"
      element={
        <ScaffolderPage
          components={{ ReviewStepComponent: PrivateLinkReviewStep }}
          headerOptions={{
            title: 'Request',
            subtitle:
              'Request a VPC endpoint to a vendor or service from a template',
          }}
        />
      }
    >
      {/* The request form's pickers, fed by the privatelink backend. */}
      <ScaffolderFieldExtensions>
        <PrivateLinkOwnerPickerFieldExtension />
        <PrivateLinkAccountPickerFieldExtension />
        <PrivateLinkRegionPickerFieldExtension />
        <PrivateLinkVpcPickerFieldExtension />
        <PrivateLinkServicePickerFieldExtension />
        <PrivateLinkSubnetsPickerFieldExtension />
        <PrivateLinkSecurityGroupsPickerFieldExtension />
        <PrivateLinkRouteTablesPickerFieldExtension />
        <PrivateLinkRequestReviewFieldExtension />
      </ScaffolderFieldExtensions>
    </Route>
    <Route path="/settings" element={<UserSettingsPage />} />
    <Route path="/notifications" element={<NotificationsPage />} />
    <Route path="/privatelink" element={<PrivateLinkPage />} />
    <Route path="/catalog-graph" element={<CatalogGraphPage />} />
  </FlatRoutes>
);

export default app.createRoot(
  <>
    <AlertDisplay />
    <OAuthRequestDialog />
    <AppRouter>
      <Root>{routes}</Root>
    </AppRouter>
  </>,
);
