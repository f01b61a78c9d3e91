/**
 * Test helpers for the PrivateLink packages: a moto_server per test file, and a seeded topology.
 *
 * @packageDocumentation
 */
export { freePort, MotoServer } from './MotoServer';
export { FaultProxy } from './FaultProxy';
export type { ProxiedCall } from './FaultProxy';
export {
  seedPrivateLinkTopology,
  createEndpoint,
  provideEndpointService,
} from './seedTopology';
export type { SeededTopology, SeededVpc } from './seedTopology';
export { requiredDatabases } from './requiredDatabases';
export { manualScheduler } from './manualScheduler';
export type { MockScheduler } from './manualScheduler';
