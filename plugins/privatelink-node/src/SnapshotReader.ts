import fs from 'fs/promises';
import { readdirSync, statSync } from 'fs';
import path from 'path';
import { AccountTarget, isValidAccountId, isValidRegion } from './config';

/**
 * Reads a folder of AWS CLI JSON exports laid out as `<root>/<accountId>/<region>/<command>.json`,
 * where `<command>` is the CLI command that wrote it (`describe-vpc-endpoints`, ...). Calls that
 * take one id per call (`describe-vpc-endpoint-service-permissions --service-id X`) are kept as
 * `<command>/<id>.json`.
 *
 * The CLI prints the same shapes the SDK returns (dates as ISO text instead of `Date`), so the
 * same mapping code reads both.
 *
 * @public
 */
export class SnapshotReader {
  constructor(readonly root: string) {}

  /** The accounts and regions the folder holds, failing when the folder is missing or empty. */
  listTargets(): AccountTarget[] {
    let accountDirs: string[];
    try {
      accountDirs = readdirSync(this.root);
    } catch (e) {
      throw new Error(
        `Invalid config at privatelink.source.path: cannot read snapshot folder ${this.root}: ${e}`,
      );
    }
    const targets = accountDirs
      .filter(name => isValidAccountId(name))
      .map(accountId => ({
        accountId,
        regions: readdirSync(path.join(this.root, accountId))
          .filter(region => isValidRegion(region))
          .filter(region =>
            statSync(path.join(this.root, accountId, region)).isDirectory(),
          )
          .sort(),
      }))
      .filter(t => t.regions.length > 0)
      .sort((a, b) => a.accountId.localeCompare(b.accountId));
    if (targets.length === 0) {
      throw new Error(
        `Invalid config at privatelink.source.path: ${this.root} holds no <accountId>/<region>/ folders`,
      );
    }
    return targets;
  }

  /**
   * The parsed JSON of one export, or undefined when the file does not exist. A file that exists
   * but does not parse is an error.
   */
  async read<T>(
    accountId: string,
    region: string,
    command: string,
    id?: string,
  ): Promise<T | undefined> {
    const file = id
      ? path.join(this.root, accountId, region, command, `${id}.json`)
      : path.join(this.root, accountId, region, `${command}.json`);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new Error(`Snapshot file ${file} is not valid JSON: ${e}`);
    }
  }
}
