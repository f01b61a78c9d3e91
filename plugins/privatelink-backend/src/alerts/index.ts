/** Alerts: health and idle incidents, their notices, and the alerts route. */
export { AlertService, alertServiceRef } from './AlertService';
export { createAlertRoutes } from './routes';
