/** The entity page's summary: one answer composed from the other features' services. */
export { createSummaryRoutes } from './routes';
