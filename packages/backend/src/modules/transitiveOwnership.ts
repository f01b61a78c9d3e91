import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { authOwnershipResolutionExtensionPoint } from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';

/** How deep parent groups are followed: enough for any org chart, bounded against cycles. */
const MAX_DEPTH = 10;

/**
 * The groups a user's groups belong to, level by level: `fetchParents(refs)` answers each
 * group's parent refs. Cycles and repeats are walked once.
 */
export async function withAncestorGroups(
  groupRefs: string[],
  fetchParents: (refs: string[]) => Promise<string[]>,
): Promise<string[]> {
  const seen = new Set(groupRefs);
  let level = [...groupRefs];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    level = (await fetchParents(level)).filter(ref => !seen.has(ref));
    level.forEach(ref => seen.add(ref));
  }
  return [...seen];
}

/**
 * Ownership claims of a signed-in user: the user, the groups they are a member of, and those
 * groups' parent groups, so that a member of a team acts for what its parent groups own as the
 * catalog's `isEntityOwner` sees it.
 */
export const transitiveOwnershipModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'transitive-ownership',
  register(reg) {
    reg.registerInit({
      deps: {
        ownership: authOwnershipResolutionExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ ownership, catalog, auth }) {
        ownership.setAuthOwnershipResolver({
          async resolveOwnershipEntityRefs(entity: Entity) {
            const groups = (entity.relations ?? [])
              .filter(r => r.type === RELATION_MEMBER_OF)
              .map(r => r.targetRef);
            const credentials = await auth.getOwnServiceCredentials();
            const all = await withAncestorGroups(groups, async refs => {
              const { items } = await catalog.getEntitiesByRefs(
                {
                  entityRefs: refs,
                  fields: [
                    'kind',
                    'metadata.name',
                    'metadata.namespace',
                    'relations',
                  ],
                },
                { credentials },
              );
              return items.flatMap(group =>
                (group?.relations ?? [])
                  .filter(r => r.type === RELATION_CHILD_OF)
                  .map(r => r.targetRef),
              );
            });
            return {
              ownershipEntityRefs: [stringifyEntityRef(entity), ...all],
            };
          },
        });
      },
    });
  },
});
