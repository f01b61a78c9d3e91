import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  ErrorPanel,
  Progress,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';
import { InventoryRow, privatelinkApiRef } from '../../api';
import { formatBytes, formatUsd } from '../format';
import { download } from '../download';
import { toCsv } from './inventoryRows';

/** Findings as one sortable number: any high outweighs every medium, any medium every low. */
const findingsScore = (r: InventoryRow) => r.findings.high * 10_000 + r.findings.medium * 100 + r.findings.low;

const columns: TableColumn<InventoryRow>[] = [
  {
    title: 'Endpoint',
    field: 'title',
    highlight: true,
    render: r => (
      <>
        <EntityRefLink entityRef={r.entityRef} title={r.title} />
        <Typography variant="caption" display="block">
          {r.endpointId}
        </Typography>
      </>
    ),
  },
  { title: 'Type', field: 'endpointType' },
  { title: 'State', field: 'state' },
  {
    title: 'Service',
    field: 'serviceLabel',
    // The short name the backend gives (s3, kms, vpce-svc-0123...); the full name is in the CSV.
    render: r => <span title={r.serviceName}>{r.serviceLabel}</span>,
  },
  {
    title: 'Vendor',
    field: 'vendorRef',
    render: r => (r.vendorRef ? <EntityRefLink entityRef={r.vendorRef} /> : 'internal'),
  },
  {
    title: 'Account / region',
    field: 'accountId',
    render: r => `${r.accountId} ${r.region}`,
  },
  {
    title: 'AZs',
    field: 'availabilityZones',
    type: 'numeric',
    render: r => r.availabilityZones ?? 'n/a',
  },
  {
    title: 'Bytes (30 d)',
    field: 'bytesProcessed30d',
    type: 'numeric',
    render: r => (r.bytesProcessed30d === undefined ? 'n/a' : formatBytes(r.bytesProcessed30d)),
  },
  {
    title: 'Cost / month',
    field: 'monthlyCostUsd',
    type: 'numeric',
    render: r => formatUsd(r.monthlyCostUsd),
  },
  {
    title: 'Findings',
    field: 'findings',
    customSort: (a, b) => findingsScore(a) - findingsScore(b),
    customFilterAndSearch: (term, r) => r.findings.checkIds.join(' ').includes(term),
    render: r =>
      r.findings.checkIds.length === 0 ? (
        'none'
      ) : (
        <span title={r.findings.checkIds.join('\n')}>
          {(['high', 'medium', 'low'] as const)
            .filter(s => r.findings[s] > 0)
            .map(s => `${r.findings[s]} ${s}`)
            .join(' · ')}
        </span>
      ),
  },
  {
    title: 'Health',
    field: 'health',
    render: r => (
      <span title={r.healthReasons.join(' ')}>{`${r.health}${r.idle?.idle ? ' (idle)' : ''}`}</span>
    ),
  },
];

/** Every VPC endpoint a tenant group owns, for its members and its auditors. */
export const InventoryCard = () => {
  const { entity } = useEntity();
  const privatelinkApi = useApi(privatelinkApiRef);
  const ownerRef = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => privatelinkApi.getInventory(ownerRef),
    [privatelinkApi, ownerRef],
  );

  if (loading) return <Progress />;
  if (error) return <ErrorPanel title="Could not load the endpoint inventory" error={error} />;
  const rows = value?.endpoints ?? [];
  const invalid = value?.invalid ?? [];
  return (
    <>
      {invalid.length > 0 && (
        <WarningPanel
          title={`${invalid.length} endpoint${invalid.length === 1 ? '' : 's'} left out: the entity does not match the PrivateLink contract`}
        >
          {invalid.map(i => `${i.entityRef}: ${i.error}`).join('; ')}
        </WarningPanel>
      )}
    <Table<InventoryRow>
      title={`VPC endpoint inventory (${rows.length})`}
      options={{ paging: rows.length > 20, pageSize: 20, padding: 'dense' }}
      columns={columns}
      data={rows}
      actions={[
        {
          icon: () => (
            <Button variant="outlined" size="small" component="span">
              Export CSV
            </Button>
          ),
          tooltip: 'Download this inventory as CSV',
          isFreeAction: true,
          onClick: () =>
            download(`${entity.metadata.name}-vpc-endpoints.csv`, toCsv(rows)),
        },
      ]}
      emptyContent={
        <div style={{ padding: 16 }}>
          {entity.metadata.title ?? entity.metadata.name} owns no VPC endpoint.
        </div>
      }
    />
    </>
  );
};
