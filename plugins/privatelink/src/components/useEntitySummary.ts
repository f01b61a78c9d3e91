import { EntitySummary, InventoryFreshness } from '../api';
import { ReportState } from './ReportCard';
import { useEntityReport } from './useEntityReport';

type Part = Exclude<keyof EntitySummary, 'entityRef' | 'freshness'>;

/**
 * One part of the entity page's summary, and the entity's freshness for the stale line. The
 * cards of a page share one summary request (the client shares one answer per entity).
 */
export function useEntitySummary<K extends Part>(
  part: K,
): ReportState<NonNullable<EntitySummary[K]>> & {
  freshness?: InventoryFreshness;
} {
  const { value, loading, error } = useEntityReport((api, ref) =>
    api.getEntitySummary(ref),
  );
  const missing =
    value && value[part] === undefined
      ? new Error(`The backend keeps no ${part} for this entity`)
      : undefined;
  return {
    loading,
    error: error ?? missing,
    value: value?.[part] ?? undefined,
    freshness: value?.freshness,
  };
}
