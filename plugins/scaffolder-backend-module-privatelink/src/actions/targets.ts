import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AccountTarget } from '@privatelink-portal/plugin-privatelink-node';

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
