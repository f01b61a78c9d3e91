#!/usr/bin/env node
/*
 * Generates the code of the privatelink backend's API from its OpenAPI spec, the one source:
 *   plugins/privatelink-backend/src/schema/openapi/generated/router.ts   the spec, served and validated
 *   plugins/privatelink-common/src/schema/openapi/generated/types.ts     wire types (openapi-typescript)
 *   plugins/privatelink-common/src/schema/openapi/generated/client.ts    a typed client, one method per operation
 *
 * `node scripts/openapi.js` writes them; `--check` writes nothing and fails when a committed file
 * differs from what the spec generates (CI runs it). Backstage's `backstage-repo-tools package
 * schema openapi generate` does the same job with openapi-generator, which needs Java and a jar
 * from Maven Central at run time; this script needs neither.
 */
const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');
const prettier = require('prettier');

const root = path.resolve(__dirname, '..');
const SPEC = 'plugins/privatelink-backend/src/schema/openapi.yaml';
const ROUTER =
  'plugins/privatelink-backend/src/schema/openapi/generated/router.ts';
const TYPES =
  'plugins/privatelink-common/src/schema/openapi/generated/types.ts';
const CLIENT =
  'plugins/privatelink-common/src/schema/openapi/generated/client.ts';
const HEADER = `// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit ${SPEC}
// * and run \`npm run openapi\`.
// ******************************************************************
`;

function routerSource(spec) {
  return `${HEADER}import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/** The privatelink backend's OpenAPI spec. */
export const spec = ${JSON.stringify(spec, null, 2)} as const;

/**
 * An express router that validates every request against the spec (unknown query parameters,
 * types, patterns, bodies) before a route runs, and serves the spec at \`/openapi.json\`.
 */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>[1],
) => createValidatedOpenApiRouter(spec, options);
`;
}

async function typesSource(spec) {
  const { default: openapiTS, astToString } = await import(
    'openapi-typescript'
  );
  const ast = await openapiTS(spec, {
    exportType: false,
    alphabetize: false,
  });
  // Release tags for the API reports: these are the package's public wire types.
  // TSDoc has no @description, @enum or @constant: the text of a doc comment is its description,
  // and the type says the rest.
  const source = astToString(ast)
    .replace(/@description /g, '')
    .replace(/^\s*\/\*\* @(enum \{\w+\}|constant) \*\/\n/gm, '')
    .replace(/^(\s*)\* @(enum \{\w+\}|constant)\n/gm, '')
    .replace(/^export /gm, '/** @public */\nexport ');
  return `${HEADER}/* eslint-disable */\n${source}`;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operationsOf(spec) {
  const resolveParameter = p =>
    p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p;
  const operations = [];
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []).map(resolveParameter);
      operations.push({
        id: operation.operationId,
        summary: operation.summary,
        method: method.toUpperCase(),
        route,
        pathParameters: parameters
          .filter(p => p.in === 'path')
          .map(p => p.name),
        hasQuery: parameters.some(p => p.in === 'query'),
        queryRequired: parameters.some(p => p.in === 'query' && p.required),
        hasBody: !!operation.requestBody,
      });
    }
  }
  return operations;
}

function clientSource(spec) {
  const methods = operationsOf(spec).map(op => {
    const fields = [];
    if (op.pathParameters.length)
      fields.push(`path: ApiOperation<'${op.id}'>['parameters']['path']`);
    if (op.hasQuery)
      fields.push(
        `query${op.queryRequired ? '' : '?'}: ApiOperation<'${
          op.id
        }'>['parameters']['query']`,
      );
    if (op.hasBody) fields.push(`body: RequestBody<'${op.id}'>`);
    const request = fields.length ? `request: { ${fields.join('; ')} }, ` : '';
    const url = op.route.replace(
      /\{(\w+)\}/g,
      (_, name) => `\${encodeURIComponent(request.path.${name})}`,
    );
    return `
  /** ${op.summary} */
  async ${
    op.id
  }(${request}options?: RequestOptions): Promise<TypedResponse<OkBody<'${
      op.id
    }'>>> {
    return this.send('${op.method}', \`${url}\`, ${
      op.hasQuery ? 'request.query' : 'undefined'
    }, ${op.hasBody ? 'request.body' : 'undefined'}, options);
  }`;
  });
  return `${HEADER}import type { operations } from './types';

/** An operation of the spec, by its id. @public */
export type ApiOperation<Id extends keyof operations> = operations[Id];
/** The JSON content of a request body or a response. @public */
export type JsonContentOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : void;
/** The JSON body of an operation's request. @public */
export type RequestBody<Id extends keyof operations> = ApiOperation<Id> extends {
  requestBody: infer Body;
}
  ? JsonContentOf<Body>
  : never;
/** The JSON body of an operation's success (200, else 201, else 202; void for 204). @public */
export type OkBody<Id extends keyof operations> = ApiOperation<Id>['responses'] extends {
  200: infer Ok;
}
  ? JsonContentOf<Ok>
  : ApiOperation<Id>['responses'] extends { 201: infer Created }
    ? JsonContentOf<Created>
    : ApiOperation<Id>['responses'] extends { 202: infer Accepted }
      ? JsonContentOf<Accepted>
      : void;

/** A fetch response whose \`json()\` is typed by the spec. @public */
export type TypedResponse<T> = Omit<Response, 'json'> & { json: () => Promise<T> };

/** Per call: a token to send instead of the fetch API's own (server-side callers). @public */
export interface RequestOptions {
  token?: string;
}

/**
 * The privatelink backend's HTTP API, one method per operation of its spec. A method returns the
 * response as it came; the caller decides what a status means.
 *
 * @public
 */
export class PrivateLinkApiClient {
  private readonly discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch };
  }
${methods.join('\n')}

  private async send(
    method: string,
    route: string,
    query: object | undefined,
    body: unknown,
    options?: RequestOptions,
  ): Promise<TypedResponse<any>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.append(key, String(value));
    }
    const search = params.toString();
    const baseUrl = await this.discoveryApi.getBaseUrl('privatelink');
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options?.token) headers.Authorization = \`Bearer \${options.token}\`;
    return this.fetchApi.fetch(\`\${baseUrl}\${route}\${search ? \`?\${search}\` : ''}\`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  }
}
`;
}

async function format(file, source) {
  const options = (await prettier.resolveConfig(path.join(root, file))) ?? {};
  return prettier.format(source, { ...options, filepath: file });
}

async function main() {
  const check = process.argv.includes('--check');
  const spec = yaml.load(fs.readFileSync(path.join(root, SPEC), 'utf8'));
  const outputs = {
    [ROUTER]: routerSource(spec),
    [TYPES]: await typesSource(spec),
    [CLIENT]: clientSource(spec),
  };
  const stale = [];
  for (const [file, source] of Object.entries(outputs)) {
    const text = await format(file, source);
    const target = path.join(root, file);
    const current = fs.existsSync(target)
      ? fs.readFileSync(target, 'utf8')
      : undefined;
    if (current === text) continue;
    if (check) {
      stale.push(file);
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
      console.log(`wrote ${file}`);
    }
  }
  if (stale.length) {
    console.error(
      `These files are not what ${SPEC} generates:\n  ${stale.join(
        '\n  ',
      )}\nRun \`npm run openapi\` and commit the result.`,
    );
    process.exit(1);
  }
  if (check) console.log(`The generated API code matches ${SPEC}.`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
