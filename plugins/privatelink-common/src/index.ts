/**
 * Shared types, permissions, annotation keys and entity predicates of the PrivateLink portal.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './types';
export * from './permissions';
export * from './predicates';
export * from './entityNames';
export * from './policy';
export * from './reports';
