import fs from 'fs/promises';
import { readdirSync, realpathSync, statSync } from 'fs';
import path from 'path';

const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const COMMAND = /^[a-z]+(-[a-z]+)*$/;
/** An AWS id used as a file name (`vpce-svc-0123...`): no separators, no leading dot. */
const FILE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** How to read one export. @public */
export interface SnapshotReadOptions {
  /** For calls that take one id per call: the file is `<command>/<id>.json`. */
  id?: string;
  /** A missing file is an error naming it, rather than undefined. */
  required?: boolean;
  /**
   * The top-level key the AWS CLI prints the result list under (`VpcEndpoints`, ...): when the
   * file has it, it must be a list of objects, or the file is refused naming it.
   */
  listKey?: string;
}

/**
 * Reads a folder of AWS CLI JSON exports laid out as `<root>/<accountId>/<region>/<command>.json`,
 * where `<command>` is the CLI command that wrote it (`describe-vpc-endpoints`, ...). Calls that
 * take one id per call (`describe-vpc-endpoint-service-permissions --service-id X`) are kept as
 * `<command>/<id>.json`.
 *
 * Reads stay inside the folder: account, region, command and id must look like what they are (an
 * id such as `../../x` taken from the data is refused), and a file that resolves outside the
 * folder through a symlink is refused.
 *
 * The CLI prints the same shapes the SDK returns (dates as ISO text instead of `Date`), so the
 * same mapping code reads both.
 *
 * @public
 */
export class SnapshotReader {
  private realRoot?: string;

  constructor(readonly root: string) {}

  /**
   * One pass over the folder: the account-region folders it holds, and every other entry with why
   * it is passed over (not an account id or a region name, not a folder, a symlink that leads
   * nowhere, a folder that cannot be read). One bad entry never stops the others.
   */
  private scan(): {
    targets: Array<{ accountId: string; regions: string[] }>;
    ignored: Array<{ entry: string; reason: string }>;
  } {
    const ignored: Array<{ entry: string; reason: string }> = [];
    /** Whether `at` is a folder, or why it is not one to read. */
    const folder = (at: string): true | string => {
      try {
        const stat = statSync(at, { throwIfNoEntry: false });
        if (!stat)
          return 'a symlink to nothing (the entry it names does not exist)';
        return stat.isDirectory() ? true : 'not a folder';
      } catch (e) {
        return `unreadable (${(e as NodeJS.ErrnoException).code ?? e})`;
      }
    };
    const list = (at: string): string[] | undefined => {
      try {
        return readdirSync(at);
      } catch (e) {
        ignored.push({
          entry: at,
          reason: `unreadable (${(e as NodeJS.ErrnoException).code ?? e})`,
        });
        return undefined;
      }
    };
    const targets: Array<{ accountId: string; regions: string[] }> = [];
    for (const name of readdirSync(this.root).sort()) {
      const at = path.join(this.root, name);
      if (!ACCOUNT_ID.test(name)) {
        ignored.push({ entry: at, reason: 'not an account id (12 digits)' });
        continue;
      }
      const isFolder = folder(at);
      if (isFolder !== true) {
        ignored.push({ entry: at, reason: isFolder });
        continue;
      }
      const regions: string[] = [];
      for (const region of list(at) ?? []) {
        const regionPath = path.join(at, region);
        const regionFolder = REGION.test(region)
          ? folder(regionPath)
          : 'not an AWS region name';
        if (regionFolder === true) regions.push(region);
        else ignored.push({ entry: regionPath, reason: regionFolder });
      }
      if (regions.length > 0)
        targets.push({ accountId: name, regions: regions.sort() });
    }
    return { targets, ignored };
  }

  /** The accounts and regions the folder holds, failing when the folder is missing or empty. */
  listTargets(): Array<{ accountId: string; regions: string[] }> {
    try {
      readdirSync(this.root);
    } catch (e) {
      throw new Error(
        `Invalid config at privatelink.source.path: cannot read snapshot folder ${this.root}: ${e}`,
      );
    }
    const { targets } = this.scan();
    if (targets.length === 0) {
      throw new Error(
        `Invalid config at privatelink.source.path: ${this.root} holds no <accountId>/<region>/ folders`,
      );
    }
    return targets;
  }

  /**
   * What the folder holds that `listTargets` passes over, and why: an entry at the top that is
   * not a 12-digit account id, or one inside an account that is not a region folder, a symlink
   * that leads nowhere or a folder that cannot be read. For the caller to report, so that a folder
   * named `prod-111111111111` is not skipped in silence.
   */
  ignoredEntries(): Array<{ entry: string; reason: string }> {
    return this.scan().ignored;
  }

  /** The path of one export, refusing names that could leave the folder. */
  filePath(
    accountId: string,
    region: string,
    command: string,
    id?: string,
  ): string {
    const checks: Array<[string, RegExp, string]> = [
      [accountId, ACCOUNT_ID, 'account id'],
      [region, REGION, 'region'],
      [command, COMMAND, 'command'],
      ...(id === undefined
        ? []
        : [[id, FILE_ID, 'id'] as [string, RegExp, string]]),
    ];
    for (const [value, pattern, what] of checks) {
      if (!pattern.test(value)) {
        throw new Error(
          `Snapshot ${this.root}: refused to read a file for the ${what} '${value}'`,
        );
      }
    }
    return id === undefined
      ? path.join(this.root, accountId, region, `${command}.json`)
      : path.join(this.root, accountId, region, command, `${id}.json`);
  }

  /**
   * The parsed JSON of one export, or undefined when the file does not exist (unless required).
   * A file that does not parse, has the wrong shape, or resolves outside the folder is an error
   * naming the file.
   */
  async read<T>(
    accountId: string,
    region: string,
    command: string,
    options: SnapshotReadOptions = {},
  ): Promise<T | undefined> {
    const file = this.filePath(accountId, region, command, options.id);
    let real: string;
    try {
      real = await fs.realpath(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      if (options.required) {
        throw new Error(
          `Snapshot of account ${accountId} in ${region} is incomplete: ${file} is missing. Export it (see the catalog module's README) or remove the region folder.`,
        );
      }
      return undefined;
    }
    this.realRoot ??= realpathSync(this.root);
    if (!real.startsWith(this.realRoot + path.sep)) {
      throw new Error(
        `Snapshot file ${file} resolves outside the snapshot folder: refused`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await fs.readFile(real, 'utf8'));
    } catch (e) {
      throw new Error(
        `Snapshot file ${file} (account ${accountId}, ${region}) is not valid JSON: ${e}`,
      );
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error(
        `Snapshot file ${file} (account ${accountId}, ${region}) is not what the AWS CLI prints: expected a JSON object`,
      );
    }
    const list = options.listKey
      ? (parsed as Record<string, unknown>)[options.listKey]
      : undefined;
    if (
      list !== undefined &&
      (!Array.isArray(list) ||
        list.some(
          item => !item || typeof item !== 'object' || Array.isArray(item),
        ))
    ) {
      throw new Error(
        `Snapshot file ${file} (account ${accountId}, ${region}): ${options.listKey} must be a list of objects, as the AWS CLI prints it`,
      );
    }
    return parsed as T;
  }
}
