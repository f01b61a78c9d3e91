import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { InventoryRefreshStatus } from '@privatelink-portal/plugin-privatelink-common';

/** Where each account refresh reports what it did, for the operators' status. */
export interface InventoryStatusReporter {
  report(status: InventoryRefreshStatus): Promise<void>;
}

/**
 * Reports to the privatelink backend plugin, which keeps the status in its database so that every
 * replica serves the same answer. A plugin-to-plugin call with the catalog's own service token.
 * A report that cannot be delivered (the privatelink plugin not installed, or starting) is logged
 * and dropped: it never fails a refresh.
 */
export class PrivateLinkBackendStatusReporter
  implements InventoryStatusReporter
{
  private warned = false;

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      logger: LoggerService;
    },
  ) {}

  async report(status: InventoryRefreshStatus): Promise<void> {
    const { discovery, auth, logger } = this.deps;
    try {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: 'privatelink',
      });
      const response = await fetch(
        `${await discovery.getBaseUrl('privatelink')}/status/inventory`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
          },
          body: JSON.stringify(status),
        },
      );
      if (!response.ok)
        throw new Error(`HTTP ${response.status} ${await response.text()}`);
      this.warned = false;
    } catch (error) {
      const message = `PrivateLink refresh status of ${
        status.provider
      } not reported to the privatelink backend: ${stringifyError(error)}`;
      if (this.warned) {
        logger.debug(message);
      } else {
        logger.warn(message);
        this.warned = true;
      }
    }
  }
}
