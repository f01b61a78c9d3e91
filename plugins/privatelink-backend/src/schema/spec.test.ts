import fs from 'node:fs';
import path from 'node:path';
import { spec } from './openapi/generated/router';
import { explainSpecRefusals } from '../specRefusals';
import { InputError } from '@backstage/errors';

/** `router.get('/entities/:kind/...'` in the plugin's route files, as `GET /entities/{kind}/...`. */
function routesInCode(): string[] {
  const src = path.resolve(__dirname, '..');
  const files = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter(f => /(^|\/)(routes|router)\.ts$/.test(f));
  const found: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(src, file), 'utf8');
    for (const m of text.matchAll(
      /router\.(get|post|put|patch|delete)\(\s*'([^']+)'/g,
    )) {
      found.push(`${m[1].toUpperCase()} ${m[2].replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return found.sort();
}

function routesInSpec(): string[] {
  return Object.entries(spec.paths)
    .flatMap(([route, item]) =>
      Object.keys(item).map(method => `${method.toUpperCase()} ${route}`),
    )
    .sort();
}

describe('the OpenAPI spec', () => {
  it('describes every route the plugin serves, and no other', () => {
    const inCode = routesInCode();
    expect(inCode.length).toBeGreaterThanOrEqual(26);
    expect(routesInSpec()).toEqual(inCode);
  });

  it('names each operation once', () => {
    const ids = Object.values(spec.paths).flatMap(item =>
      Object.values(item).map(
        op => (op as { operationId: string }).operationId,
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

const DECISIONS =
  '/audits/00000000-0000-4000-8000-000000000001/items/resource/default/vpce-1/decisions';

describe('explainSpecRefusals', () => {
  const explain = (
    message: string,
    query: Record<string, string> = {},
    route = 'GET /requests/vpcs',
  ) => {
    const [method, routePath] = route.split(' ');
    let explained: unknown;
    explainSpecRefusals(spec)(
      new InputError(message),
      { query, method, path: routePath } as any,
      {} as any,
      (error?: unknown) => {
        explained = error;
      },
    );
    return (explained as Error).message;
  };

  it("says what a parameter must be, from the spec's description, and what it got", () => {
    expect(
      explain('request/query/account must match pattern "^\\d{12}$"', {
        account: '123',
      }),
    ).toBe("account must be a 12-digit AWS account id, got '123'");
  });

  it('says a required parameter or field is missing, and what it is', () => {
    expect(
      explain(
        "request/query must have required property 'owner'",
        {},
        'GET /inventory',
      ),
    ).toBe(
      'owner is required: an entity ref such as group:default/payments (a bare name means a group)',
    );
    expect(
      explain(
        "request/body must have required property 'idempotencyKey'",
        {},
        `POST ${DECISIONS}`,
      ),
    ).toMatch(/^idempotencyKey is required: 8 to 128 letters/);
  });

  it('names an unknown parameter, and a body field by its path', () => {
    expect(explain("Unknown query parameter 'bogus'")).toBe(
      'unknown parameter bogus',
    );
    expect(
      explain(
        'request/body/decision must be equal to one of',
        {},
        `POST ${DECISIONS}`,
      ),
    ).toBe('decision must be keep, fix or retire');
    expect(
      explain(
        'request/body/apiCalls/0/calls must be integer',
        {},
        'POST /status/inventory',
      ),
    ).toBe('apiCalls.0.calls must be integer');
  });

  it('says what a parameter must be for the operation asked: one name can mean two things', () => {
    const refused =
      'request/query/type must be equal to one of the allowed values';
    expect(explain(refused, { type: 'Nat' }, 'GET /fleet')).toBe(
      "type must be one of Interface, Gateway, GatewayLoadBalancer or Service, got 'Nat'",
    );
    expect(explain(refused, { type: 'Nat' }, 'GET /requests/estimate')).toBe(
      "type must be interface or Gateway (Interface when not given), got 'Nat'",
    );
  });

  it("passes the routes' own refusals and other errors as they came", () => {
    expect(explain("days must be a whole number, got 'x'")).toBe(
      "days must be a whole number, got 'x'",
    );
    const other = new Error('boom');
    let passed: unknown;
    explainSpecRefusals(spec)(other, { query: {} } as any, {} as any, e => {
      passed = e;
    });
    expect(passed).toBe(other);
  });
});
