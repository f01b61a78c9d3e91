import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import Alert from '@material-ui/lab/Alert';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { IdleVerdict, UsageReport } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { formatBytes, formatCount as count } from '../format';
import { ReportCard, ReportState } from '../ReportCard';
import { useEntityReport } from '../useEntityReport';
import { useEntitySummary } from '../useEntitySummary';

const WINDOWS = [7, 30, 90];
/** The window the entity page's summary carries; the others are asked for when picked. */
const SUMMARY_WINDOW = 30;
const GB = 1024 ** 3;

const useStyles = makeStyles(theme => ({
  banner: { marginBottom: theme.spacing(2) },
}));

/**
 * The backend's idle verdict. "In use" only when the window carried bytes: an endpoint too new
 * for a verdict, or quiet within the idle threshold, is not called in use.
 */
export const IdleBanner = ({
  idle,
  bytesInWindow,
}: {
  idle: IdleVerdict;
  bytesInWindow: number;
}) => {
  const classes = useStyles();
  let severity: 'warning' | 'info' | 'success' = 'success';
  let label = 'In use';
  if (idle.idle) {
    severity = 'warning';
    label = 'Idle';
  } else if (bytesInWindow === 0) {
    severity = 'info';
    label = 'No traffic in this window';
  }
  return (
    <Alert severity={severity} className={classes.banner}>
      <strong>{label}.</strong> {idle.reason}
    </Alert>
  );
};

/** The window's days as bars of GB and lines of connections, each on its own axis. */
const UsageChart = ({ value }: { value: UsageReport }) => {
  const data = value.days.map(d => ({
    day: d.day.slice(5),
    gb: Math.round((d.bytesProcessed / GB) * 100) / 100,
    newConnections: d.newConnections,
    activeConnections: d.activeConnectionsMax,
  }));
  return (
    <>
      {value.idle && (
        <IdleBanner
          idle={value.idle}
          bytesInWindow={value.totals.bytesProcessed}
        />
      )}
      <Typography variant="body2" gutterBottom>
        {formatBytes(value.totals.bytesProcessed)} processed and{' '}
        {count(value.totals.newConnections)} new connections from {value.from}{' '}
        to {value.to}.
      </Typography>
      <Box height={280}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 16, left: 0, bottom: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis
              yAxisId="gb"
              label={{ value: 'GB', angle: -90, position: 'insideLeft' }}
              tickFormatter={count}
            />
            <YAxis
              yAxisId="connections"
              orientation="right"
              tickFormatter={count}
              width={72}
              label={{
                value: 'new connections',
                angle: 90,
                position: 'right',
                offset: -8,
              }}
            />
            {/* Peak active connections are a few where new connections are thousands: own axis. */}
            <YAxis
              yAxisId="active"
              orientation="right"
              tickFormatter={count}
              label={{
                value: 'peak active',
                angle: 90,
                position: 'insideRight',
              }}
            />
            <Tooltip formatter={(v: unknown) => count(Number(v))} />
            <Legend />
            <Bar yAxisId="gb" dataKey="gb" name="GB processed" fill="#1f77b4" />
            <Line
              yAxisId="connections"
              dataKey="newConnections"
              name="new connections"
              stroke="#ff7f0e"
              dot={false}
            />
            <Line
              yAxisId="active"
              dataKey="activeConnections"
              name="peak active connections"
              stroke="#2ca02c"
              dot={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </Box>
      {value.series && (
        <Typography variant="caption" color="textSecondary" component="p">
          CloudWatch: {value.series}.
        </Typography>
      )}
    </>
  );
};

/** Bytes and connections over 7, 30 or 90 days, with the idle verdict. */
export const UsageCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const [days, setDays] = useState(SUMMARY_WINDOW);
  const summary = useEntitySummary('usage');
  const picked = useEntityReport(
    (api, ref) =>
      days === SUMMARY_WINDOW
        ? Promise.resolve(undefined)
        : api.getUsage(ref, days),
    [days],
  );
  const usage: ReportState<UsageReport> =
    days === SUMMARY_WINDOW ? summary : picked;
  const windowPicker = (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={days}
      onChange={(_, next) => next && setDays(next)}
      aria-label="window"
    >
      {WINDOWS.map(w => (
        <ToggleButton key={w} value={w} aria-label={`${w} days`}>
          {t('usageCard.windowDays', { days: String(w) })}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
  return (
    <ReportCard
      title={t('usageCard.title')}
      what={t('usageCard.what')}
      state={usage}
      freshness={summary.freshness}
      action={windowPicker}
      empty={value => {
        if (!value.metricsPublished) return value.note;
        if (value.days.length === 0)
          return t('usageCard.noDays', {
            note: value.note ?? t('usageCard.noDaysNote'),
          });
        return undefined;
      }}
    >
      {value => <UsageChart value={value} />}
    </ReportCard>
  );
};
