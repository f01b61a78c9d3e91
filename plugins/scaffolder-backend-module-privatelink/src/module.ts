import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { awsAccessServiceRef } from '@internal/plugin-privatelink-node';
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
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ aws, scaffolder }) {
        scaffolder.addActions(createEndpointAction({ clients: aws }));
      },
    });
  },
});
