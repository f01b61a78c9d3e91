import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Tooltip from '@material-ui/core/Tooltip';
import { useEffect, useRef, useState } from 'react';
import Typography from '@material-ui/core/Typography';
import { Table, TableColumn, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  catalogApiRef,
  EntityRefLink,
  useEntity,
} from '@backstage/plugin-catalog-react';
import {
  ENDPOINT_ENTITY_TYPE,
  parseEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import useAsync from 'react-use/esm/useAsync';
import {
  InventoryRow,
  InventorySortKey,
  InventorySummary,
  privatelinkApiRef,
  ProvidedServiceRow,
} from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { formatBytes, formatUsd, formatUtcMinute } from '../format';
import { Report } from '../ReportCard';
import { BreakAnywhere, NoWrap } from '../text';
import { HealthStatusLabel } from '../healthStatus';
import { download } from '../download';
import { toCsv } from './inventoryRows';

/** An account and its region, one above the other, for either table. */
function accountRegionColumn<
  T extends { accountId: string; region: string },
>(): TableColumn<T> {
  return {
    title: 'Account / region',
    field: 'accountId',
    render: r => (
      <>
        <NoWrap>{r.accountId}</NoWrap>
        <Typography variant="caption" display="block">
          <NoWrap>{r.region}</NoWrap>
        </Typography>
      </>
    ),
  };
}

/** Open findings by severity, with their check ids on hover: for endpoints and services alike. */
const findingsText = (f: InventoryRow['findings']) =>
  f.checkIds.length === 0 ? (
    'none'
  ) : (
    <span title={f.checkIds.join('\n')}>
      {(['high', 'medium', 'low'] as const)
        .filter(s => f[s] > 0)
        .map(s => `${f[s]} ${s}`)
        .join(' · ')}
    </span>
  );

const ownerColumn: TableColumn<InventoryRow> = {
  title: 'Team',
  field: 'ownerRef',
  render: r =>
    r.ownerRef ? (
      <EntityRefLink entityRef={r.ownerRef} defaultKind="group" />
    ) : (
      ''
    ),
};

const columns: TableColumn<InventoryRow>[] = [
  {
    title: 'Endpoint',
    field: 'title',
    highlight: true,
    render: r => (
      <>
        <EntityRefLink entityRef={r.entityRef} title={r.title} />
        <Typography variant="caption" display="block">
          <NoWrap>{r.endpointId}</NoWrap>
        </Typography>
        <Typography variant="caption" display="block">
          <NoWrap>{r.vpcId}</NoWrap>
        </Typography>
      </>
    ),
  },
  {
    title: 'Type / state',
    field: 'endpointType',
    render: r => (
      <>
        {r.endpointType === 'GatewayLoadBalancer' ? 'GWLB' : r.endpointType}
        <Typography variant="caption" display="block">
          <NoWrap>{r.state}</NoWrap>
        </Typography>
      </>
    ),
  },
  {
    title: 'Service / vendor',
    field: 'serviceLabel',
    // The short name the backend gives (s3, kms, vpce-svc-0123...); the full name is in the CSV.
    render: r => (
      <>
        <BreakAnywhere title={r.serviceName}>{r.serviceLabel}</BreakAnywhere>
        <Typography variant="caption" display="block">
          {r.vendorRef ? <EntityRefLink entityRef={r.vendorRef} /> : 'internal'}
        </Typography>
      </>
    ),
  },
  accountRegionColumn(),
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
    render: r =>
      r.bytesProcessed30d === undefined
        ? 'n/a'
        : formatBytes(r.bytesProcessed30d),
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
    render: r => findingsText(r.findings),
  },
  {
    title: 'Health',
    field: 'health',
    render: r => (
      <NoWrap title={r.healthReasons.join(' ')}>
        <HealthStatusLabel status={r.health} />
        {r.idle?.idle && (
          <Typography variant="caption" display="block" color="error">
            idle: {formatUsd(r.idle.monthlyUsd)} a month
          </Typography>
        )}
      </NoWrap>
    ),
  },
];

const acceptanceText = (required?: boolean) => {
  if (required === undefined) return '';
  return required ? 'acceptance required' : 'no acceptance';
};

const serviceOwnerColumn: TableColumn<ProvidedServiceRow> = {
  title: 'Team',
  field: 'ownerRef',
  render: s =>
    s.ownerRef ? (
      <EntityRefLink entityRef={s.ownerRef} defaultKind="group" />
    ) : (
      ''
    ),
};

