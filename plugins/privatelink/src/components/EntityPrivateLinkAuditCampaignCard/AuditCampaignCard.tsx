import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  StatusError,
  StatusOK,
  StatusPending,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  AuditCampaign,
  AuditCampaignSummary,
  AuditItem,
  privatelinkApiRef,
} from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { DriftChips } from '../EntityPrivateLinkAuditCard/AuditFacts';
import { download } from '../download';
import { ReportCard } from '../ReportCard';
import { NoWrap } from '../text';

const useStyles = makeStyles(theme => ({
  progress: { gap: theme.spacing(2) },
}));

const STATUS: Record<AuditCampaignSummary['status'], JSX.Element> = {
  open: <StatusPending>open</StatusPending>,
  overdue: <StatusError>overdue</StatusError>,
  complete: <StatusOK>complete</StatusOK>,
};

const columnsOf = (firstAudit: boolean): TableColumn<AuditItem>[] => [
  {
    title: 'Item',
    field: 'entityRef',
    render: i => (
      <EntityRefLink entityRef={i.entityRef} title={i.facts.title} />
    ),
  },
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

/** The latest campaign's progress and exports, what waits, what left, and earlier quarters. */
const CampaignBody = ({
  latest,
  campaigns,
  exporting,
  save,
}: {
  latest: AuditCampaign;
  campaigns: AuditCampaignSummary[];
  exporting?: string;
  save: (format: 'csv' | 'json') => void;
}) => {
  const classes = useStyles();
  const pending = latest.entries.filter(e => !e.decision);
  return (
    <>
      <Box display="flex" alignItems="center" className={classes.progress}>
        {STATUS[latest.status]}
        <Typography data-testid="audit-progress">
          {latest.decided} of {latest.items} items decided
        </Typography>
        <Box flexGrow={1}>
          <LinearProgress
            variant="determinate"
            value={latest.items ? (100 * latest.decided) / latest.items : 100}
          />
        </Box>
        <Button
          variant="outlined"
          size="small"
          disabled={!!exporting}
          onClick={() => save('csv')}
        >
          Export audit CSV
        </Button>
        <Button
          variant="outlined"
          size="small"
          disabled={!!exporting}
          onClick={() => save('json')}
        >
          Export audit JSON
        </Button>
      </Box>
      {pending.length > 0 && (
        <Table<AuditItem>
          title={`Waiting for a decision (${pending.length})`}
          options={{
            paging: pending.length > 10,
            pageSize: 10,
            search: false,
            padding: 'dense',
          }}
          columns={columnsOf(!latest.previousCampaignId)}
          data={pending}
        />
      )}
      {latest.departures.length > 0 && (
        <Box mt={2}>
          <Typography variant="subtitle2">
            Gone since the previous audit
          </Typography>
          {latest.departures.map(d => (
            <Typography key={d.entityRef} variant="body2">
              {d.title} ({d.resourceId}): {d.detail}
            </Typography>
          ))}
        </Box>
      )}
      {campaigns.length > 1 && (
        <Box mt={2}>
          <Typography variant="subtitle2">Earlier quarters</Typography>
          {campaigns.slice(1).map(c => (
            <Typography key={c.id} variant="body2">
              {c.quarter}: {c.decided} of {c.items} decided ({c.status})
            </Typography>
          ))}
        </Box>
      )}
    </>
  );
};

/**
 * A tenant's audit: the latest campaign's progress, the items still waiting for a decision, what
 * left since the previous campaign, the exports for auditors, and earlier quarters.
 */
export const AuditCampaignCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const { entity } = useEntity();
  const api = useApi(privatelinkApiRef);
  const owner = stringifyEntityRef(entity);
  const [exporting, setExporting] = useState<string>();
  const { value, loading, error } = useAsync(async () => {
    const campaigns = await api.listAuditCampaigns(owner);
    return {
      campaigns,
      latest: campaigns[0]
        ? await api.getAuditCampaign(campaigns[0].id)
        : undefined,
    };
  }, [api, owner]);
  const save = async (latest: AuditCampaign, format: 'csv' | 'json') => {
    setExporting(format);
    try {
      const blob = await api.exportAuditCampaign(latest.id, format);
      download(
        `privatelink-audit-${entity.metadata.name}-${latest.quarter}.${format}`,
        blob,
      );
    } finally {
      setExporting(undefined);
    }
  };
  return (
    <ReportCard
      title={t('auditCampaignCard.title')}
      what={t('auditCampaignCard.what')}
      state={{ loading, error, value }}
      empty={v => (v.latest ? undefined : t('auditCampaignCard.noCampaign'))}
      titleOf={v =>
        v.latest
          ? `${t('auditCampaignCard.title')} ${v.latest.quarter}`
          : t('auditCampaignCard.title')
      }
      subheaderOf={v => {
        const { latest } = v;
        return (
          latest &&
          `Opened ${latest.openedAt.slice(0, 10)} by ${
            latest.openedBy
          }, due ${latest.dueAt.slice(0, 10)}`
        );
      }}
    >
      {v => (
        <CampaignBody
          latest={v.latest!}
          campaigns={v.campaigns}
          exporting={exporting}
          save={format => save(v.latest!, format)}
        />
      )}
    </ReportCard>
  );
};
