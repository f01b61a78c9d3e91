import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  awsAccessServiceRef,
  readAccountTargets,
  readRequestSettings,
  readVendors,
} from '@privatelink-portal/plugin-privatelink-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogRefresh } from './actions/catalogRefresh';
import { createEndpointAction } from './actions/createEndpoint';
import { createGatewayEndpointAction } from './actions/createGatewayEndpoint';
import { retireEndpointAction } from './actions/retireEndpoint';
import { withUserFacingErrors } from './actions/userFacingErrors';

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
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({
        aws,
        config,
        permissions,
        userInfo,
        catalog,
        auth,
        discovery,
        logger,
        scaffolder,
      }) {
        const accounts = readAccountTargets(config);
        const refreshCatalog = catalogRefresh({ auth, discovery, logger });
        scaffolder.addActions(
          withUserFacingErrors(
            logger,
            createEndpointAction({
              aws,
              accounts,
              requests: readRequestSettings(config),
              vendors: readVendors(config),
              permissions,
              userInfo,
              refreshCatalog,
              catalog,
            }),
          ),
          withUserFacingErrors(
            logger,
            createGatewayEndpointAction({
              aws,
              accounts,
              requests: readRequestSettings(config),
              permissions,
              userInfo,
              refreshCatalog,
              catalog,
            }),
          ),
          withUserFacingErrors(
            logger,
            retireEndpointAction({
              aws,
              accounts,
              permissions,
              catalog,
              refreshCatalog,
            }),
          ),
        );
      },
    });
  },
});
