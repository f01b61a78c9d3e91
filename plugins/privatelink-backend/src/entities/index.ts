/** How every feature reads entities: the caller's credentials, the read permission, the contract. */
export {
  ownerOf,
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from './PrivateLinkEntities';
export type {
  EntityCell,
  InvalidEntity,
  ReadEntities,
} from './PrivateLinkEntities';
