import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { AuditCampaignSummary, privatelinkApiRef } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import {
  CampaignItems,
  CampaignStatus,
  KeepUnchanged,
} from '../EntityPrivateLinkAuditCampaignCard/campaignParts';
import { download } from '../download';
import { formatUtcMinute } from '../format';
import { Report } from '../ReportCard';
import { NoWrap } from '../text';

/** One campaign opened in the table: its items, decided and waiting, and the batch keep. */
const CampaignDetail = ({
  id,
  onChange,
}: {
  id: string;
  onChange: () => void;
}) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const [version, setVersion] = useState(0);
  const campaign = useAsync(() => api.getAuditCampaign(id), [api, id, version]);
  return (
    <Box p={2}>
      <Report what={t('audits.what')} state={campaign}>
        {value => (
          <>
            <KeepUnchanged
              campaign={value}
              onKept={() => {
                setVersion(v => v + 1);
                onChange();
              }}
            />
            <CampaignItems campaign={value} />
          </>
        )}
      </Report>
    </Box>
  );
};

/** The quarter's figures in one line: campaigns by status, and items decided. */
export function quarterSummary(campaigns: AuditCampaignSummary[]) {
  const count = (status: AuditCampaignSummary['status']) =>
    String(campaigns.filter(c => c.status === status).length);
  return {
    campaigns: String(campaigns.length),
    complete: count('complete'),
    overdue: count('overdue'),
    open: count('open'),
    decided: String(campaigns.reduce((sum, c) => sum + c.decided, 0)),
    items: String(campaigns.reduce((sum, c) => sum + c.items, 0)),
  };
}

/**
 * The audit managers' view: every tenant's campaign of a quarter with its progress, due date,
 * status and last decision; each opens on its items (decided ones by whom and when) and can keep
 * its clean items unchanged at once; the whole quarter exports as one CSV.
 */
export const AuditCampaigns = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const [version, setVersion] = useState(0);
  const [chosen, setChosen] = useState<string>();
  const [exporting, setExporting] = useState(false);
  const campaigns = useAsync(() => api.listAuditCampaigns(), [api, version]);
  const columns: TableColumn<AuditCampaignSummary>[] = [
    {
      title: 'Team',
      field: 'owner',
      render: c => <EntityRefLink entityRef={c.owner} defaultKind="group" />,
    },
    {
      title: 'Progress',
      field: 'decided',
      render: c => (
        <Box minWidth={140}>
          <Typography variant="body2">
            {c.decided} of {c.items} decided
          </Typography>
          <LinearProgress
            variant="determinate"
            value={c.items ? (100 * c.decided) / c.items : 100}
          />
        </Box>
      ),
    },
    {
      title: 'Status',
      field: 'status',
      render: c => <CampaignStatus status={c.status} />,
    },
    {
      title: 'Due',
      field: 'dueAt',
      render: c => <NoWrap>{c.dueAt.slice(0, 10)}</NoWrap>,
    },
    {
      title: 'Last decision',
      field: 'lastDecisionAt',
      render: c => (
        <NoWrap>
          {c.lastDecisionAt
            ? formatUtcMinute(c.lastDecisionAt)
            : t('audits.noDecision')}
        </NoWrap>
      ),
    },
  ];
  const save = async (quarter: string) => {
    setExporting(true);
    try {
      download(
        `privatelink-audit-${quarter}.csv`,
        await api.exportAuditQuarter(quarter),
      );
    } finally {
      setExporting(false);
    }
  };
  return (
    <Report
      what={t('audits.what')}
      state={campaigns}
      empty={all => (all.length ? undefined : t('audits.none'))}
    >
      {all => {
        // Newest quarter first, as the backend lists them.
        const quarters = [...new Set(all.map(c => c.quarter))];
        const quarter =
          chosen && quarters.includes(chosen) ? chosen : quarters[0];
        const shown = all.filter(c => c.quarter === quarter);
        return (
          <>
            <Box
              display="flex"
              alignItems="center"
              flexWrap="wrap"
              gridGap={16}
              mb={2}
            >
              <TextField
                id="privatelink-audits-quarter"
                select
                size="small"
                label={t('audits.quarter')}
                value={quarter}
                onChange={e => setChosen(e.target.value)}
              >
                {quarters.map(q => (
                  <MenuItem key={q} value={q}>
                    {q}
                  </MenuItem>
                ))}
              </TextField>
              <Typography variant="body2" data-testid="audits-summary">
                {t('audits.summary', quarterSummary(shown))}
              </Typography>
              <Box flexGrow={1} />
              <Button
                variant="outlined"
                size="small"
                disabled={exporting}
                onClick={() => save(quarter)}
              >
                {t('audits.exportQuarter', { quarter })}
              </Button>
            </Box>
            <Table<AuditCampaignSummary>
              title={`${t('audits.title')} ${quarter}`}
              options={{
                paging: shown.length > 20,
                pageSize: 20,
                padding: 'dense',
                search: false,
              }}
              columns={columns}
              data={shown}
              detailPanel={({ rowData }) => (
                <CampaignDetail
                  id={rowData.id}
                  onChange={() => setVersion(v => v + 1)}
                />
              )}
            />
          </>
        );
      }}
    </Report>
  );
};
