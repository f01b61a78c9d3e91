import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import Alert from '@material-ui/lab/Alert';
import {
  EmptyState,
  ErrorPanel,
  InfoCard,
  Progress,
} from '@backstage/core-components';
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
import { IdleVerdict } from '../../api';
import { formatBytes } from '../format';
import { useEntityReport } from '../useEntityReport';

const WINDOWS = [7, 30, 90];
const GB = 1024 ** 3;

const count = (v: number) => v.toLocaleString('en-US');

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
    <Alert severity={severity} style={{ marginBottom: 16 }}>
      <strong>{label}.</strong> {idle.reason}
    </Alert>
  );
};

/** Bytes and connections over 7, 30 or 90 days, with the idle verdict. */
export const UsageCard = () => {
  const [days, setDays] = useState(30);
  const { value, loading, error } = useEntityReport(
    (api, ref) => api.getUsage(ref, days),
    [days],
  );
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
          {w} days
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
  let content;
  if (loading) content = <Progress />;
  else if (error)
    content = <ErrorPanel title="Could not load usage" error={error} />;
  else if (!value?.metricsPublished) {
    content = <Alert severity="info">{value?.note}</Alert>;
  } else if (value.days.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No usage collected yet"
        description={
          value.note ?? 'The collector has not stored any day of this window.'
        }
      />
    );
  } else {
    const data = value.days.map(d => ({
      day: d.day.slice(5),
      gb: Math.round((d.bytesProcessed / GB) * 100) / 100,
      newConnections: d.newConnections,
      activeConnections: d.activeConnectionsMax,
    }));
    content = (
      <>
        {value.idle && (
          <IdleBanner
            idle={value.idle}
            bytesInWindow={value.totals.bytesProcessed}
          />
        )}
        <Typography variant="body2" gutterBottom>
          {formatBytes(value.totals.bytesProcessed)} processed and{' '}
          {value.totals.newConnections.toLocaleString('en-US')} new connections
          from {value.from} to {value.to}.
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
              <Bar
                yAxisId="gb"
                dataKey="gb"
                name="GB processed"
                fill="#1f77b4"
              />
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
  }
  return (
    <InfoCard title="Usage" action={windowPicker}>
      {content}
    </InfoCard>
  );
};
