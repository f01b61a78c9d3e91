import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { awsAccessServiceRef, readAccountTargets, readRequestSettings } from '@internal/plugin-privatelink-node';
import { createEndpointAction } from './actions/createEndpoint';


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
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ aws, config, permissions, userInfo, scaffolder }) {
        scaffolder.addActions(
          createEndpointAction({
            aws,
            accounts: readAccountTargets(config),
            requests: readRequestSettings(config),
            permissions,
            userInfo,
          }),
        );
      },
    });
  },
});
