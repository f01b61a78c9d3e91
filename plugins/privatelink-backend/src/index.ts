/**
 * Backend plugin privatelink: usage, cost, health, posture and audits of VPC endpoints.
 *
 * @packageDocumentation
 */
export { privatelinkPlugin as default } from './plugin';
