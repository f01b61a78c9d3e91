import { OwnedListings, principalKey } from './OwnedListings';

describe('OwnedListings', () => {
  it('reuses a listing for the TTL, then lists again', async () => {
    let now = 1_000_000;
    const listings = new OwnedListings<number>(10_000, () => now);
    let calls = 0;
    const list = async () => ++calls;
    expect((await listings.get('k', list)).listing).toBe(1);
    now += 9_999;
    const reused = await listings.get('k', list);
    expect(reused.listing).toBe(1);
    expect(reused.listedAt).toEqual(new Date(1_000_000));
    now += 1;
    expect((await listings.get('k', list)).listing).toBe(2);
    expect((await listings.get('other', list)).listing).toBe(3);
  });

  it('lets callers that ask together wait for one listing', async () => {
    const listings = new OwnedListings<string>(10_000);
    let release!: (v: string) => void;
    const list = jest.fn(() => new Promise<string>(r => (release = r)));
    const both = Promise.all([
      listings.get('k', list),
      listings.get('k', list),
    ]);
    release('listed');
    expect((await both).map(r => r.listing)).toEqual(['listed', 'listed']);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('keeps no failed listing, and none at all with a TTL of 0', async () => {
    const failing = new OwnedListings<string>(10_000);
    await expect(
      failing.get('k', async () => {
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');
    expect((await failing.get('k', async () => 'back')).listing).toBe('back');
    const never = new OwnedListings<number>(0);
    let calls = 0;
    await never.get('k', async () => ++calls);
    await never.get('k', async () => ++calls);
    expect(calls).toBe(2);
  });

  it('names the caller by its principal', () => {
    expect(
      principalKey({
        principal: { type: 'user', userEntityRef: 'user:default/alice' },
      } as any),
    ).toBe('user:user:default/alice');
    expect(
      principalKey({
        principal: { type: 'service', subject: 'plugin:catalog' },
      } as any),
    ).toBe('service:plugin:catalog');
  });
});
