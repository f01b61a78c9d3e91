/**
 * Shared contract, report types, permissions, annotation keys and entity refs of the PrivateLink
 * portal.
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
