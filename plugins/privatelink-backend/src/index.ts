/**
 * Backend plugin privatelink: usage, cost, health, posture and audits of VPC endpoints.
 *
 * @packageDocumentation
 */
export { privatelinkPlugin as default } from './plugin';
export { clockServiceRef } from './clock';
export type { Clock } from './clock';
