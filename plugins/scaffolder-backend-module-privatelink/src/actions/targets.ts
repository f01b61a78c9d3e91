import {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { privatelinkEndpointCreatePermission } from '@privatelink-portal/plugin-privatelink-common';
import { AccountTarget } from '@privatelink-portal/plugin-privatelink-node';
import { CatalogRefresh } from './catalogRefresh';

/** The signed-in user behind credentials, or undefined for a service. */
export function userOf(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
  };
  return principal.type === 'user' ? principal.userEntityRef : undefined;
}

/**
 * The account an action is to change: one this portal manages, in a region it reads, from AWS.
 * An `InputError` naming the field otherwise; a `NotAllowedError` for an account read from a
 * snapshot of exported data, which no action can change.
 */
export function changeableTarget(
  accounts: AccountTarget[],
  input: { accountId: string; region: string },
  change: string,
): AccountTarget {
  const target = accounts.find(a => a.accountId === input.accountId);
  if (!target) {
    throw new InputError(
      `accountId: ${input.accountId} is not an account this portal manages (privatelink.accounts)`,
    );
  }
  if (!target.regions.includes(input.region)) {
    throw new InputError(
      `region: ${input.region} is not a region this portal reads in account ${
        input.accountId
      } (${target.regions.join(', ')})`,
    );
  }
  if (target.source.type === 'snapshot') {
    throw new NotAllowedError(
      `account ${input.accountId} is read from a snapshot of exported data (${target.source.path}): this portal shows it and cannot ${change} there. ` +
        `To ${change}, configure the account under privatelink.accounts with the aws source and a writeRoleArn.`,
    );
  }
  return target;
}

/**
 * The owner of a requested endpoint: a group reference, that the initiator is a member of, and
 * that the portal's policy lets them request endpoints for (`privatelink.endpoint.create`).
 * Decided from the initiator's credentials, never from what the form says about them.
 */
export async function authorizedOwner(options: {
  owner: string;
  credentials: BackstageCredentials;
  userInfo: Pick<UserInfoService, 'getUserInfo'>;
  permissions: PermissionsService;
}): Promise<{
  owner: string;
  requester: string | undefined;
  credentials: BackstageCredentials;
}> {
  const { credentials } = options;
  let owner: string;
  try {
    const ref = parseEntityRef(options.owner, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group')
      throw new Error('not a group');
    owner = stringifyEntityRef(ref);
  } catch {
    throw new InputError(
      `owner: '${options.owner}' is not a group reference such as group:default/payments`,
    );
  }
  const requester = userOf(credentials);
  const claims = requester
    ? (await options.userInfo.getUserInfo(credentials)).ownershipEntityRefs
    : [];
  if (!claims.includes(owner)) {
    throw new InputError(
      `owner: ${
        requester ?? 'the requester, not a signed-in user,'
      } is not a member of ${owner}; an endpoint is requested by a member of the group that will own it`,
    );
  }
  const [decision] = await options.permissions.authorize(
    [{ permission: privatelinkEndpointCreatePermission, resourceRef: owner }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new InputError(
      `owner: the portal's policy does not let ${requester} request endpoints for ${owner} (permission privatelink.endpoint.create)`,
    );
  }
  return { owner, requester, credentials };
}

/**
 * Asks the catalog to read the account now and waits (up to `waitMs`) for the new endpoint's
 * entity, so that the link the template shows opens it; says in the task log what happened.
 */
export async function showInCatalog(options: {
  accountId: string;
  entityRef: string;
  credentials: BackstageCredentials;
  refreshCatalog?: CatalogRefresh;
  catalog?: Pick<CatalogService, 'getEntityByRef'>;
  waitMs: number;
  logger: LoggerService;
}): Promise<void> {
  const { entityRef, credentials, catalog, logger } = options;
  const refreshed = await options.refreshCatalog?.(options.accountId);
  if (refreshed?.triggered && catalog) {
    const started = Date.now();
    let entity = await catalog.getEntityByRef(entityRef, { credentials });
    while (!entity && Date.now() - started < options.waitMs) {
      await new Promise(resolve => setTimeout(resolve, 1000));
      entity = await catalog.getEntityByRef(entityRef, { credentials });
    }
    logger.info(
      entity
        ? `${entityRef} is in the catalog, ${Math.round(
            (Date.now() - started) / 1000,
          )} s after the request`
        : `${entityRef} is not in the catalog yet; it shows when the catalog has processed the account's refresh`,
    );
  } else {
    logger.info(
      `The endpoint shows in the catalog at the account's next scheduled refresh${
        refreshed?.reason ? ` (${refreshed.reason})` : ''
      }`,
    );
  }
}
