import { groupBy } from './groupBy';

describe('groupBy', () => {
  it('groups in order and leaves out items without a key', () => {
    const groups = groupBy(['a1', 'b1', 'a2', 'x'], s =>
      s === 'x' ? undefined : s[0],
    );
    expect([...groups]).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
    ]);
  });
});
