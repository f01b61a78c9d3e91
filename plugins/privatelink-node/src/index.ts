/**
 * Backend-only shared code of the PrivateLink portal: AWS clients per account and region, the
 * configuration of accounts and sources, and the snapshot reader.
 *
 * @packageDocumentation
 */
export * from './AwsClientFactory';
export * from './AwsApiCallCounter';
export * from './SnapshotReader';
export * from './config';
