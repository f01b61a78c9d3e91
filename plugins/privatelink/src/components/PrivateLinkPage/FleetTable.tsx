import { useEffect, useRef, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  FleetFilter,
  FleetRow,
  FleetSortKey,
  privatelinkApiRef,
} from '../../api';
import { download } from '../download';
import {
  formatBytes,
  formatCount,
  formatUsd,
  formatUtcMinute,
} from '../format';
import { AwsConsoleLinks } from '../AwsConsoleLinks';
import { HealthStatusLabel } from '../healthStatus';
import { NoWrap } from '../text';
import { fleetCsv } from './fleetCsv';

const findingsText = ({ high, medium, low }: FleetRow['findings']) =>
  [
    high ? `${high} high` : '',
    medium ? `${medium} medium` : '',
    low ? `${low} low` : '',
  ]
    .filter(Boolean)
    .join(', ') || 'none';

/**
 * The table's columns, each `field` the backend's sort key: the ones a user opens the table for
 * (cost, idle, health, findings) fit at 1,024 px; the rest is in the row's details.
 */
const columns: TableColumn<FleetRow>[] = [
  {
    title: 'Endpoint / service',
    field: 'title',
    render: r => (
      <>
        <EntityRefLink entityRef={r.entityRef} title={r.title} />
        <Typography variant="caption" display="block">
          <NoWrap>{r.resourceId}</NoWrap>
          {r.vpcId ? (
            <>
              {' '}
              in <NoWrap>{r.vpcId}</NoWrap>
            </>
          ) : null}
        </Typography>
      </>
    ),
  },
  {
    title: 'Tenant',
    field: 'tenant',
    render: r =>
      r.ownerRef ? (
        <EntityRefLink entityRef={r.ownerRef} defaultKind="group" />
      ) : (
        'none'
      ),
  },
  {
    title: 'Service / vendor',
    field: 'service',
    render: r => (
      <>
        {r.serviceLabel}
        <Typography variant="caption" display="block">
          {r.vendorRef ? (
            <EntityRefLink entityRef={r.vendorRef} defaultKind="group" />
          ) : (
            'internal'
          )}
        </Typography>
      </>
    ),
  },
  {
    title: 'Cost / month',
    field: 'cost',
    type: 'numeric',
    render: r => <NoWrap>{formatUsd(r.monthlyCostUsd)}</NoWrap>,
  },
  {
    title: 'Idle / month',
    field: 'idle',
    type: 'numeric',
    render: r =>
      r.idle ? <NoWrap>{formatUsd(r.idleMonthlyUsd)}</NoWrap> : 'in use',
  },
  {
    title: 'Health',
    field: 'health',
    render: r => (
      <NoWrap title={r.healthReasons.join(' ')}>
        <HealthStatusLabel status={r.health} />
      </NoWrap>
    ),
  },
  {
    title: 'Findings',
    field: 'findings',
    render: r => findingsText(r.findings),
  },
];

/** What a row's details add: where it is, what it is, and the figures behind its columns. */
const RowDetails = ({ row }: { row: FleetRow }) => (
  <Box px={6} py={1}>
    {[
      ['Account / region', `${row.accountId} ${row.region}`],
      ['Type / state', `${row.type}, ${row.state}`],
      [
        'Bytes in 30 days',
        row.bytesProcessed30d === undefined
          ? 'not published (gateway endpoints publish no metrics)'
          : formatBytes(row.bytesProcessed30d),
      ],
      [
        'Against NAT',
        row.natSavingUsd === undefined
          ? 'not applicable'
          : `${formatUsd(row.natSavingUsd)} a month saved`,
      ],
      [
        'Idle days so far',
        row.idle ? `${formatUsd(row.wastedSoFarUsd)} wasted` : 'in use',
      ],
      ['Health', row.healthReasons.join(' ') || row.health],
    ].map(([label, value]) => (
      <Typography key={label} variant="body2">
        <strong>{label}:</strong> {value}
      </Typography>
    ))}
    <Typography variant="body2" component="div">
      <strong>AWS console:</strong>{' '}
      <AwsConsoleLinks
        accountId={row.accountId}
        region={row.region}
        resources={[
          {
            kind: row.kind === 'service' ? 'endpoint-service' : 'endpoint',
            id: row.resourceId,
          },
          ...(row.vpcId ? [{ kind: 'vpc' as const, id: row.vpcId }] : []),
        ]}
      />
    </Typography>
  </Box>
);

/**
 * Every endpoint and provided service the page's filters select, searched, sorted and paged by the
 * backend (the fleet snapshot in the database), with a CSV of the rows the search selects.
 */
export const FleetTable = ({ filter }: { filter: FleetFilter }) => {
  const api = useApi(privatelinkApiRef);
  const tableRef = useRef<any>();
  const [search, setSearch] = useState('');
  const [answer, setAnswer] = useState<{
    total: number;
    refreshedAt?: string;
  }>();
  const key = JSON.stringify(filter);
  // A change of the page's filters asks for the first page again (the table asks on mount).
  const shownKey = useRef(key);
  useEffect(() => {
    if (shownKey.current === key) return;
    shownKey.current = key;
    tableRef.current?.onQueryChange?.({ page: 0 });
  }, [key]);
  const exportRows = async () =>
    download(
      'privatelink-fleet-rows.csv',
      fleetCsv((await api.getFleetTable(filter, { q: search })).rows),
    );
  return (
    <>
      {/* Above the table, not in its toolbar: at 1,024 px the toolbar has room for the title and the search only. */}
      <Box display="flex" justifyContent="flex-end" mb={1}>
        <Button variant="outlined" size="small" onClick={exportRows}>
          Export these rows
        </Button>
      </Box>
      <Table<FleetRow>
        tableRef={tableRef}
        title={`Every endpoint and service${
          answer ? ` (${formatCount(answer.total)})` : ''
        }`}
        subtitle={
          answer?.refreshedAt
            ? `As of ${formatUtcMinute(
                answer.refreshedAt,
              )}: the last posture evaluation's snapshot`
            : undefined
        }
        options={{
          search: true,
          searchFieldAlignment: 'left',
          debounceInterval: 300,
          paging: true,
          pageSize: 20,
          pageSizeOptions: [20, 50, 100],
          padding: 'dense',
          emptyRowsWhenPaging: false,
        }}
        localization={{
          toolbar: {
            searchPlaceholder: 'VPC id, endpoint id, tenant, vendor, "idle"...',
            searchAriaLabel: 'Search the fleet',
          },
        }}
        onSearchChange={setSearch}
        columns={columns}
        detailPanel={({ rowData }) => <RowDetails row={rowData} />}
        data={async query => {
          const page = await api.getFleetTable(filter, {
            q: query.search,
            sort: query.orderBy?.field as FleetSortKey | undefined,
            order: query.orderDirection || undefined,
            offset: query.page * query.pageSize,
            limit: query.pageSize,
          });
          setAnswer({ total: page.total, refreshedAt: page.refreshedAt });
          return { data: page.rows, page: query.page, totalCount: page.total };
        }}
      />
    </>
  );
};
