import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { parseEntityRef } from '@backstage/catalog-model';
import { AlertIncident, AlertsReport } from '../../api/types';
import { formatUtcMinute as when } from '../format';

const names = (refs: string[]) =>
  refs.map(ref => parseEntityRef(ref).name).join(', ');

/**
 * One sentence about an incident: what it is, whom it told and when. An idle incident opens when
 * the portal finds the endpoint idle, long after its last bytes (the usage card says since when):
 * it says "found idle at", not "idle since".
 */
export function describeIncident(incident: AlertIncident): string {
  const what =
    incident.kind === 'idle' ? 'Found idle' : `Incident (${incident.status})`;
  const opened = `${what} ${incident.kind === 'idle' ? 'at' : 'since'} ${when(
    incident.openedAt,
  )}`;
  const told = incident.alertedAt
    ? `${names(incident.recipients)} alerted at ${when(incident.alertedAt)}`
    : 'no one alerted yet';
  if (!incident.resolvedAt) return `${opened}: ${told}.`;
  const ended =
    incident.resolution === 'gone'
      ? `closed at ${when(incident.resolvedAt)}: left the inventory`
      : `recovered at ${when(incident.resolvedAt)}${
          incident.recoveryAlertedAt
            ? `, told at ${when(incident.recoveryAlertedAt)}`
            : ''
        }`;
  return `${what} ${incident.kind === 'idle' ? 'at' : 'from'} ${when(
    incident.openedAt,
  )} (${told}), ${ended}.`;
}

/**
 * The open incidents of the entity and the last one that ended, as the backend recorded them;
 * nothing when alerts are off or there has been none.
 */
const useStyles = makeStyles({ line: { overflowWrap: 'anywhere' } });

export const AlertLines = ({ report }: { report?: AlertsReport }) => {
  const classes = useStyles();
  if (!report?.enabled || report.incidents.length === 0) return null;
  const open = report.incidents.filter(i => !i.resolvedAt);
  const lastEnded = report.incidents.find(i => i.resolvedAt);
  return (
    <>
      {[...open, ...(lastEnded ? [lastEnded] : [])].map(incident => (
        <Typography
          key={incident.id}
          variant="body2"
          color={incident.resolvedAt ? 'textSecondary' : 'textPrimary'}
          gutterBottom
          className={classes.line}
        >
          {describeIncident(incident)}
        </Typography>
      ))}
    </>
  );
};
