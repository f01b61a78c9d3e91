import { InputError, isError } from '@backstage/errors';
import express from 'express';

interface SpecParameter {
  name: string;
  in: string;
  description?: string;
  $ref?: string;
}

interface SpecSchema {
  $ref?: string;
  description?: string;
  properties?: Record<string, SpecSchema>;
}

interface SpecOperation {
  parameters?: SpecParameter[];
  requestBody?: { content?: Record<string, { schema?: SpecSchema }> };
}

interface SpecLike {
  paths: Record<string, Record<string, unknown>>;
  components?: {
    parameters?: Record<string, SpecParameter>;
    schemas?: Record<string, SpecSchema>;
  };
}

/** What the spec says each field must be. A name means one thing everywhere in this API. */
export interface Described {
  /** Query parameters' descriptions, by name. */
  query: Map<string, string>;
  /** Request bodies' top-level fields' descriptions, by name. */
  body: Map<string, string>;
}

function describedFields(spec: SpecLike): Described {
  const described: Described = { query: new Map(), body: new Map() };
  const resolve = (schema?: SpecSchema) =>
    schema?.$ref
      ? spec.components?.schemas?.[schema.$ref.split('/').pop()!]
      : schema;
  const addParameter = (parameter: SpecParameter) => {
    if (parameter.in === 'query' && parameter.description) {
      described.query.set(parameter.name, parameter.description);
    }
  };
  Object.values(spec.components?.parameters ?? {}).forEach(addParameter);
  for (const item of Object.values(spec.paths)) {
    for (const value of Object.values(item)) {
      const operation = value as SpecOperation;
      (operation.parameters ?? []).filter(p => !p.$ref).forEach(addParameter);
      const body = resolve(
        operation.requestBody?.content?.['application/json']?.schema,
      );
      for (const [name, field] of Object.entries(body?.properties ?? {})) {
        if (field.description && !described.body.has(name)) {
          described.body.set(name, field.description);
        }
      }
    }
  }
  return described;
}

const lowerFirst = (text: string) => text[0].toLowerCase() + text.slice(1);

/**
 * Says what the spec's validator refused in the words a caller can act on: the parameter, what
 * it must be (the spec's description of it) and what it got. The validator's own message
 * (`request/query/days must match pattern "^\d{1,3}$"`) names the rule, not the remedy.
 */
export function explainRefusal(
  message: string,
  query: Record<string, unknown>,
  described: Described,
): string {
  // The validator joins its errors; the first is enough to act on.
  const first = message.split(/, (?=request\/)/)[0];
  const got = (name: string) => {
    const value = query[name];
    return `got '${typeof value === 'string' ? value : ''}'`;
  };
  const unknown = /^Unknown query parameter '(.*)'$/.exec(first);
  if (unknown) {
    const name = unknown[1];
    return `unknown parameter ${
      name.length > 64 ? `${name.slice(0, 64)}...` : name
    }`;
  }
  const missing =
    /^request\/(query|body) must have required property '(.+)'$/.exec(first);
  if (missing) {
    const [, where, name] = missing;
    const description = described[where as 'query' | 'body'].get(name);
    return `${name} is required${
      description ? `: ${lowerFirst(description)}` : ''
    }`;
  }
  const wrongParameter = /^request\/query\/([^/ ]+) (.*)$/.exec(first);
  if (wrongParameter) {
    const [, name, rule] = wrongParameter;
    const description = described.query.get(name);
    return description
      ? `${name} must be ${lowerFirst(description)}, ${got(name)}`
      : `${name} ${rule}, ${got(name)}`;
  }
  const wrongField = /^request\/body\/(\S+) (.*)$/.exec(first);
  if (wrongField) {
    const [, field, rule] = wrongField;
    const description = described.body.get(field);
    return description
      ? `${field} must be ${lowerFirst(description)}`
      : `${field.replace(/\//g, '.')} ${rule}`;
  }
  return message;
}

/**
 * An error handler for the spec's router: rewrites the validator's refusals (400s) with
 * {@link explainRefusal}; every other error passes as it came.
 */
export function explainSpecRefusals(spec: object): express.ErrorRequestHandler {
  const described = describedFields(spec as SpecLike);
  return (error, req, _res, next) => {
    if (isError(error) && error.name === 'InputError') {
      next(
        new InputError(
          explainRefusal(
            error.message,
            req.query as Record<string, unknown>,
            described,
          ),
        ),
      );
      return;
    }
    next(error);
  };
}
