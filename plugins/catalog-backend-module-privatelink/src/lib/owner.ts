import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

const validator = makeValidator();

/**
 * The one reading of an owner, from config or from a tag: a Group or User entity ref, or a bare
 * name meaning a group in the default namespace. Lower-cased, as the catalog compares refs.
 * Throws a sentence saying what is wrong.
 */
export function parseOwnerRef(value: string): string {
  let ref;
  try {
    ref = parseEntityRef(value.trim(), {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch (e) {
    throw new Error(`'${value}' is not an entity ref`);
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (kind !== 'group' && kind !== 'user') {
    throw new Error(
      `'${value}' must name a Group or a User, not a ${ref.kind}`,
    );
  }
  const namespace = ref.namespace.toLocaleLowerCase('en-US');
  const name = ref.name.toLocaleLowerCase('en-US');
  if (
    !validator.isValidNamespace(namespace) ||
    !validator.isValidEntityName(name)
  ) {
    throw new Error(`'${value}' is not a valid entity name`);
  }
  return stringifyEntityRef({ kind, namespace, name });
}

/** A rule that assigns an owner to resources by where they are. */
export interface OwnershipRule {
  accountId?: string;
  region?: string;
  vpcId?: string;
  owner: string;
}

export interface OwnershipConfig {
  /** Tag keys to read the owner from, in order; matched case-insensitively. */
  tagKeys: string[];
  rules: OwnershipRule[];
  /** Full entity ref of the owner when neither a tag nor a rule decides. */
  defaultOwner: string;
}

/**
 * Decides who owns a resource: the first configured tag key present (case-insensitive) whose
 * value is a Group or User ref, then the first rule that matches account, region and VPC, then
 * the default owner. A tag value that is not an owner ref is refused (with the reason, for the
 * refresh to report), never invented into an entity of another kind.
 */
export function resolveOwner(
  where: {
    tags: Record<string, string>;
    accountId: string;
    region: string;
    vpcId?: string;
  },
  ownership: OwnershipConfig,
): {
  owner: string;
  source: string;
  refused: Array<{ key: string; value: string; reason: string }>;
} {
  const byLowerKey = new Map(
    Object.entries(where.tags).map(([k, v]) => [
      k.toLocaleLowerCase('en-US'),
      { key: k, value: v },
    ]),
  );
  const refused: Array<{ key: string; value: string; reason: string }> = [];
  for (const key of ownership.tagKeys) {
    const tag = byLowerKey.get(key.toLocaleLowerCase('en-US'));
    if (!tag?.value) continue;
    const owner = ownerFromTag(tag.value);
    if (owner.ref) return { owner: owner.ref, source: `tag:${key}`, refused };
    refused.push({ key: tag.key, value: tag.value, reason: owner.reason! });
  }
  const index = ownership.rules.findIndex(
    rule =>
      (!rule.accountId || rule.accountId === where.accountId) &&
      (!rule.region || rule.region === where.region) &&
      (!rule.vpcId || rule.vpcId === where.vpcId),
  );
  if (index >= 0)
    return {
      owner: ownership.rules[index].owner,
      source: `rule:${index}`,
      refused,
    };
  return { owner: ownership.defaultOwner, source: 'default', refused };
}

/** Tag values seen, parsed: a fleet has thousands of endpoints and a few dozen owners. */
const tagOwners = new Map<string, { ref?: string; reason?: string }>();
const TAG_OWNERS_KEPT = 10_000;

/**
 * The owner a tag value names, or why it names none (then the next key, the rules decide): a tag
 * value is refused exactly as a configured owner would be, never read as an entity of another kind.
 */
function ownerFromTag(value: string): { ref?: string; reason?: string } {
  const seen = tagOwners.get(value);
  if (seen) return seen;
  let owner: { ref?: string; reason?: string };
  try {
    owner = { ref: parseOwnerRef(value) };
  } catch (error) {
    owner = { reason: (error as Error).message };
  }
  if (tagOwners.size >= TAG_OWNERS_KEPT) tagOwners.clear();
  tagOwners.set(value, owner);
  return owner;
}
