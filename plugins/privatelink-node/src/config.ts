import path from 'path';
import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { z } from 'zod';
import { Same } from './sameType';
import { SnapshotReader } from './SnapshotReader';

const ACCOUNT_ID = /^\d{12}$/;
// Partition prefixes (us, eu, ap, ...), an optional qualifier (gov, iso), a direction, a number.
const REGION =
  /^(af|ap|ca|cn|eu|il|me|mx|sa|us)(-(gov|iso|isob|isof|isoe))?-(central|north|south|east|west|northeast|northwest|southeast|southwest)-\d{1,2}$/;

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

/** zod schemas for the values every config reader of the portal checks. @public */
export const configValues = {
  accountId: () =>
    z.string().regex(ACCOUNT_ID, 'must be a 12-digit AWS account id, quoted'),
  region: () =>
    z.string().regex(REGION, 'must be an AWS region name such as us-east-1'),
};

/**
 * Parses the value at `key` with a zod schema, failing with `Invalid config at <key>...: <reason>`
 * naming the exact key that is wrong (`privatelink.accounts[1].regions[0]`).
 *
 * @public
 */
export function parseConfig<T extends z.ZodType>(
  config: Config,
  key: string,
  schema: T,
): z.infer<T> {
  const value = config.getOptional(key);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue.path
    .map(p => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('');
  let atPath: unknown = value;
  for (const p of issue.path)
    atPath = (atPath as Record<PropertyKey, unknown> | undefined)?.[p];
  const verb = atPath === undefined ? 'Missing' : 'Invalid';
  throw new Error(`${verb} config at ${key}${at}: ${issue.message}`);
}

const sourceSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('aws') }).strict(),
    z
      .object({
        type: z.literal('snapshot'),
        path: z
          .string({ error: 'a snapshot source needs the path of its folder' })
          .min(1),
        /**
         * Shift the exported metric days so the last one is yesterday. For the shipped demo
         * only: on a real export it would misdate usage.
         */
        shiftDatesForDemo: z.boolean().default(false),
      })
      .strict(),
  ],
  { error: "must have type 'aws' or 'snapshot'" },
);

/** Where one account's inventory and metrics come from. @public */
export type AccountSource =
  | { type: 'aws' }
  | { type: 'snapshot'; path: string; shiftDatesForDemo: boolean };

/** One account, its regions, and where its data comes from. @public */
export interface AccountTarget {
  accountId: string;
  regions: string[];
  source: AccountSource;
  /**
   * The role the request actions (create, retire) assume in this account; the inventory's
   * credentials stay read-only. Absent: the portal refuses to change this account.
   */
  writeRoleArn?: string;
}

const sourceIsTheSchemas: Same<
  z.output<typeof sourceSchema>,
  AccountSource
> = true;
void sourceIsTheSchemas;

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@\/-]{1,512}$/;

const accountsSchema = z
  .array(
    z
      .object({
        accountId: configValues.accountId(),
        regions: z
          .array(configValues.region())
          .min(1, 'list at least one region'),
        source: sourceSchema.optional(),
        writeRoleArn: z
          .string()
          .regex(
            ROLE_ARN,
            'must be an IAM role ARN such as arn:aws:iam::111111111111:role/privatelink-write',
          )
          .optional(),
      })
      .strict(),
  )
  .superRefine((accounts, ctx) => {
    const seen = new Set<string>();
    accounts.forEach((account, i) => {
      const roleAccount = account.writeRoleArn?.match(ROLE_ARN)?.[1];
      if (roleAccount && roleAccount !== account.accountId) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'writeRoleArn'],
          message: `the write role is in account ${roleAccount}, not in ${account.accountId}`,
        });
      }
      if (seen.has(account.accountId)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'accountId'],
          message: `account ${account.accountId} is listed twice`,
        });
      }
      seen.add(account.accountId);
    });
  });

/** An account as read: the schema's, with its source resolved (the default source, absolute paths). */
const accountIsTheSchemas: Same<
  Omit<z.output<typeof accountsSchema>[number], 'source'> & {
    source: AccountSource;
  },
  AccountTarget
