import { refuseSuspiciousDrop } from './InventoryGuard';

describe('refuseSuspiciousDrop', () => {
  it.each([
    [undefined, 10, 0.5, false],
    [undefined, 0, 0.5, true],
    [0, 0, 0.5, false],
    [0, 5, 0.5, false],
    [10, 0, 1, true],
    [10, 10, 0.5, false],
    [10, 15, 0.5, false],
    [10, 5, 0.5, false],
    [10, 4, 0.5, true],
    [10, 1, 0.95, false],
  ])('previous %s, next %s, max drop %s: refused %s', (previous, next, ratio, refused) => {
    expect(refuseSuspiciousDrop(previous, next, ratio) !== undefined).toBe(refused);
  });
});
