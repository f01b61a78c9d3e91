import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { shortServiceName } from '@privatelink-portal/plugin-privatelink-common';
import useAsync from 'react-use/esm/useAsync';
import { ConsolidationAdvice, privatelinkApiRef } from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { formatCount, formatUsd, formatUtcMinute } from '../format';
import { Report } from '../ReportCard';
import { BreakAnywhere, NoWrap } from '../text';

const columns: TableColumn<ConsolidationAdvice>[] = [
  {
    title: 'Service',
    field: 'serviceName',
    render: a => (
      <NoWrap title={a.serviceName}>
        {shortServiceName(a.serviceName, a.region)}
      </NoWrap>
    ),
  },
  {
    title: 'Network / region',
    field: 'network',
    render: a => <NoWrap>{`${a.network} ${a.region}`}</NoWrap>,
  },
  {
    title: 'VPCs',
    field: 'endpoints',
    type: 'numeric',
    render: a => formatCount(a.endpoints.length),
  },
  {
    title: 'Today / month',
    field: 'todayMonthlyUsd',
    type: 'numeric',
    render: a => formatUsd(a.todayMonthlyUsd),
  },
  {
    title: 'Hub / month',
    field: 'hubMonthlyUsd',
    type: 'numeric',
    render: a => formatUsd(a.hubMonthlyUsd),
  },
  {
    title: 'Saving / month',
    field: 'savingMonthlyUsd',
    type: 'numeric',
    render: a => (
      <NoWrap>
        {a.savingMonthlyUsd < 0
          ? `${formatUsd(-a.savingMonthlyUsd)} more`
          : formatUsd(a.savingMonthlyUsd)}
      </NoWrap>
    ),
  },
  {
    title: 'Break-even GB / month',
    field: 'breakEvenSpokeGbPerMonth',
    type: 'numeric',
    render: a =>
      a.breakEvenSpokeGbPerMonth === undefined
        ? 'none'
        : formatCount(a.breakEvenSpokeGbPerMonth),
  },
];

/** Which endpoints a hub would serve and which it would not, and the formula with its figures. */
const AdviceDetails = ({ advice }: { advice: ConsolidationAdvice }) => (
  <Box px={2} py={1}>
    <Typography variant="body2">
      Hub VPC <NoWrap>{advice.hubVpcId}</NoWrap> ({advice.hubAzCount} AZ
      {advice.hubAzCount === 1 ? '' : 's'}), serving:
    </Typography>
    <ul>
      {advice.endpoints.map(e => (
        <li key={e.entityRef}>
          <EntityRefLink entityRef={e.entityRef} title={e.endpointId} /> in{' '}
          <NoWrap>{`${e.vpcId} (${e.accountId})`}</NoWrap>, {e.azCount} AZ
          {e.azCount === 1 ? '' : 's'}, {formatCount(e.gbPerMonth)} GB in the
          last 30 days
        </li>
      ))}
    </ul>
    {advice.keptApart.length > 0 && (
      <>
        <Typography variant="body2">Not served as they are:</Typography>
        <ul>
          {advice.keptApart.map(k => (
            <li key={k.entityRef}>
              <EntityRefLink entityRef={k.entityRef} title={k.endpointId} />:{' '}
              {k.reason}
            </li>
          ))}
        </ul>
      </>
    )}
    <Typography variant="caption" component="p">
      <BreakAnywhere>{advice.formula}</BreakAnywhere>
    </Typography>
  </Box>
);

/**
 * The fleet's consolidation advice: per network, region and service, what the interface endpoints
 * in several VPCs cost today against one endpoint set in a hub VPC, as the backend computed it.
 */
export const FleetConsolidation = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const state = useAsync(() => api.getConsolidationAdvice(), [api]);
  return (
    <Report
      what={t('fleet.consolidationWhat')}
      state={state}
      empty={report =>
        report.advice.length === 0 ? t('fleet.consolidationNone') : undefined
      }
    >
      {report => (
        <Table<ConsolidationAdvice>
          title={t('fleet.consolidation')}
          subtitle={
            report.computedAt
              ? t('fleet.consolidationAsOf', {
                  at: formatUtcMinute(report.computedAt),
                })
              : undefined
          }
          options={{ paging: false, search: false, padding: 'dense' }}
          columns={columns}
          data={report.advice}
          detailPanel={({ rowData }) => <AdviceDetails advice={rowData} />}
        />
      )}
    </Report>
  );
};
