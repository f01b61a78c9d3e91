import Typography from '@material-ui/core/Typography';
import {
  ErrorPanel,
  InfoCard,
  Link,
  Progress,
  StatusError,
  StatusOK,
  StatusWarning,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { FindingSeverity, PostureFinding } from '../../api';
import { useEntityReport } from '../useEntityReport';

const SEVERITY_ICON: Record<FindingSeverity, JSX.Element> = {
  high: <StatusError />,
  medium: <StatusWarning />,
  low: <StatusWarning />,
};
const SEVERITY_ORDER: Record<FindingSeverity, number> = {
  high: 0,
  medium: 1,
  low: 2,
};

const columns: TableColumn<PostureFinding>[] = [
  {
    title: 'Severity',
    field: 'severity',
    customSort: (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    render: f => (
      <>
        {SEVERITY_ICON[f.severity]} {f.severity}
      </>
    ),
  },
  {
    title: 'Finding',
    field: 'title',
    render: f => (
      <>
        <Typography variant="body2">{f.title}</Typography>
        <Typography variant="caption" color="textSecondary">
          {f.checkId}
          {f.suppressed ? ` · suppressed: ${f.suppressed}` : ''}
        </Typography>
      </>
    ),
  },
  {
    title: 'Evidence',
    field: 'evidence',
    render: f => (
      <>
        {f.evidence.map(e => (
          <Typography
            key={e}
            variant="caption"
            display="block"
            style={{ wordBreak: 'break-word' }}
          >
            {e}
          </Typography>
        ))}
      </>
    ),
  },
  {
    title: 'How to fix',
    field: 'fix',
    render: f => (
      <>
        <Typography variant="body2">{f.fix}</Typography>
        {(f.remedies ?? []).map(r => (
          <Typography key={r.url} variant="body2" display="block">
            <Link to={r.url}>{r.title}</Link>
          </Typography>
        ))}
      </>
    ),
  },
  { title: 'Since', field: 'firstSeen', render: f => f.firstSeen.slice(0, 10) },
];

/** What the backend's posture checks found on this endpoint or service, worst first. */
export const PostureCard = () => {
  const { value, loading, error } = useEntityReport((api, ref) =>
    api.getFindings(ref),
  );
  if (loading) return <Progress />;
  if (error || !value) {
    return (
      <ErrorPanel
        title="Could not load posture findings"
        error={error ?? new Error('no answer')}
      />
    );
  }
  const open = value.findings.filter(f => !f.suppressed);
  if (value.findings.length === 0) {
    return (
      <InfoCard title="Posture">
        <Typography>
          <StatusOK /> No findings.
        </Typography>
        <Typography variant="caption" color="textSecondary">
          Checks that ran: {value.checks.map(c => c.id).join(', ')}
        </Typography>
      </InfoCard>
    );
  }
  return (
    <Table<PostureFinding>
      title={`Posture: ${open.length} finding${open.length === 1 ? '' : 's'}${
        value.findings.length > open.length
          ? `, ${value.findings.length - open.length} suppressed`
          : ''
      }`}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={[...value.findings].sort(
        (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
      )}
    />
  );
};