> = true;
void accountIsTheSchemas;

/**
 * The accounts the portal reads, each with its own source: `privatelink.source` is the default
 * (`aws` when absent), an account's own `source` overrides it, so AWS accounts and exported
 * accounts mix in one portal. With a snapshot default and no accounts listed, every account and
 * region in the folder is read. A snapshot path is resolved against the working directory, and
 * each snapshot account must be in its folder. Fails at start-up naming the key.
 *
 * @public
 */
export function readAccountTargets(config: Config): AccountTarget[] {
  const defaultSource: AccountSource = parseConfig(
    config,
    'privatelink.source',
    sourceSchema.optional(),
  ) ?? { type: 'aws' };
  const accounts =
    parseConfig(config, 'privatelink.accounts', accountsSchema.optional()) ??
    [];
  const resolve = (source: AccountSource): AccountSource =>
    source.type === 'snapshot'
      ? { ...source, path: path.resolve(source.path) }
      : source;

  if (accounts.length === 0) {
    if (defaultSource.type === 'aws') {
      throw new Error(
        'Missing config at privatelink.accounts: list the AWS accounts and regions to read, or set privatelink.source to a snapshot folder',
      );
    }
    const source = { ...defaultSource, path: path.resolve(defaultSource.path) };
    return new SnapshotReader(source.path)
      .listTargets()
      .map(target => ({ ...target, source }));
  }
  const folders = new Map<string, ReturnType<SnapshotReader['listTargets']>>();
  return accounts.map((account, i) => {
    const source = resolve(account.source ?? defaultSource);
    if (source.type === 'snapshot') {
      if (!folders.has(source.path)) {
        folders.set(source.path, new SnapshotReader(source.path).listTargets());
      }
      const found = folders
        .get(source.path)!
        .find(t => t.accountId === account.accountId);
      if (!found) {
        throw new Error(
          `Invalid config at privatelink.accounts[${i}].accountId: account ${account.accountId} is not in the snapshot ${source.path}`,
        );
      }
    }
    if (source.type === 'snapshot' && account.writeRoleArn) {
      throw new Error(
        `Invalid config at privatelink.accounts[${i}].writeRoleArn: account ${account.accountId} is read from a snapshot, which the portal cannot change`,
      );
    }
    return {
      accountId: account.accountId,
      regions: [...new Set(account.regions)],
      source,
      writeRoleArn: account.writeRoleArn,
    };
  });
}

/**
 * `privatelink.accounts[].writeRoleArn` by account id: the roles the request actions assume.
 * Checked as {@link readAccountTargets} checks them, without reading any snapshot.
 *
 * @public
 */
export function readWriteRoles(config: Config): Map<string, string> {
  const accounts =
    parseConfig(config, 'privatelink.accounts', accountsSchema.optional()) ??
    [];
  return new Map(
    accounts.flatMap(a =>
      a.writeRoleArn ? [[a.accountId, a.writeRoleArn] as const] : [],
    ),
  );
}

/**
 * A scheduled task's timing from config (`frequency`, `timeout`, `initialDelay`, `scope`), or the
 * fallback when the key is absent. Fails naming the key when it does not parse.
 *
 * @public
 */
export function readTaskSchedule(
  config: Config,
  key: string,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  if (!config.has(key)) return fallback;
  let schedule: SchedulerServiceTaskScheduleDefinition;
  try {
    schedule = readSchedulerServiceTaskScheduleDefinitionFromConfig(
      config.getConfig(key),
    );
  } catch (error) {
    throw new Error(
      `Invalid config at ${key}: ${
        error instanceof Error ? error.message : error
      }`,
    );
  }
  // A zero or negative duration would run the task back to back, or time it out at once.
  for (const field of ['frequency', 'timeout'] as const) {
    const value = schedule[field];
    if (
      value &&
      typeof value === 'object' &&
      !('cron' in value) &&
      !('trigger' in value) &&
      durationToMilliseconds(value as HumanDuration) <= 0
    ) {
      throw new Error(
        `Invalid config at ${key}.${field}: must be a duration above zero`,
      );
    }
  }
  return schedule;
}
