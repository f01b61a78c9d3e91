import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@privatelink-portal/plugin-privatelink-backend',
  'migrations',
);

/**
 * Runs the migrations. knex serialises migrations through its lock table: a replica that finds
 * the lock held waits for the one migrating (up to `lockWaitMs`), and two replicas that start on
 * an empty database, both trying to create that table, simply try again. A lock still held at
 * the end is a start-up error that says so (a crashed migration leaves it held).
 */
export async function migrate(
  knex: Knex,
  options: { attempts?: number; lockWaitMs?: number } = {},
): Promise<void> {
  const attempts = options.attempts ?? 5;
  const lockDeadline = Date.now() + (options.lockWaitMs ?? 60_000);
  for (let attempt = 1; ; attempt++) {
    try {
      await knex.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      const locked = (error as Error).name === 'MigrationLocked';
      if (locked && Date.now() < lockDeadline) {
        await removeDuplicateLockRows(knex);
        await new Promise(resolve => setTimeout(resolve, 500));
        continue;
      }
      if (locked) {
        throw new Error(
          `The privatelink migrations are locked (knex_migrations_lock) by another instance for ${Math.round(
            (options.lockWaitMs ?? 60_000) / 1000,
          )} s; if no instance is migrating, a crashed migration left the lock: clear it once no instance runs`,
        );
      }
      if (attempt >= attempts) throw error;
      await new Promise(resolve => setTimeout(resolve, 200 * attempt));
    }
  }
}

/**
 * knex creates its lock table's one row by checking, then inserting: replicas that start together
 * on an empty database can each insert one. With two rows no instance ever takes the lock (it
 * must update exactly one row), and every start waits out the lock deadline and fails. The
 * committed state of a lock row is unlocked unless a migration crashed outside a transaction,
 * so the extra unlocked rows go; the first row, and any row still locked, stay.
 */
async function removeDuplicateLockRows(knex: Knex): Promise<void> {
  const rows: Array<{ index: number }> = await knex('knex_migrations_lock')
    .select('index')
    .orderBy('index');
  if (rows.length <= 1) return;
  await knex('knex_migrations_lock')
    .whereNot('index', rows[0].index)
    .where('is_locked', 0)
    .delete();
}

/**
 * The plugin's database (SQLite in development, PostgreSQL in production), migrated once at
 * start-up unless the database service says migrations are managed elsewhere. Every store of
 * the plugin is built on it.
 */
export const privatelinkDatabaseServiceRef = createServiceRef<Knex>({
  id: 'privatelink.database',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { database: coreServices.database },
      async factory({ database }) {
        const knex = await database.getClient();
        if (!database.migrations?.skip) await migrate(knex);
        return knex;
      },
    }),
});

/**
 * Whether the database answers and has every migration of the plugin applied, for `/health`.
 * Never throws: an unreachable database is an answer.
 */
export async function readiness(
  knex: Knex,
): Promise<{ ready: boolean; database: string }> {
  try {
    await knex.raw('select 1');
    const [, pending] = await knex.migrate.list({ directory: migrationsDir });
    if (pending.length > 0)
      return { ready: false, database: `${pending.length} migrations pending` };
    return { ready: true, database: 'reachable, migrated' };
  } catch {
    return { ready: false, database: 'unreachable' };
  }
}
