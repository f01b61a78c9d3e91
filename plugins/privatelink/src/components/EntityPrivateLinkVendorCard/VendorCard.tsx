import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { FleetRow, privatelinkApiRef } from '../../api';
import { HealthStatusLabel } from '../healthStatus';
import { formatUsd } from '../format';
import { privatelinkTranslationRef } from '../../translation';
import { ReportCard } from '../ReportCard';
import { NoWrap } from '../text';

/** How a vendor lets consumers connect, as the portal's config describes it. */
const CONNECTION_MODELS: Record<string, string> = {
  allowlist:
    'Allowlist: the vendor adds your account to its service before you connect.',
  acceptance:
    'Acceptance: the vendor accepts each endpoint connection request.',
  open: 'Open: any account may connect to the vendor service.',
};

const columns: TableColumn<FleetRow>[] = [
  {
    title: 'Endpoint',
    field: 'title',
    render: r => <EntityRefLink entityRef={r.entityRef} title={r.title} />,
  },
  {
    title: 'Tenant',
    field: 'ownerRef',
    render: r =>
      r.ownerRef ? (
        <EntityRefLink entityRef={r.ownerRef} defaultKind="group" />
      ) : (
        'none'
      ),
  },
  { title: 'Service', field: 'serviceLabel' },
  {
    title: 'Account / region',
    field: 'accountId',
    render: r => <NoWrap>{`${r.accountId} ${r.region}`}</NoWrap>,
  },
  { title: 'State', field: 'state' },
  {
    title: 'Cost / month',
    field: 'monthlyCostUsd',
    type: 'numeric',
    render: r => formatUsd(r.monthlyCostUsd),
  },
  {
    title: 'Health',
    field: 'health',
    render: r => (
      <span title={r.healthReasons.join(' ')}>
        <HealthStatusLabel status={r.health} />
        {r.idle ? ' · idle' : ''}
      </span>
    ),
  },
];

/**
 * A vendor's page: how it lets consumers connect, its links, and every endpoint to it across
 * tenants with cost and health (the fleet snapshot, filtered by this vendor).
 */
export const VendorCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const { entity } = useEntity();
  const api = useApi(privatelinkApiRef);
  const vendorRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(async () => {
    const [summary, rows] = await Promise.all([
      api.getFleet({ vendor: vendorRef }),
      api.getFleetRows({ vendor: vendorRef }),
    ]);
    return { summary, rows };
  }, [api, vendorRef]);
  const model = entity.metadata.labels?.['privatelink.aws/connection-model'];
  const links = entity.metadata.links ?? [];
  const vendor = entity.metadata.title ?? entity.metadata.name;
  return (
    <ReportCard
      title={t('vendorCard.title', { vendor })}
      what={t('vendorCard.what')}
      state={{ loading, error, value }}
    >
      {({ summary, rows }) => (
        <>
          <Typography variant="body2">
            {model
              ? CONNECTION_MODELS[model] ?? model
              : 'Connection model not configured (privatelink.vendors[].connectionModel).'}
          </Typography>
          {links.length > 0 && (
            <Box mt={1}>
              {links.map(l => (
                <Typography key={l.url} variant="body2">
                  <Link href={l.url} target="_blank" rel="noopener">
                    {l.title ?? l.url}
                  </Link>
                </Typography>
              ))}
            </Box>
          )}
          <Box mt={2} mb={1}>
            <Typography data-testid="vendor-totals">
              {summary.totals.endpoints} endpoints from{' '}
              {summary.byTenant.length} tenants,{' '}
              {formatUsd(summary.totals.monthlyCostUsd)} a month
              {summary.totals.idle
                ? `, ${summary.totals.idle} idle costing ${formatUsd(
                    summary.totals.idleMonthlyUsd,
                  )} a month`
                : ''}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              Services consumed:{' '}
              {[...new Set(rows.map(r => r.serviceLabel))].sort().join(', ') ||
                'none'}
            </Typography>
          </Box>
          <Table<FleetRow>
            title={`Endpoints to ${vendor} (${rows.length})`}
            options={{
              paging: rows.length > 20,
              pageSize: 20,
              search: false,
              padding: 'dense',
            }}
            columns={columns}
            data={rows}
          />
        </>
      )}
    </ReportCard>
  );
};
