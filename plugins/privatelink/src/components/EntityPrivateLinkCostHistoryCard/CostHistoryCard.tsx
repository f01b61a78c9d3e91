import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { VENDOR_GROUP_TYPE } from '@privatelink-portal/plugin-privatelink-common';
import useAsync from 'react-use/esm/useAsync';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CostForecast, CostHistory, privatelinkApiRef } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { formatUsd } from '../format';
import { ReportCard, ReportState } from '../ReportCard';

/** This month so far, where it ends at the same daily rate, and against last month. */
export function describeForecast(f: CostForecast): string {
  const change =
    f.changeUsd === undefined
      ? ''
      : `, ${f.changeUsd >= 0 ? '+' : '-'}${formatUsd(Math.abs(f.changeUsd))}${
          f.changePercent === undefined
            ? ''
            : ` (${f.changePercent >= 0 ? '+' : ''}${f.changePercent}%)`
        } on last month's ${formatUsd(f.lastMonthUsd ?? 0)}`;
  return `${f.month} so far: ${formatUsd(f.soFarUsd)} in ${f.daysSoFar} of ${
    f.daysInMonth
  } days; at that rate ${formatUsd(f.forecastUsd)}${change}.`;
}

const MonthlyChart = ({ history }: { history: CostHistory }) => {
  const theme = useTheme();
  return (
    <Box height={260}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={history.months}
          margin={{ top: 8, right: 16, left: 8, bottom: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis tickFormatter={(v: number) => formatUsd(v)} width={80} />
          <Tooltip formatter={(v: unknown) => formatUsd(Number(v))} />
          <Legend />
          <Bar
            dataKey="hourlyUsd"
            name="hourly charges"
            stackId="cost"
            fill={theme.palette.primary.main}
          />
          <Bar
            dataKey="dataProcessingUsd"
            name="data processing"
            stackId="cost"
            fill={theme.palette.secondary.main}
          />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
};

/**
 * A cost history as the backend priced it, in the card frame: this month's forecast, the months
 * as a chart, and the formula. The tenant's, the vendor's and the fleet's cards are this.
 */
export const CostHistoryReport = ({
  title,
  state,
}: {
  title: string;
  state: ReportState<CostHistory>;
}) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  return (
    <ReportCard
      title={title}
      what={t('costHistoryCard.what')}
      state={state}
      empty={v => (v.months.length ? undefined : t('costHistoryCard.noMonths'))}
    >
      {history => (
        <>
          {history.thisMonth && (
            <Typography
              variant="body1"
              gutterBottom
              data-testid="cost-forecast"
            >
              {describeForecast(history.thisMonth)}
            </Typography>
          )}
          <MonthlyChart history={history} />
          <Typography variant="caption" color="textSecondary" component="p">
            {history.endpoints} endpoints (gateway endpoints are free).{' '}
            {history.formula}
          </Typography>
        </>
      )}
    </ReportCard>
  );
};

/**
 * What a tenant's or a vendor's endpoints cost each month over the kept days (a year and this
 * month at most), as the backend priced them, with this month's forecast.
 */
export const CostHistoryCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const { entity } = useEntity();
  const api = useApi(privatelinkApiRef);
  const ref = stringifyEntityRef(entity);
  const subject =
    entity.spec?.type === VENDOR_GROUP_TYPE ? { vendor: ref } : { owner: ref };
  const state = useAsync(() => api.getCostHistory(subject), [api, ref]);
  return <CostHistoryReport title={t('costHistoryCard.title')} state={state} />;
};
