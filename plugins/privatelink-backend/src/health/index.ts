/** Health: one status with its reasons per endpoint or provided service, and the health route. */
export { HealthService, healthServiceRef } from './HealthService';
export { createHealthRoutes } from './routes';
