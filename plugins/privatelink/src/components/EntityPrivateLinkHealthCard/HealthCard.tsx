import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import {
  ErrorPanel,
  InfoCard,
  Progress,
  Table,
} from '@backstage/core-components';
import { HEALTH_ICON } from '../healthStatus';
import { formatBytes } from '../format';
import { useEntityReport } from '../useEntityReport';
import { AlertLines } from './AlertLines';

/**
 * One status with its reasons, the AZs the endpoint is in, the provider's target health, and the
 * alerts sent about it (an alerts answer that fails leaves the health shown).
 */
export const HealthCard = () => {
  const { value, loading, error } = useEntityReport((api, ref) =>
    api.getHealth(ref),
  );
  const alerts = useEntityReport((api, ref) => api.getAlerts(ref));
  let content;
  if (loading) content = <Progress />;
  else if (error || !value)
    content = (
      <ErrorPanel
        title="Could not load health"
        error={error ?? new Error('no answer')}
      />
    );
  else {
    content = (
      <>
        <Typography variant="h6" component="div">
          {HEALTH_ICON[value.status]} {value.status}
          {value.state && (
            <Chip
              size="small"
              label={`state ${value.state}`}
              style={{ marginLeft: 8 }}
            />
          )}
        </Typography>
        <List dense>
          {value.reasons.map((reason, i) => (
            <ListItem key={`${i}-${reason}`}>
              <ListItemText
                primary={reason}
                primaryTypographyProps={{ style: { overflowWrap: 'anywhere' } }}
              />
            </ListItem>
          ))}
        </List>
        <AlertLines report={alerts.error ? undefined : alerts.value} />
        {value.targets && (
          <Typography
            variant="body2"
            gutterBottom
            style={{ overflowWrap: 'anywhere' }}
          >
            Load balancer targets on {value.targets.day}: at least{' '}
            {value.targets.healthyHostsMin ?? '?'} healthy, at most{' '}
            {value.targets.unhealthyHostsMax ?? '?'} unhealthy.
          </Typography>
        )}
        {value.zones.length > 0 && (
          <Table
            title="Availability zones"
            options={{
              paging: false,
              search: false,
              padding: 'dense',
              toolbar: true,
            }}
            columns={[
              {
                title: 'AZ',
                field: 'availabilityZone',
                render: z => (
                  <>
                    {HEALTH_ICON[z.status]} {z.availabilityZone}
                  </>
                ),
              },
              { title: 'Subnet', field: 'subnetId' },
              { title: 'Network interface', field: 'networkInterfaceId' },
              {
                title: 'Bytes (last day)',
                field: 'bytesProcessed',
                type: 'numeric',
                render: z =>
                  z.bytesProcessed === undefined
                    ? 'unknown'
                    : formatBytes(z.bytesProcessed),
              },
              { title: 'Dropped', field: 'packetsDropped', type: 'numeric' },
              { title: 'Why', field: 'reason' },
            ]}
            data={value.zones}
          />
        )}
      </>
    );
  }
  return <InfoCard title="Health">{content}</InfoCard>;
};
