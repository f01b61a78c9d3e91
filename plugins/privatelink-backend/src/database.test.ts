import { requiredDatabases } from '@internal/plugin-privatelink-node/testUtils';
import { migrate, readiness } from './database';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

describe.each(ids)('readiness on %s', databaseId => {
  it('is ready only once every migration is applied, and says so when the database is gone', async () => {
    const knex = await databases.init(databaseId);
    expect(await readiness(knex)).toEqual({ ready: false, database: expect.stringMatching(/^\d+ migrations pending$/) });
    await migrate(knex);
    expect(await readiness(knex)).toEqual({ ready: true, database: 'reachable, migrated' });
    await knex.destroy();
    expect(await readiness(knex)).toEqual({ ready: false, database: 'unreachable' });
  });
});
