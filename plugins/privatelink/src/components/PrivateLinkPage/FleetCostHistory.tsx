import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import useAsync from 'react-use/esm/useAsync';
import { FleetFilter, privatelinkApiRef } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { CostHistoryReport } from '../EntityPrivateLinkCostHistoryCard/CostHistoryCard';

/**
 * The fleet page's cost by month: the chosen tenant's or vendor's, as on their pages, or else the
 * whole fleet's (the account, region and type filters do not narrow it).
 */
export const FleetCostHistory = ({ filter }: { filter: FleetFilter }) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const { tenant, vendor } = filter;
  const state = useAsync(() => {
    if (tenant) return api.getCostHistory({ owner: tenant });
    if (vendor) return api.getCostHistory({ vendor });
    return api.getFleetCostHistory();
  }, [api, tenant, vendor]);
  const of = tenant ?? vendor;
  return (
    <CostHistoryReport
      title={
        of
          ? t('fleet.costHistoryOf', { of: of.replace(/^group:default\//, '') })
          : t('fleet.costHistory')
      }
      state={state}
    />
  );
};
