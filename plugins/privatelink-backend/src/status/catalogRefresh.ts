import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';

/** Has the catalog read one account's inventory again now: the task it triggered. */
export type InventoryRefresher = (
  accountId: string,
) => Promise<{ accountId: string; taskId: string }>;

/**
 * Calls the PrivateLink catalog module's refresh route (`POST /api/catalog/privatelink/accounts/
 * :accountId/refresh`) with the privatelink plugin's own service token. An account the catalog
 * does not read is a 404; any other refusal a 503 that says what the catalog answered.
 */
export function catalogInventoryRefresher(deps: {
  auth: AuthService;
  discovery: DiscoveryService;
}): InventoryRefresher {
  return async accountId => {
    const base = await deps.discovery.getBaseUrl('catalog');
    const { token } = await deps.auth.getPluginRequestToken({
      onBehalfOf: await deps.auth.getOwnServiceCredentials(),
      targetPluginId: 'catalog',
    });
    const res = await fetch(
      `${base}/privatelink/accounts/${encodeURIComponent(accountId)}/refresh`,
      { method: 'POST', headers: { Authorization: `Bearer ${token}` } },
    );
    if (res.ok)
      return (await res.json()) as { accountId: string; taskId: string };
    const body = (await res.json().catch(() => undefined)) as
      | { error?: { message?: string } }
      | undefined;
    const message = body?.error?.message ?? res.statusText;
    if (res.status === 404)
      throw new NotFoundError(
        `${message}. An account is refreshed when it is listed in privatelink.accounts and the PrivateLink catalog module is installed in the backend.`,
      );
    throw new ServiceUnavailableError(
      `The catalog did not start the refresh of ${accountId}: ${res.status} ${message}. The account's scheduled refresh still runs; try again, or see the catalog's log.`,
    );
  };
}
