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
