/** The operators' status: its service and routes. */
export { StatusService, statusServiceRef } from './StatusService';
export { createStatusRoutes } from './routes';
