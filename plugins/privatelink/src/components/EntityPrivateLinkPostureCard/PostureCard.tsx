import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Link,
  StatusError,
  StatusOK,
  StatusWarning,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { FindingSeverity, PostureFinding, PostureReport } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { ReportCard } from '../ReportCard';
import { useEntitySummary } from '../useEntitySummary';

const useStyles = makeStyles({
  // Evidence quotes ARNs and CIDRs: long words that break rather than widen the table.
  evidence: { wordBreak: 'break-word' },
});

const EvidenceLines = ({ evidence }: { evidence: string[] }) => {
  const classes = useStyles();
  return (
    <>
      {evidence.map(e => (
        <Typography
          key={e}
          variant="caption"
          display="block"
          className={classes.evidence}
        >
          {e}
        </Typography>
      ))}
    </>
  );
};

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
    render: f => <EvidenceLines evidence={f.evidence} />,
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

/** The card's title: how many findings are open, and how many are suppressed. */
function postureTitle(report: PostureReport): string {
  const open = report.findings.filter(f => !f.suppressed).length;
  const suppressed = report.findings.length - open;
  return `Posture: ${open} finding${open === 1 ? '' : 's'}${
    suppressed ? `, ${suppressed} suppressed` : ''
  }`;
}

/** What the backend's posture checks found on this endpoint, service or VPC, worst first. */
export const PostureCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const findings = useEntitySummary('findings');
  return (
    <ReportCard
      title={t('postureCard.title')}
      titleOf={value =>
        value.findings.length ? postureTitle(value) : t('postureCard.title')
      }
      what={t('postureCard.what')}
      state={findings}
      freshness={findings.freshness}
    >
      {value =>
        value.findings.length === 0 ? (
          <>
            <Typography>
              <StatusOK /> {t('postureCard.noFindings')}
            </Typography>
            <Typography variant="caption" color="textSecondary">
              {t('postureCard.checksRan', {
                checks: value.checks.map(c => c.id).join(', '),
              })}
            </Typography>
          </>
        ) : (
          <Table<PostureFinding>
            options={{
              paging: false,
              search: false,
              padding: 'dense',
              toolbar: false,
            }}
            columns={columns}
            data={[...value.findings].sort(
              (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
            )}
          />
        )
      }
    </ReportCard>
  );
};
