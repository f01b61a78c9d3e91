/**
 * Shared contract, permissions, annotation keys and entity refs of the PrivateLink portal, and
 * the backend's API: wire types and a client generated from its OpenAPI spec.
 *
 * @packageDocumentation
 */
export * from './alerts';
export * from './annotations';
export * from './audit';
export * from './contract';
export * from './csv';
export * from './refs';
export * from './permissions';
export * from './entityNames';
export * from './fleet';
export * from './policy';
export * from './reports';
export * from './requests';
export * from './cloudwatch';
export * from './console';
export * from './schema/openapi/generated/client';
export type {
  components,
  operations,
  paths,
} from './schema/openapi/generated/types';
