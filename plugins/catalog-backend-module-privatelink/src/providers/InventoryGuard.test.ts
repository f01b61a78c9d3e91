import { refuseSuspiciousDrop, refuseSuspiciousDrops } from './InventoryGuard';

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
  ])(
    'previous %s, next %s, max drop %s: refused %s',
    (previous, next, ratio, refused) => {
      expect(refuseSuspiciousDrop(previous, next, ratio) !== undefined).toBe(
        refused,
      );
    },
  );
});

describe('refuseSuspiciousDrops', () => {
  const counts = (endpoints: number, vpcs: number) =>
    new Map([
      ['aws-vpc-endpoint', endpoints],
      ['aws-vpc', vpcs],
    ]);
  it('guards each type on its own, so VPCs that stay cannot hide endpoints that vanish', () => {
    expect(refuseSuspiciousDrops(counts(5, 4), counts(0, 4), 0.5)).toContain(
      'aws-vpc-endpoint',
    );
    expect(
      refuseSuspiciousDrops(counts(5, 4), counts(4, 4), 0.5),
    ).toBeUndefined();
    expect(refuseSuspiciousDrops(counts(5, 4), counts(5, 1), 0.5)).toContain(
      'aws-vpc',
    );
  });
  it('refuses an empty answer when nothing is known before', () => {
    expect(refuseSuspiciousDrops(undefined, counts(0, 0), 0.5)).toBeDefined();
    expect(refuseSuspiciousDrops(undefined, counts(0, 1), 0.5)).toBeUndefined();
  });
});
