/** One statement of an IAM policy document, as far as the checks read it. @public */
export interface PolicyStatement {
  Effect?: string;
  Principal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  Condition?: unknown;
}

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The statements of a policy document (a single statement object counts as a list of one). @public */
export function policyStatements(policy: unknown): PolicyStatement[] {
  if (!policy || typeof policy !== 'object') return [];
  return asList(
    (policy as { Statement?: PolicyStatement | PolicyStatement[] }).Statement,
  );
}

/** Whether a principal is everybody: `*` or `{ "AWS": "*" }`. @public */
export function isAnyPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  return asList(aws as string | string[] | undefined).includes('*');
}

/**
 * An Allow to anybody, of every action, on every resource, with no condition: the default policy
 * AWS puts on a new endpoint, and what Powerpipe's vpc_gateway_endpoint_restrict_public_access
 * flags. @public
 */
export function isUnrestrictedStatement(statement: PolicyStatement): boolean {
  return (
    statement.Effect === 'Allow' &&
    isAnyPrincipal(statement.Principal) &&
    asList(statement.Action).includes('*') &&
    asList(statement.Resource).includes('*') &&
    !statement.Condition
  );
}
