import { Config } from '@backstage/config';

/** One configured AWS account and the regions to read in it. @public */
export interface AccountTarget {
  accountId: string;
  regions: string[];
}

/** @public */
export type InventorySourceConfig =
  | { type: 'aws' }
  | { type: 'snapshot'; path: string };

const ACCOUNT_ID = /^\d{12}$/;
// Partition prefixes (us, eu, ap, ...), an optional qualifier (gov, iso), a direction, a number.
const REGION = /^(af|ap|ca|cn|eu|il|me|mx|sa|us)(-(gov|iso|isob|isof|isoe))?-(central|north|south|east|west|northeast|northwest|southeast|southwest)-\d{1,2}$/;

/**
 * Whether a text is a valid AWS region name. Catches typos such as `us-east1` or `eu-west-01`
 * at start-up rather than as endpoint errors at run time.
 *
 * @public
 */
export function isValidRegion(region: string): boolean {
  return REGION.test(region);
}

/** @public */
export function isValidAccountId(accountId: string): boolean {
  return ACCOUNT_ID.test(accountId);
}

/**
 * Reads `privatelink.accounts`, failing with the offending key named when an account id or a
 * region is not valid, or when an account is listed twice.
 *
 * @public
 */
export function readAccountTargets(config: Config): AccountTarget[] {
  const accounts = config.getOptionalConfigArray('privatelink.accounts') ?? [];
  const seen = new Set<string>();
  return accounts.map((account, index) => {
    const key = `privatelink.accounts[${index}]`;
    const accountId = account.getString('accountId');
    if (!isValidAccountId(accountId)) {
      throw new Error(
        `Invalid config at ${key}.accountId: '${accountId}' is not a 12-digit AWS account id`,
      );
    }
    if (seen.has(accountId)) {
      throw new Error(
        `Invalid config at ${key}.accountId: account ${accountId} is listed twice`,
      );
    }
    seen.add(accountId);
    const regions = account.getStringArray('regions');
    if (regions.length === 0) {
      throw new Error(`Invalid config at ${key}.regions: list at least one region`);
    }
    regions.forEach((region, regionIndex) => {
      if (!isValidRegion(region)) {
        throw new Error(
          `Invalid config at ${key}.regions[${regionIndex}]: '${region}' is not an AWS region name (e.g. us-east-1)`,
        );
      }
    });
    return { accountId, regions: [...new Set(regions)] };
  });
}

/** Reads `privatelink.source`. @public */
export function readInventorySource(config: Config): InventorySourceConfig {
  const type = config.getOptionalString('privatelink.source.type') ?? 'aws';
  if (type === 'aws') return { type };
  if (type === 'snapshot') {
    const path = config.getOptionalString('privatelink.source.path');
    if (!path) {
      throw new Error(
        'Invalid config at privatelink.source.path: a snapshot source needs the path of its folder',
      );
    }
    return { type, path };
  }
  throw new Error(
    `Invalid config at privatelink.source.type: '${type}' is not one of aws, snapshot`,
  );
}
