import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Entities a page. */
const PAGE = 1000;

/**
 * Every entity matching a filter, following the catalog's cursors: the one pagination loop of
 * the portal's backends.
 *
 * @public
 */
export async function queryAllEntities(
  catalog: CatalogService,
  request: {
    filter:
      | Record<string, string | string[]>
      | Array<Record<string, string | string[]>>;
    fields?: string[];
  },
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor ? { cursor, limit: PAGE } : { ...request, limit: PAGE },
      { credentials },
    );
    entities.push(...page.items);
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return entities;
}
