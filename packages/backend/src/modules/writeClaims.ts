import { AuthService } from '@backstage/backend-plugin-api';
import {
  RELATION_MEMBER_OF,
  RELATION_PARENT_OF,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { withAncestorGroups } from './transitiveOwnership';

/** How long a user's write claims are reused: a membership change shows within this time. */
const KEPT_MS = 10_000;

/**
 * Who a user acts for when they change something (request or retire an endpoint, decide an audit
 * item): themselves, the groups they are a direct member of, and the child groups, at any depth, of
 * those of their groups that config names as acting for their children
 * (`portal.groupsActingForChildren`). Not the parent groups of their groups: the ownership claims
 * of a sign-in include those, so that reads follow an org chart, but a member of a team does not
 * act for what its parent group, or a sibling team through it, owns.
 */
export class WriteClaims {
  private readonly kept = new Map<
    string,
    { at: number; claims: Promise<string[]> }
  >();

  constructor(
    private readonly options: {
      catalog: Pick<CatalogService, 'getEntitiesByRefs'>;
      auth: Pick<AuthService, 'getOwnServiceCredentials'>;
      /** Groups whose direct members act for their child groups. */
      actingForChildren: string[];
      now?: () => number;
    },
  ) {}

  async of(userEntityRef: string): Promise<string[]> {
    const now = (this.options.now ?? Date.now)();
    const kept = this.kept.get(userEntityRef);
    if (kept && now - kept.at < KEPT_MS) return kept.claims;
    const claims = this.read(userEntityRef);
    this.kept.set(userEntityRef, { at: now, claims });
    claims.catch(() => this.kept.delete(userEntityRef));
    if (this.kept.size > 1000) this.kept.delete(this.kept.keys().next().value!);
    return claims;
  }

  private async read(userEntityRef: string): Promise<string[]> {
    const { catalog, auth, actingForChildren } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const related = async (refs: string[], type: string) => {
      const { items } = await catalog.getEntitiesByRefs(
        {
          entityRefs: refs,
          fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
        },
        { credentials },
      );
      return items.flatMap(entity =>
        (entity?.relations ?? [])
          .filter(r => r.type === type)
          .map(r => r.targetRef),
      );
    };
    const direct = await related([userEntityRef], RELATION_MEMBER_OF);
    const acting = direct.filter(group => actingForChildren.includes(group));
    // Walking down from a group is the same walk as up, along the other relation.
    const withChildren = acting.length
      ? await withAncestorGroups(acting, refs =>
          related(refs, RELATION_PARENT_OF),
        )
      : [];
    return [...new Set([userEntityRef, ...direct, ...withChildren])];
  }
}
