import { withAncestorGroups } from './transitiveOwnership';
import { demoUserFromCookie } from './demoSignIn';

describe('withAncestorGroups', () => {
  const parents: Record<string, string[]> = {
    'group:default/payments': ['group:default/platform'],
    'group:default/platform': ['group:default/engineering'],
    'group:default/engineering': ['group:default/payments'], // a cycle in a broken org chart
    'group:default/sre': ['group:default/platform'],
  };
  const fetchParents = async (refs: string[]) =>
    refs.flatMap(ref => parents[ref] ?? []);

  it('adds every parent group once, level by level, and stops at cycles', async () => {
    expect(
      await withAncestorGroups(
        ['group:default/payments', 'group:default/sre'],
        fetchParents,
      ),
    ).toEqual([
      'group:default/payments',
      'group:default/sre',
      'group:default/platform',
      'group:default/engineering',
    ]);
    expect(await withAncestorGroups([], fetchParents)).toEqual([]);
  });
});

describe('demoUserFromCookie', () => {
  it.each([
    ['privatelink-demo-user=dana', 'dana'],
    ['a=1; privatelink-demo-user=Olu; b=2', 'olu'],
    ['privatelink-demo-user=..%2Fadmin', undefined],
    ['privatelink-demo-user=user:default/x', undefined],
    ['other=dana', undefined],
    [undefined, undefined],
  ])('%s picks %s', (cookie, user) => {
    expect(demoUserFromCookie(cookie)).toBe(user);
  });
});
