import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Table } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { privatelinkTranslationRef } from '../../translation';
import { HEALTH_ICON } from '../healthStatus';
import { formatBytes } from '../format';
import { ReportCard } from '../ReportCard';
import { useEntitySummary } from '../useEntitySummary';
import { AlertLines } from './AlertLines';

const useStyles = makeStyles(theme => ({
  state: { marginLeft: theme.spacing(1) },
  // Ids and reasons are long words: they wrap anywhere rather than leave the card.
  wrap: { overflowWrap: 'anywhere' },
}));

/**
 * One status with its reasons, the AZs the endpoint is in, the provider's target health, and the
 * alerts sent about it (an alerts answer that fails leaves the health shown).
 */
export const HealthCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const classes = useStyles();
  const health = useEntitySummary('health');
  const alerts = useEntitySummary('alerts');
  return (
    <ReportCard
      title={t('healthCard.title')}
      what={t('healthCard.what')}
      state={health}
      freshness={health.freshness}
    >
      {value => (
        <>
          <Typography variant="h6" component="div">
            {HEALTH_ICON[value.status]} {value.status}
            {value.state && (
              <Chip
                size="small"
                label={`state ${value.state}`}
                className={classes.state}
              />
            )}
          </Typography>
          <List dense>
            {value.reasons.map((reason, i) => (
              <ListItem key={`${i}-${reason}`}>
                <ListItemText
                  primary={reason}
                  primaryTypographyProps={{ className: classes.wrap }}
                />
              </ListItem>
            ))}
          </List>
          <AlertLines report={alerts.value} />
          {value.targets && (
            <Typography variant="body2" gutterBottom className={classes.wrap}>
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
      )}
    </ReportCard>
  );
};
