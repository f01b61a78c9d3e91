/** True when two union types have the same members: a constant of it makes tsc fail when a route's list and the spec's enum part. */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? true
    : false
  : false;
