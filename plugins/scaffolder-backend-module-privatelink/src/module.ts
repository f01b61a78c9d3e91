import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { awsAccessServiceRef, readAccountTargets, readRequestSettings } from '@internal/plugin-privatelink-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createEndpointAction } from './actions/createEndpoint';
import { retireEndpointAction } from './actions/retireEndpoint';


/**
 * Scaffolder actions that request VPC endpoints.
 *
 * @public
 */
export const scaffolderModulePrivateLink = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'privatelink',
  register(reg) {
    reg.registerInit({
      deps: {
        aws: awsAccessServiceRef,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ aws, config, permissions, userInfo, catalog, scaffolder }) {
        const accounts = readAccountTargets(config);
        scaffolder.addActions(
          createEndpointAction({ aws, accounts, requests: readRequestSettings(config), permissions, userInfo }),
          retireEndpointAction({ aws, accounts, permissions, catalog }),
        );
      },
    });
  },
});