const serviceColumns: TableColumn<ProvidedServiceRow>[] = [
  {
    title: 'Service',
    field: 'title',
    render: s => (
      <>
        <EntityRefLink entityRef={s.entityRef} title={s.title} />
        <Typography variant="caption" display="block">
          <BreakAnywhere>{s.serviceName}</BreakAnywhere>
        </Typography>
      </>
    ),
  },
  accountRegionColumn(),
  {
    title: 'State / acceptance',
    field: 'state',
    render: s => (
      <>
        {s.state}
        <Typography variant="caption" display="block">
          <NoWrap>{acceptanceText(s.acceptanceRequired)}</NoWrap>
        </Typography>
      </>
    ),
  },
  {
    title: 'Consumers',
    field: 'consumers.total',
    type: 'numeric',
    render: s =>
      s.consumers ? (
        <span
          title={`${s.consumers.accepted} available; ${s.consumers.outsideInventory} from accounts outside the inventory`}
        >
          {s.consumers.total}
          {s.consumers.outsideInventory > 0
            ? ` (${s.consumers.outsideInventory} outside)`
            : ''}
        </span>
      ) : (
        'unknown'
      ),
  },
  {
    title: 'Health',
    field: 'health',
    render: s => (
      <span title={s.healthReasons.join(' ')}>
        <HealthStatusLabel status={s.health} />
        {s.health !== 'healthy' && (
          <Typography variant="caption" display="block">
            {s.healthReasons.join(' ')}
          </Typography>
        )}
      </span>
    ),
  },
  {
    title: 'Findings',
    field: 'findings.high',
    render: s => findingsText(s.findings),
  },
];

/** What the rows the search selects add up to, as the backend summed them. */
export function totalLine(totals: InventorySummary['totals']): string {
  return `Total: ${formatUsd(totals.monthlyCostUsd)} a month, ${formatBytes(
    totals.bytesProcessed30d,
  )} in 30 days${
    totals.idle
      ? `, ${totals.idle} idle costing ${formatUsd(
          totals.idleMonthlyUsd,
        )} a month`
      : ''
  }`;
}

/** The endpoints the catalog lists for a tenant, when the figures cannot be had. */
const CatalogOnlyInventory = ({
  entities,
  error,
}: {
  entities: Entity[];
  error: Error;
}) => {
  const rows = entities.map(e => {
    const parsed = parseEndpointDetails(e);
    return { entity: e, endpoint: parsed.success ? parsed.data : undefined };
  });
  return (
    <>
      <WarningPanel
        title="Usage, cost, health and findings are unavailable: the PrivateLink backend did not answer"
        message={error.message}
      />
      <Table
        title={`VPC endpoint inventory (${rows.length}, from the catalog)`}
        options={{ paging: rows.length > 20, pageSize: 20, padding: 'dense' }}
        columns={[
          {
            title: 'Endpoint',
            field: 'entity.metadata.name',
            render: r => (
              <EntityRefLink
                entityRef={r.entity}
                title={r.entity.metadata.title}
              />
            ),
          },
          { title: 'Type', field: 'endpoint.endpointType' },
          { title: 'State', field: 'endpoint.state' },
          { title: 'Service', field: 'endpoint.serviceName' },
          { title: 'Account', field: 'endpoint.accountId' },
          { title: 'Region', field: 'endpoint.region' },
        ]}
        data={rows}
      />
    </>
  );
};

/** Rows a page of the inventory shows; the first page comes with the card's first answer. */
const PAGE_SIZE = 20;

/**
 * The tenant's endpoints, searched, sorted and paged by the backend (its kept rows), with the
 * count and total of the rows the search selects and a CSV of them; and the services it provides.
 */
