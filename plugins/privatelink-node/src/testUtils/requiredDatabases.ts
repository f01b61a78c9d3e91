import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every store test runs on: SQLite always, PostgreSQL 15 when
 * BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING points at a live server (scripts/test-all.sh
 * starts one). In CI a missing PostgreSQL is an error, not a silent skip.
 * @public
 */
export function requiredDatabases(): {
  databases: TestDatabases;
  ids: TestDatabaseId[];
} {
  const ids: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15'];
  const databases = TestDatabases.create({ ids, disableDocker: true });
  const missing = ids.filter(id => !databases.supports(id));
  if (missing.length > 0) {
    const message = `database tests cannot run on ${missing.join(
      ', ',
    )}: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (scripts/test-all.sh does)`;
    if (process.env.CI) throw new Error(message);
    // eslint-disable-next-line no-console
    console.warn(
      `\n*** SKIPPING PART OF THE DATABASE MATRIX: ${message} ***\n`,
    );
  }
  return { databases, ids: ids.filter(id => databases.supports(id)) };
}
