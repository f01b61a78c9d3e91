/**
 * Scaffolder actions to request VPC endpoints.
 *
 * @packageDocumentation
 */
export { scaffolderModulePrivateLink as default } from './module';
