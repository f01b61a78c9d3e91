import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  getCompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  isVpcEndpointEntity,
  privatelinkAuditAcknowledgePermission,
  privatelinkAuditManagePermission,
  retireEndpointLink,
} from '@privatelink-portal/plugin-privatelink-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { AuditDecision, AuditHistory, privatelinkApiRef } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { ReportCard } from '../ReportCard';
import { AuditFacts, DriftChips } from './AuditFacts';
import { DecisionForm } from './DecisionForm';

const describeDecision = (d: AuditDecision) =>
  `${d.decision}${d.fix ? ` (${d.fix})` : ''} by ${
    parseEntityRef(d.actor).name
  } on ${d.decidedAt.slice(0, 10)}: ${d.comment}`;

/**
 * This quarter's audit of an endpoint or provided service: what the campaign froze, what drifted,
 * the owner's decision (a form for those the permission policy lets decide), and past quarters.
 */
export const AuditCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const { entity } = useEntity();
  const api = useApi(privatelinkApiRef);
  const ref = getCompoundEntityRef(entity);
  const entityRef = stringifyEntityRef(entity);
  const history = useAsyncRetry(
    () => api.getAuditHistory(ref),
    [api, entityRef],
  );
  const acknowledge = usePermission({
    permission: privatelinkAuditAcknowledgePermission,
    resourceRef: entityRef,
  });
  const manage = usePermission({
    permission: privatelinkAuditManagePermission,
  });

  const mayDecide = acknowledge.allowed || manage.allowed;
  const checking = acknowledge.loading || manage.loading;
  const latest = (value: AuditHistory) => value.items[0];
  return (
    <ReportCard
      title={t('auditCard.title')}
      what={t('auditCard.what')}
      state={history}
      empty={value =>
        latest(value) ? undefined : t('auditCard.notInCampaign')
      }
      titleOf={value =>
        latest(value)
          ? `${t('auditCard.title')} ${latest(value).campaign.quarter}`
          : t('auditCard.title')
      }
      subheaderOf={value => {
        const { campaign } = latest(value) ?? {};
        return (
          campaign &&
          `Campaign of ${parseEntityRef(campaign.owner).name}: ${
            campaign.decided
          } of ${campaign.items} decided, due ${campaign.dueAt.slice(0, 10)} (${
            campaign.status
          })`
        );
      }}
    >
      {value => {
        const [current, ...past] = value.items;
        const { campaign, item } = current;
        return (
          <>
            <Typography variant="subtitle2">
              Frozen on {campaign.openedAt.slice(0, 10)}
            </Typography>
            <AuditFacts facts={item.facts} />
            <Box mt={1} mb={1}>
              <DriftChips
                drift={item.drift}
                firstAudit={!campaign.previousCampaignId}
              />
            </Box>
            <Typography variant="subtitle2">Decision</Typography>
            <Typography variant="body2" data-testid="audit-decision">
              {item.decision
                ? describeDecision(item.decision)
                : 'No decision yet.'}
            </Typography>
            {item.decision?.decision === 'retire' &&
              isVpcEndpointEntity(entity) && (
                <Typography variant="body2">
                  <Link to={retireEndpointLink(entityRef)}>Retire it now</Link>:
                  a request that deletes the endpoint once its id is confirmed,
                  refused while it still carries traffic.
                </Typography>
              )}
            {item.history.length > 1 && (
              <Typography
                variant="caption"
                color="textSecondary"
                component="div"
              >
                Earlier:{' '}
                {item.history
                  .slice(0, -1)
                  .reverse()
                  .map(describeDecision)
                  .join(' · ')}
              </Typography>
            )}
            <Box mt={1}>
              {checking && <Progress />}
              {!checking && mayDecide && (
                <DecisionForm
                  onSubmit={async input => {
                    await api.decide(campaign.id, ref, input);
                    history.retry();
                  }}
                />
              )}
              {!checking && !mayDecide && (
                <Typography variant="body2" color="textSecondary">
                  Only members of {parseEntityRef(campaign.owner).name} or audit
                  managers can decide on this item.
                </Typography>
              )}
            </Box>
            {past.length > 0 && (
              <Box mt={2}>
                <Typography variant="subtitle2">Past quarters</Typography>
                {past.map(p => (
                  <Typography key={p.campaign.id} variant="body2">
                    {p.campaign.quarter}:{' '}
                    {p.item.decision
                      ? describeDecision(p.item.decision)
                      : 'no decision'}
                  </Typography>
                ))}
              </Box>
            )}
          </>
        );
      }}
    </ReportCard>
  );
};
