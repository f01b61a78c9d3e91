/**
 * Backend-only shared code of the PrivateLink portal: the AWS access layer (one root-scoped
 * service), the configuration of accounts and their sources, the snapshot reader, and reading
 * entities from the catalog.
 *
 * @packageDocumentation
 */
export * from './AwsClientFactory';
export * from './AwsApiCallCounter';
export * from './awsAccessServiceRef';
export * from './SnapshotReader';
export * from './config';
export * from './ipv4Cidr';
export * from './queryAllEntities';
export * from './requestSettings';
export * from './vendors';
export * from './securityGroups';
