import { InputError } from '@backstage/errors';
import express from 'express';

/** The longest query parameter value any route takes (an owner ref, an AWS id, a service name). */
export const MAX_PARAMETER_LENGTH = 512;
/** Bodies are decisions, openings and status reports: a few kilobytes. */
export const MAX_BODY = '64kb';

/**
 * Refuses, before any route runs, a query that no route can mean: a parameter given twice or as
 * a list (`days=7&days=8`, `days[]=7`, `days[a]=7`), or longer than any value a route takes. Each
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
        next(new InputError(`parameter ${name} is longer than ${MAX_PARAMETER_LENGTH} characters`));
        return;
      }
    }
    next();
  };
}
