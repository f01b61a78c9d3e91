import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { EvaluatedFinding, FindingsStore } from './FindingsStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const finding = (
  entityRef: string,
  checkId: string,
  evidence = ['e'],
): EvaluatedFinding => ({
  entityRef,
  checkId,
  severity: 'high',
  title: `${checkId} title`,
  evidence,
  fix: 'fix it',
});

describe.each(ids)('FindingsStore on %s', databaseId => {
  async function createStore() {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    return { knex, store: new FindingsStore(knex) };
  }
  const day = (d: number) =>
    new Date(`2026-11-${String(d).padStart(2, '0')}T00:00:00Z`);

  it('opens, sees again, resolves and reopens findings, keeping their history', async () => {
    const { knex, store } = await createStore();
    const refs = ['resource:default/a', 'resource:default/b'];
    expect(
      await store.reconcile(
        refs,
        [finding(refs[0], 'x'), finding(refs[1], 'y')],
        day(1),
      ),
    ).toEqual({ opened: 2, resolved: 0 });
    // Seen again with new evidence; y no longer fires.
    expect(
      await store.reconcile(
        refs,
        [finding(refs[0], 'x', ['new evidence'])],
        day(2),
      ),
    ).toEqual({ opened: 0, resolved: 1 });
    expect(await store.openFindings(refs)).toEqual([
      {
        entityRef: refs[0],
        checkId: 'x',
        severity: 'high',
        title: 'x title',
        evidence: ['new evidence'],
        fix: 'fix it',
        firstSeen: day(1).toISOString(),
        lastSeen: day(2).toISOString(),
      },
    ]);
    // y fires again: a new finding, the old one stays resolved in the history.
    await store.reconcile(
      refs,
      [finding(refs[0], 'x'), finding(refs[1], 'y')],
      day(3),
    );
    const open = await store.openFindings();
    expect(open.map(f => [f.checkId, f.firstSeen])).toEqual([
      ['x', day(1).toISOString()],
      ['y', day(3).toISOString()],
    ]);
    const history = await knex('privatelink_findings')
      .where({ check_id: 'y' })
      .orderBy('first_seen');
    expect(history.map(r => [r.first_seen, r.resolved_at])).toEqual([
      [day(1).toISOString(), day(2).toISOString()],
      [day(3).toISOString(), null],
    ]);
  });

  it('leaves the findings of entities it did not evaluate alone, and keeps suppressions', async () => {
    const { store } = await createStore();
    await store.reconcile(
      ['resource:default/a'],
      [{ ...finding('resource:default/a', 'x'), suppressed: 'accepted risk' }],
      day(1),
    );
    await store.reconcile(['resource:default/b'], [], day(2));
    expect(await store.openFindings(['resource:default/a'])).toEqual([
      expect.objectContaining({ checkId: 'x', suppressed: 'accepted risk' }),
    ]);
  });

  it('records many findings at once', async () => {
    const { store } = await createStore();
    const refs = Array.from(
      { length: 1000 },
      (_, i) => `resource:default/e${i}`,
    );
    await store.reconcile(
      refs,
      refs.map(r => finding(r, 'x')),
      day(1),
    );
    expect(await store.openFindings(refs)).toHaveLength(1000);
    expect(await store.reconcile(refs, [], day(2))).toEqual({
      opened: 0,
      resolved: 1000,
    });
  });
});
