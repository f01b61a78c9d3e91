import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  StatusError,
  StatusOK,
  StatusPending,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useState } from 'react';
import {
  AuditCampaign,
  AuditCampaignSummary,
  AuditItem,
  privatelinkApiRef,
} from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { DriftChips } from '../EntityPrivateLinkAuditCard/AuditFacts';
import { formatUtcMinute } from '../format';
import { NoWrap } from '../text';

/** A campaign's status as a status label. */
export const CampaignStatus = ({
  status,
}: {
  status: AuditCampaignSummary['status'];
}) => {
  if (status === 'overdue') return <StatusError>overdue</StatusError>;
  if (status === 'complete') return <StatusOK>complete</StatusOK>;
  return <StatusPending>open</StatusPending>;
};

const itemColumn: TableColumn<AuditItem> = {
  title: 'Item',
  field: 'entityRef',
  render: i => <EntityRefLink entityRef={i.entityRef} title={i.facts.title} />,
};

const pendingColumns = (firstAudit: boolean): TableColumn<AuditItem>[] => [
  itemColumn,
  { title: 'Type', field: 'facts.type' },
  {
    title: 'Id',
    field: 'facts.resourceId',
    render: i => <NoWrap>{i.facts.resourceId}</NoWrap>,
  },
  {
    title: 'Drift',
    field: 'drift',
    sorting: false,
    render: i => <DriftChips drift={i.drift} firstAudit={firstAudit} />,
  },
];

const decidedColumns: TableColumn<AuditItem>[] = [
  itemColumn,
  {
    title: 'Decision',
    field: 'decision.decision',
    render: i => (
      <>
        {i.decision!.decision}
        {i.decision!.fix && (
          <Typography variant="caption" display="block">
            {i.decision!.fix}
          </Typography>
        )}
      </>
    ),
  },
  { title: 'Comment', field: 'decision.comment' },
  {
    title: 'By',
    field: 'decision.actor',
    render: i => (
      <EntityRefLink entityRef={i.decision!.actor} defaultKind="user" />
    ),
  },
  {
    title: 'When',
    field: 'decision.decidedAt',
    render: i => <NoWrap>{formatUtcMinute(i.decision!.decidedAt)}</NoWrap>,
  },
];

/** A campaign's items: those waiting for a decision, then those decided, by whom and when. */
export const CampaignItems = ({ campaign }: { campaign: AuditCampaign }) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const pending = campaign.entries.filter(e => !e.decision);
  const decided = campaign.entries.filter(e => e.decision);
  const options = (rows: number) => ({
    paging: rows > 10,
    pageSize: 10,
    search: false,
    padding: 'dense' as const,
  });
  return (
    <>
      {pending.length > 0 && (
        <Table<AuditItem>
          title={t('audits.waiting', { n: String(pending.length) })}
          options={options(pending.length)}
          columns={pendingColumns(!campaign.previousCampaignId)}
          data={pending}
        />
      )}
      {decided.length > 0 && (
        <Box mt={pending.length ? 2 : 0}>
          <Table<AuditItem>
            title={t('audits.decided', { n: String(decided.length) })}
            options={options(decided.length)}
            columns={decidedColumns}
            data={decided}
          />
        </Box>
      )}
    </>
  );
};

/**
 * Keeps the campaign's clean items unchanged at once: those the backend says may be (no drift, no
 * open finding) and nobody has decided on yet, with one comment. The backend checks each item
 * and the user's right to decide on it again, and records nothing when any fails.
 */
export const KeepUnchanged = ({
  campaign,
  onKept,
}: {
  campaign: AuditCampaign;
  onKept: () => void;
}) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const clean = campaign.entries.filter(
    e => e.keepableUnchanged && !e.decision,
  );
  const [comment, setComment] = useState('');
  // One key per batch: a retry of the same batch (a lost answer) records nothing twice.
  const [key, setKey] = useState(() => `keep-${crypto.randomUUID()}`);
  const [state, setState] = useState<{ saving?: boolean; error?: Error }>({});
  if (clean.length === 0) return null;
  const keep = async () => {
    setState({ saving: true });
    try {
      await api.keepUnchanged(campaign.id, {
        entityRefs: clean.map(e => e.entityRef),
        comment: comment.trim(),
        idempotencyKey: key,
      });
      setKey(`keep-${crypto.randomUUID()}`);
      setComment('');
      setState({});
      onKept();
    } catch (error) {
      setState({ error: error as Error });
    }
  };
  return (
    <Box mb={2}>
      <Typography variant="body2" gutterBottom>
        {t('audits.clean', { n: String(clean.length) })}
      </Typography>
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
        <Box flexGrow={1}>
          <TextField
            id={`privatelink-keep-comment-${campaign.id}`}
            size="small"
            fullWidth
            label={t('audits.keepComment')}
            value={comment}
            onChange={e => setComment(e.target.value)}
          />
        </Box>
        <Button
          variant="contained"
          color="primary"
          size="small"
          disabled={!comment.trim() || state.saving}
          onClick={keep}
        >
          {t('audits.keep', { n: String(clean.length) })}
        </Button>
      </Box>
      {state.error && (
        <Box mt={1}>
          <Alert severity="error">{state.error.message}</Alert>
        </Box>
      )}
    </Box>
  );
};
