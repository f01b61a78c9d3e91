import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Parses a route's query with zod: a 400 that names the parameter and what it got. */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue.path.join('.');
  const got = (query as Record<string, unknown>)?.[name];
  throw new InputError(`${issue.message}, got '${got === undefined ? '' : String(got)}'`);
}

/** An `owner` query parameter: one entity ref, a bare name meaning a group, normalised. */
export const ownerRefParam = z
  .string({
    error: issue =>
      issue.input === undefined
        ? 'owner is required: an entity ref such as group:default/payments'
        : 'owner must be one entity ref such as group:default/payments',
  })
  .min(1, 'owner is required: an entity ref such as group:default/payments')
  .transform((owner, ctx) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(owner, { defaultKind: 'group', defaultNamespace: 'default' }),
      );
    } catch {
      ctx.addIssue({ code: 'custom', message: 'owner is not an entity reference' });
      return z.NEVER;
    }
  });
