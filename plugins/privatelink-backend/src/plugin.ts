import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { privatelinkPermissions } from '@internal/plugin-privatelink-common';
import { createRouter } from './service/router';

/**
 * The privatelink backend plugin.
 *
 * @public
 */
export const privatelinkPlugin = createBackendPlugin({
  pluginId: 'privatelink',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({ httpRouter, permissionsRegistry }) {
        permissionsRegistry.addPermissions(privatelinkPermissions);
        httpRouter.use(await createRouter());
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
