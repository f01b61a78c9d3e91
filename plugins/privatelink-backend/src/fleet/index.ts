/** The fleet: a snapshot of every endpoint and provided service, aggregated for the fleet page. */
export { FleetService, fleetServiceRef } from './FleetService';
export { createFleetRoutes } from './routes';
