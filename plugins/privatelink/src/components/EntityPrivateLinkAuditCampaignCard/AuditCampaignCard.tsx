import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  AuditCampaign,
  AuditCampaignSummary,
  privatelinkApiRef,
} from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { download } from '../download';
import { ReportCard } from '../ReportCard';
import { CampaignItems, CampaignStatus } from './campaignParts';

const useStyles = makeStyles(theme => ({
  progress: { gap: theme.spacing(2) },
}));

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
  return (
    <>
      <Box display="flex" alignItems="center" className={classes.progress}>
        <CampaignStatus status={latest.status} />
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
      <CampaignItems campaign={latest} />
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
 * A tenant's audit: the latest campaign's progress, the items still waiting for a decision and
 * those decided (by whom and when), what left since the previous campaign, the exports for
 * auditors, and earlier quarters.
 */
export const AuditCampaignCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const { entity } = useEntity();
  const api = useApi(privatelinkApiRef);
  const owner = stringifyEntityRef(entity);
  const [exporting, setExporting] = useState<string>();
  const { value, loading, error } = useAsync(async () => {
    const campaigns = await api.listAuditCampaigns(owner);
    if (!campaigns[0]) {
      // None of this team's: say whether other teams' campaigns are open, for a manager's eyes.
      const all = await api.listAuditCampaigns();
      const quarter = all[0]?.quarter;
      const open = all.filter(
        c => c.quarter === quarter && c.status !== 'complete',
      ).length;
      return { campaigns, others: quarter ? { quarter, open } : undefined };
    }
    return {
      campaigns,
      latest: await api.getAuditCampaign(campaigns[0].id),
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
      empty={v => {
        if (v.latest) return undefined;
        return v.others?.open
          ? t('auditCampaignCard.noCampaignOthersOpen', {
              n: String(v.others.open),
              quarter: v.others.quarter,
            })
          : t('auditCampaignCard.noCampaign');
      }}
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
