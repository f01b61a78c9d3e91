import { Entity } from '@backstage/catalog-model';
import { VENDOR_GROUP_TYPE } from '@privatelink-portal/plugin-privatelink-common';

/** True for a Group that may own endpoints (any group but a vendor). @public */
export function isPrivateLinkTenant(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'group' &&
    entity.spec?.type !== VENDOR_GROUP_TYPE
  );
}

/** True for a vendor Group (Snowflake, Databricks, AWS, ...), as the catalog module writes them. @public */
export function isPrivateLinkVendor(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'group' &&
    entity.spec?.type === VENDOR_GROUP_TYPE
  );
}
