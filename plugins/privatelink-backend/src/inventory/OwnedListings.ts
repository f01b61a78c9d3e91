import { BackstageCredentials } from '@backstage/backend-plugin-api';

/** How long a caller's listing of an owner's entities is reused. */
export const LISTING_TTL_MS = 10_000;
/** Listings kept at most, the oldest dropped first. */
const LISTINGS_KEPT = 1_000;

/** Who a listing was made for: the catalog and the permission policy answer per caller. */
export function principalKey(credentials: BackstageCredentials): string {
  const principal = (credentials.principal ?? {}) as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${principal.type ?? 'unknown'}:${
    principal.userEntityRef ?? principal.subject ?? ''
  }`;
}

/**
 * A caller's listings of what an owner has in the catalog (the entity refs, etags and owners it
 * may read), each reused for `ttlMs` after it was listed: a user paging, sorting and searching a
 * 1,000-endpoint inventory asks the catalog once, not on every page. Callers that ask for the
 * same listing while it is read wait for the same answer. A listing is never shared between
 * callers, and a failed one is not kept.
 */
export class OwnedListings<T> {
  private readonly kept = new Map<
    string,
    { listedAt: number; listing: Promise<T> }
  >();

  constructor(
    private readonly ttlMs: number = LISTING_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The listing under `key`, listed by `list` when none is kept or it is older than the TTL. */
  async get(
    key: string,
    list: () => Promise<T>,
  ): Promise<{ listing: T; listedAt: Date }> {
    const now = this.now();
    const hit = this.kept.get(key);
    if (hit && now - hit.listedAt < this.ttlMs) {
      return { listing: await hit.listing, listedAt: new Date(hit.listedAt) };
    }
    const listing = list();
    this.kept.delete(key);
    if (this.ttlMs > 0) {
      this.kept.set(key, { listedAt: now, listing });
      listing.catch(() => {
        if (this.kept.get(key)?.listing === listing) this.kept.delete(key);
      });
      for (const [k, v] of this.kept) {
        if (this.kept.size <= LISTINGS_KEPT && now - v.listedAt < this.ttlMs)
          break;
        this.kept.delete(k);
      }
    }
    return { listing: await listing, listedAt: new Date(now) };
  }
}
