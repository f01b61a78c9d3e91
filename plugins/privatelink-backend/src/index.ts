/**
 * Backend plugin privatelink: usage, cost, health, posture, alerts, the fleet, requests and audits
 * of VPC endpoints and endpoint services.
 *
 * @packageDocumentation
 */
export { privatelinkPlugin as default } from './plugin';
export { clockServiceRef } from './clock';
export type { Clock } from './clock';
