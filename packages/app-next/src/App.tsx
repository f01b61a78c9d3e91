import { createApp } from '@backstage/frontend-defaults';
import {
  configApiRef,
  createFrontendModule,
  useApi,
} from '@backstage/frontend-plugin-api';
import {
  SignInPageBlueprint,
  SignInPageProps,
} from '@backstage/plugin-app-react';
import { ProxiedSignInPage } from '@backstage/core-components';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import privatelinkPlugin from '@privatelink-portal/plugin-privatelink/alpha';

/** Signs in through the backend's provider that `portal.signInProvider` names, as the legacy app does. */
const PortalSignInPage = (props: SignInPageProps) => {
  const provider =
    useApi(configApiRef).getOptionalString('portal.signInProvider') ?? 'guest';
  return <ProxiedSignInPage {...props} provider={provider} />;
};

const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: async () => PortalSignInPage,
      },
    }),
  ],
});

/**
 * The new frontend system's app: catalog, org and PrivateLink plugins, nothing wired by hand.
 * The PrivateLink cards land on entity pages through their filters; the page adds its own
 * sidebar item. Vendor groups have no members, so `app-config.yaml` narrows the org plugin's
 * members card to other groups.
 */
export default createApp({
  features: [catalogPlugin, orgPlugin, privatelinkPlugin, signInModule],
});
