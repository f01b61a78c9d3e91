/** Cost: monthly estimates with their formulas, and the cost route. */
export { COST_BASIS_DAYS, CostService, costServiceRef } from './CostService';
export { createCostRoutes } from './routes';
