import { createApp } from '@backstage/frontend-defaults';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { ProxiedSignInPage } from '@backstage/core-components';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import privatelinkPlugin from '@internal/plugin-privatelink/alpha';

/** Signs in through the backend's `demo` provider, as the legacy app does. */
const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: async () => props => <ProxiedSignInPage {...props} provider="demo" />,
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
