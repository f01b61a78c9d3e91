import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';

/** Asks the catalog to read an account again now; a failure leaves it to the schedule. */
export type CatalogRefresh = (
  accountId: string,
) => Promise<{ triggered: boolean; reason?: string }>;

/**
 * Calls the PrivateLink catalog module's refresh route (`POST /api/catalog/privatelink/accounts/
 * :accountId/refresh`) with the scaffolder's own service token, so that what an action changed in
 * AWS shows in the catalog within seconds. Never fails the action: the endpoint exists either way.
 */
export function catalogRefresh(deps: {
  auth: AuthService;
  discovery: DiscoveryService;
  logger: LoggerService;
}): CatalogRefresh {
  return async accountId => {
    try {
      const base = await deps.discovery.getBaseUrl('catalog');
      const { token } = await deps.auth.getPluginRequestToken({
        onBehalfOf: await deps.auth.getOwnServiceCredentials(),
        targetPluginId: 'catalog',
      });
      const res = await fetch(
        `${base}/privatelink/accounts/${encodeURIComponent(accountId)}/refresh`,
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      if (res.ok) return { triggered: true };
      const reason = `the catalog answered ${res.status}`;
      deps.logger.warn(
        `Inventory refresh of ${accountId} not triggered: ${reason}`,
      );
      return { triggered: false, reason };
    } catch (error) {
      const reason = String(error);
      deps.logger.warn(
        `Inventory refresh of ${accountId} not triggered: ${reason}`,
      );
      return { triggered: false, reason };
    }
  };
}
