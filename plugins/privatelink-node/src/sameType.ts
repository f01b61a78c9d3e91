/**
 * True when two types have the same properties, optional ones included (intersections are
 * flattened first). The public config types are written out, documented, for the API report and
 * for readers; a constant of this type beside each zod schema makes tsc fail when the schema and
 * the type drift apart.
 */
type Flat<T> = { [K in keyof T]: T[K] };
export type Same<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <
  T,
>() => T extends Flat<B> ? 1 : 2
  ? true
  : false;
