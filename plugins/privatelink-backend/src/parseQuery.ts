import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Parses a route's query (or body) with zod: a 400 that names the parameter and what it got, or
 * the parameters a strict schema does not know.
 */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  query: unknown,
): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map(k =>
      k.length > 64 ? `${k.slice(0, 64)}...` : k,
    );
    throw new InputError(
      `unknown parameter${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`,
    );
  }
  const name = issue.path.join('.');
  const got = (query as Record<string, unknown>)?.[name];
  throw new InputError(
    `${issue.message}, got '${got === undefined ? '' : String(got)}'`,
  );
}

/** A query parameter naming one group: an entity ref, a bare name meaning a group, normalised. */
export function groupRefParam(name: string) {
  return z
    .string({
      error: issue =>
        issue.input === undefined
          ? `${name} is required: an entity ref such as group:default/payments`
          : `${name} must be one entity ref such as group:default/payments`,
    })
    .min(1, `${name} is required: an entity ref such as group:default/payments`)
    .transform((ref, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(ref, {
            defaultKind: 'group',
            defaultNamespace: 'default',
          }),
        );
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `${name} is not an entity reference`,
        });
        return z.NEVER;
      }
    });
}

/** An `owner` query parameter. */
export const ownerRefParam = groupRefParam('owner');

/** The query of a route that takes no parameters. */
export const noParameters = z.object({}).strict();
