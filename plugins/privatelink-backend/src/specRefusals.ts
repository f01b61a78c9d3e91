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

/** What the spec says each field of one operation must be. */
export interface Described {
  /** Query parameters' descriptions, by name. */
  query: Map<string, string>;
  /** The request body's top-level fields' descriptions, by name. */
  body: Map<string, string>;
}

/** Each operation's described fields, with the method and path pattern that select it. */
interface DescribedOperation extends Described {
  method: string;
  path: RegExp;
}

function describedOperations(spec: SpecLike): DescribedOperation[] {
  const resolveSchema = (schema?: SpecSchema) =>
    schema?.$ref
      ? spec.components?.schemas?.[schema.$ref.split('/').pop()!]
      : schema;
  const resolveParameter = (parameter: SpecParameter) =>
    parameter.$ref
      ? spec.components?.parameters?.[parameter.$ref.split('/').pop()!]
      : parameter;
  const operations: DescribedOperation[] = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, value] of Object.entries(item)) {
      const operation = value as SpecOperation;
      const query = new Map<string, string>();
      for (const parameter of (operation.parameters ?? []).map(
        resolveParameter,
      )) {
        if (parameter?.in === 'query' && parameter.description)
          query.set(parameter.name, parameter.description);
      }
      const body = new Map<string, string>();
      const schema = resolveSchema(
        operation.requestBody?.content?.['application/json']?.schema,
      );
      for (const [name, field] of Object.entries(schema?.properties ?? {})) {
        if (field.description) body.set(name, field.description);
      }
      operations.push({
        method: method.toUpperCase(),
        path: new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        query,
        body,
      });
    }
  }
  return operations;
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
  const operations = describedOperations(spec as SpecLike);
  const nothing: Described = { query: new Map(), body: new Map() };
  return (error, req, _res, next) => {
    if (isError(error) && error.name === 'InputError') {
      const operation = operations.find(
        o => o.method === req.method && o.path.test(req.path),
      );
      next(
        new InputError(
          explainRefusal(
            error.message,
            req.query as Record<string, unknown>,
            operation ?? nothing,
          ),
        ),
      );
      return;
    }
    next(error);
  };
}
