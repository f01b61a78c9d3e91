import { InputError } from '@backstage/errors';
import express from 'express';

/** The longest query parameter value any route takes (an owner ref, an AWS id, a service name). */
export const MAX_PARAMETER_LENGTH = 512;
/** Bodies are decisions, openings and status reports: a few kilobytes. */
export const MAX_BODY = '64kb';

/**
 * A lone UTF-16 surrogate: not Unicode, so a driver writes it rewritten and what is stored is not
 * what was sent.
 */
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a text no route stores as given, if anything: a NUL character (PostgreSQL
 * refuses it in text, error 22021) or a lone surrogate.
 */
export function illFormed(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text))
    return 'is not well-formed Unicode (a lone surrogate)';
  return undefined;
}

/** The first field of a JSON value holding ill-formed text, with what is wrong, by its path. */
function illFormedField(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    const problem = illFormed(value);
    return problem && `${path || 'body'} ${problem}`;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = illFormed(key);
      if (problem) return `the name of a field ${problem}`;
      let field = path ? `${path}.${key}` : key;
      if (Array.isArray(value)) field = `${path}[${key}]`;
      const found = illFormedField(item, field);
      if (found) return found;
    }
  }
  return undefined;
}

/** Refuses, before any route runs, a JSON body with a NUL or a lone surrogate, naming the field. */
export function rejectIllFormedBody(): express.RequestHandler {
  return (req, _res, next) => {
    const problem = illFormedField(req.body, '');
    next(problem ? new InputError(problem) : undefined);
  };
}

/**
 * Refuses, before any route runs, a query that no route can mean: a parameter given twice or as
 * a list (`days=7&days=8`, `days[]=7`, `days[a]=7`), longer than any value a route takes, or
 * holding a NUL or a lone surrogate. Each
 * route then refuses the parameters it does not know (`parseQuery` with a strict schema).
 */
export function rejectHostileQuery(): express.RequestHandler {
  return (req, _res, next) => {
    for (const [key, value] of Object.entries(req.query)) {
      const name = key.length > 64 ? `${key.slice(0, 64)}...` : key;
      if (typeof value !== 'string') {
        next(new InputError(`parameter ${name} must be given once, as text`));
        return;
      }
      if (value.length > MAX_PARAMETER_LENGTH) {
        next(
          new InputError(
            `parameter ${name} is longer than ${MAX_PARAMETER_LENGTH} characters`,
          ),
        );
        return;
      }
      const keyProblem = illFormed(key);
      const problem = keyProblem ?? illFormed(value);
      if (problem) {
        next(
          new InputError(`parameter ${keyProblem ? 'name' : name} ${problem}`),
        );
        return;
      }
    }
    next();
  };
}
