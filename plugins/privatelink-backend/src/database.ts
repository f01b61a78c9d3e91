import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath('@internal/plugin-privatelink-backend', 'migrations');

/**
 * Runs the migrations. knex serialises migrations through its lock table, but two replicas that
 * start on an empty database both try to create that table; the loser fails and simply tries
 * again, by when the table and the lock exist.
 */
export async function migrate(knex: Knex, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await knex.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise(resolve => setTimeout(resolve, 200 * attempt));
    }
  }
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
