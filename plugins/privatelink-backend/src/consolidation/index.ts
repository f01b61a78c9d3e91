/** Consolidation advice: one hub endpoint set per service where it costs less than one in every VPC. */
export {
  ConsolidationService,
  consolidationServiceRef,
} from './ConsolidationService';
export type { ConsolidationAdvice, Network } from './advice';
