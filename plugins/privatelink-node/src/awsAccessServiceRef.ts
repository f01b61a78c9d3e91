import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { AwsAccessService, AwsClientFactory } from './AwsClientFactory';

/**
 * The AWS access layer as one root-scoped service: one credential manager, one client per
 * account, region and service, and one call counter for the whole backend process, shared by the
 * catalog module, the backend plugin and the scaffolder module. Tests replace it with
 * `awsAccessServiceRef.factory`-style overrides or a factory of their own.
 *
 * @public
 */
export const awsAccessServiceRef = createServiceRef<AwsAccessService>({
  id: 'privatelink.aws-access',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig },
      factory: ({ config }) => AwsClientFactory.fromConfig(config),
    }),
});
