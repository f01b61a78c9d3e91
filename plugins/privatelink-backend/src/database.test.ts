import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { migrate, readiness } from './database';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

describe.each(ids)('readiness on %s', databaseId => {
  it('is ready only once every migration is applied, and says so when the database is gone', async () => {
    const knex = await databases.init(databaseId);
    expect(await readiness(knex)).toEqual({
      ready: false,
      database: expect.stringMatching(/^\d+ migrations pending$/),
    });
    await migrate(knex);
    expect(await readiness(knex)).toEqual({
      ready: true,
      database: 'reachable, migrated',
    });
    await knex.destroy();
    expect(await readiness(knex)).toEqual({
      ready: false,
      database: 'unreachable',
    });
  });
});

describe.each(ids)('migrations under a held lock on %s', databaseId => {
  const directory = resolvePackagePath(
    '@privatelink-portal/plugin-privatelink-backend',
    'migrations',
  );

  it('waits for the instance holding the lock, and says so when it is never released', async () => {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    await knex.migrate.down({ directory });
    const lock = (locked: boolean) =>
      knex('knex_migrations_lock').update({ is_locked: locked ? 1 : 0 });

    await lock(true);
    await expect(migrate(knex, { lockWaitMs: 1000 })).rejects.toThrow(
      /migrations are locked \(knex_migrations_lock\) by another instance for 1 s/,
    );
    expect(await readiness(knex)).toEqual({
      ready: false,
      database: '1 migrations pending',
    });

    // Another instance finishes and releases the lock: this one then migrates.
    setTimeout(() => lock(false).then(() => undefined), 700);
    await migrate(knex, { lockWaitMs: 10_000 });
    expect(await readiness(knex)).toEqual({
      ready: true,
      database: 'reachable, migrated',
    });
  });

  it('takes the lock again when replicas that started together each created its row', async () => {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    await knex.migrate.down({ directory });
    // What two replicas leave when each finds the new lock table empty and inserts its row.
    await knex('knex_migrations_lock').insert({ is_locked: 0 });
    expect(
      Number((await knex('knex_migrations_lock').count({ n: '*' }).first())!.n),
    ).toBe(2);
    await migrate(knex, { lockWaitMs: 10_000 });
    expect(await readiness(knex)).toEqual({
      ready: true,
      database: 'reachable, migrated',
    });
    expect(await knex('knex_migrations_lock').select('is_locked')).toEqual([
      { is_locked: 0 },
    ]);
  });
});
