import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { AwsClientFactory } from '@internal/plugin-privatelink-node';
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
        config: coreServices.rootConfig,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ config, scaffolder }) {
        scaffolder.addActions(
          createEndpointAction({ clients: AwsClientFactory.fromConfig(config) }),
        );
      },
    });
  },
});