const InventoryTables = ({
  entity,
  inventory,
  includeChildren,
  onIncludeChildren,
}: {
  entity: Entity;
  /** The first page, unsearched, in the backend's order. */
  inventory: InventorySummary;
  includeChildren: boolean;
  onIncludeChildren: (include: boolean) => void;
}) => {
  const api = useApi(privatelinkApiRef);
  const ownerRef = stringifyEntityRef(entity);
  const tableRef = useRef<any>();
  const [filter, setFilter] = useState('');
  const searched = useRef('');
  // The rows the search selects: their count and total, as the last page's answer gave them.
  const [shown, setShown] = useState(inventory);
  const firstAnswer = useRef<InventorySummary | undefined>(inventory);
  // Typing asks for the first page of the new search, once the typing pauses.
  useEffect(() => {
    const q = filter.trim();
    if (q === searched.current) return undefined;
    const timer = setTimeout(() => {
      searched.current = q;
      tableRef.current?.onQueryChange?.({ page: 0 });
    }, 300);
    return () => clearTimeout(timer);
  }, [filter]);
  const all = inventory.total;
  const invalid = inventory.invalid ?? [];
  const services = inventory.services ?? [];
  const exportRows = async () => {
    const q = searched.current;
    const rows = (
      await api.getInventory(ownerRef, includeChildren, q ? { q } : {})
    ).endpoints;
    download(`${entity.metadata.name}-vpc-endpoints.csv`, toCsv(rows));
  };
  return (
    <>
      {invalid.length > 0 && (
        <WarningPanel
          title={`${invalid.length} endpoint${
            invalid.length === 1 ? '' : 's'
          } left out: the entity does not match the PrivateLink contract`}
        >
          {invalid.map(i => `${i.entityRef}: ${i.error}`).join('; ')}
        </WarningPanel>
      )}
      {/* Above the table, not in its toolbar: they wrap on a narrow window instead of leaving the card. */}
      <Box
        display="flex"
        flexWrap="wrap"
        justifyContent="flex-end"
        alignItems="center"
        mb={1}
      >
        <Box flexGrow={1} mr={2}>
          <TextField
            size="small"
            placeholder="Filter"
            inputProps={{
              'aria-label':
                'Filter the inventory by name, endpoint id, VPC id, service, vendor, health, "idle" or finding',
            }}
            value={filter}
            onChange={e => setFilter(e.target.value)}
          />
        </Box>
        <Tooltip
          title={
            includeChildren
              ? `With ${inventory.includedGroups?.length ?? 0} child teams`
              : "Add the endpoints of this team's child teams"
          }
        >
          <FormControlLabel
            control={
              <Switch
                size="small"
                checked={includeChildren}
                onChange={() => onIncludeChildren(!includeChildren)}
              />
            }
            label="Include child teams"
          />
        </Tooltip>
        <Button variant="outlined" size="small" onClick={exportRows}>
          {shown.total === all
            ? 'Export CSV'
            : `Export ${shown.total} row${shown.total === 1 ? '' : 's'} as CSV`}
        </Button>
      </Box>
      <Table<InventoryRow>
        tableRef={tableRef}
        title={`VPC endpoint inventory (${
          shown.total === all ? all : `${shown.total} of ${all}`
        })`}
        subtitle={`${totalLine(shown.totals)}${
          inventory.rowsAsOf
            ? ` · figures as of ${formatUtcMinute(inventory.rowsAsOf)}`
            : ''
        }`}
        options={{
          paging: all > PAGE_SIZE,
          pageSize: PAGE_SIZE,
          padding: 'dense',
          search: false,
          emptyRowsWhenPaging: false,
        }}
        columns={includeChildren ? [ownerColumn, ...columns] : columns}
        data={async query => {
          const sort = query.orderBy?.field as InventorySortKey | undefined;
          const q = searched.current;
          // The card's first answer is the table's first page: no second request on mount.
          const first = firstAnswer.current;
          firstAnswer.current = undefined;
          const answer =
            first && !q && !sort && query.page === 0
              ? first
              : await api.getInventory(ownerRef, includeChildren, {
                  ...(q ? { q } : {}),
                  ...(sort
                    ? { sort, order: query.orderDirection || 'asc' }
                    : {}),
                  offset: query.page * query.pageSize,
                  limit: query.pageSize,
                });
          setShown(answer);
          return {
            data: answer.endpoints,
            page: query.page,
            totalCount: answer.total,
          };
        }}
        localization={{
          body: {
            emptyDataSourceMessage:
              all === 0
                ? `${
                    entity.metadata.title ?? entity.metadata.name
                  } owns no VPC endpoint.`
                : `No endpoint matches "${searched.current}".`,
          },
        }}
      />
      {services.length > 0 && (
        <Box mt={2}>
          <Table<ProvidedServiceRow>
            title={`Endpoint services ${
              entity.metadata.title ?? entity.metadata.name
            } provides (${services.length})`}
            subtitle={
              services.some(
                s => s.health !== 'healthy' && s.health !== 'unknown',
              )
                ? `${
                    services.filter(
                      s => s.health === 'unhealthy' || s.health === 'degraded',
                    ).length
                  } not healthy`
                : 'Its consumers connect to these from their own VPCs'
            }
            options={{
              paging: services.length > 20,
              pageSize: 20,
              padding: 'dense',
              search: false,
            }}
            columns={
              includeChildren
                ? [serviceOwnerColumn, ...serviceColumns]
                : serviceColumns
            }
            data={services}
          />
        </Box>
      )}
    </>
  );
};

/** Every VPC endpoint a tenant group owns, for its members and its auditors. */
export const InventoryCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const { entity } = useEntity();
  const privatelinkApi = useApi(privatelinkApiRef);
  const ownerRef = stringifyEntityRef(entity);
  const catalogApi = useApi(catalogApiRef);
  const [includeChildren, setIncludeChildren] = useState(false);
  const { value, loading, error } = useAsync(
    () =>
      privatelinkApi.getInventory(ownerRef, includeChildren, {
        limit: PAGE_SIZE,
      }),
    [privatelinkApi, ownerRef, includeChildren],
  );
  // When the privatelink backend fails, the catalog still knows the endpoints: list those.
  const fallback = useAsync(async () => {
    if (!error) return undefined;
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'Resource',
        'spec.type': ENDPOINT_ENTITY_TYPE,
        'relations.ownedBy': ownerRef,
      },
    });
    return items;
  }, [catalogApi, ownerRef, error]);

  // Without the backend, the catalog's list; otherwise the backend's inventory, in the frame.
  if (error && fallback.value)
    return <CatalogOnlyInventory entities={fallback.value} error={error} />;
  return (
    <Report
      what={t('inventoryCard.what')}
      state={{ loading: loading || fallback.loading, error, value }}
    >
      {inventory => (
        <InventoryTables
          // The answer with child teams starts the table again, from its first page.
          key={inventory.includedGroups ? 'with-child-teams' : 'own'}
          entity={entity}
          inventory={inventory}
          includeChildren={includeChildren}
          onIncludeChildren={setIncludeChildren}
        />
      )}
    </Report>
  );
};
