import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { parseEntityRef } from '@backstage/catalog-model';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  AuditCampaignSummary,
  FleetFilter,
  FleetGroup,
  FleetRow,
  FleetSummary,
  privatelinkApiRef,
} from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { download } from '../download';
import { formatCount as count, formatUsd, formatUtcMinute } from '../format';
import { Report, ReportState } from '../ReportCard';
import { NoWrap } from '../text';
import { HealthStatusLabel } from '../healthStatus';
import { fleetCsv } from './fleetCsv';
import { FILTER_KEYS, FleetFilters } from './FleetFilters';
import { FleetConsolidation } from './FleetConsolidation';
import { FleetCostHistory } from './FleetCostHistory';
import { FleetTable } from './FleetTable';

const groupColumns = (
  title: string,
  link: boolean,
): TableColumn<FleetGroup>[] => [
  {
    title,
    field: 'key',
    render: g =>
      link && g.key.includes(':') ? (
        <NoWrap>
          <EntityRefLink entityRef={g.key} defaultKind="group" />
        </NoWrap>
      ) : (
        <NoWrap>{g.key}</NoWrap>
      ),
  },
  {
    title: 'Endpoints',
    field: 'endpoints',
    type: 'numeric',
    render: g => count(g.endpoints),
  },
  {
    title: 'Services',
    field: 'services',
    type: 'numeric',
    render: g => count(g.services),
  },
  {
    title: 'Cost / month',
    field: 'monthlyCostUsd',
    type: 'numeric',
    render: g => formatUsd(g.monthlyCostUsd),
  },
  { title: 'Idle', field: 'idle', type: 'numeric', render: g => count(g.idle) },
  {
    title: 'Idle, costing / month',
    field: 'idleMonthlyUsd',
    type: 'numeric',
    render: g => formatUsd(g.idleMonthlyUsd),
  },
  { title: 'Unhealthy', field: 'unhealthy', type: 'numeric' },
  { title: 'Degraded', field: 'degraded', type: 'numeric' },
  {
    title: 'Findings high / medium / low',
    field: 'findings.high',
    type: 'numeric',
    render: g =>
      `${g.findings.high} / ${g.findings.medium} / ${g.findings.low}`,
  },
];

const rowColumns: TableColumn<FleetRow>[] = [
  {
    title: 'Endpoint or service',
    field: 'title',
    render: r => <EntityRefLink entityRef={r.entityRef} title={r.title} />,
  },
  {
    title: 'Id',
    field: 'resourceId',
    render: r => <NoWrap>{r.resourceId}</NoWrap>,
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
  {
    title: 'Account / region',
    field: 'accountId',
    render: r => <NoWrap>{`${r.accountId} ${r.region}`}</NoWrap>,
  },
  { title: 'Type', field: 'type' },
];

const idleColumns: TableColumn<FleetRow>[] = [
  ...rowColumns,
  {
    title: 'Costs / month while idle',
    field: 'idleMonthlyUsd',
    type: 'numeric',
    render: r => formatUsd(r.idleMonthlyUsd),
  },
  {
    title: 'Wasted so far',
    field: 'wastedSoFarUsd',
    type: 'numeric',
    render: r => formatUsd(r.wastedSoFarUsd),
  },
];

const healthColumns: TableColumn<FleetRow>[] = [
  ...rowColumns,
  {
    title: 'Health',
    field: 'health',
    render: r => <HealthStatusLabel status={r.health} />,
  },
  {
    title: 'Why',
    field: 'healthReasons',
    render: r => r.healthReasons.join(' '),
  },
];

const auditColumns: TableColumn<AuditCampaignSummary>[] = [
  {
    title: 'Tenant',
    field: 'owner',
    render: c => <EntityRefLink entityRef={c.owner} defaultKind="group" />,
  },
  { title: 'Status', field: 'status' },
  {
    title: 'Decided',
    field: 'decided',
    type: 'numeric',
    render: c => `${c.decided} of ${c.items}`,
  },
  { title: 'Due', field: 'dueAt', render: c => c.dueAt.slice(0, 10) },
];

const FINDING_SUBJECTS = {
  endpoint: 'endpoints',
  service: 'provided services',
  vpc: 'VPCs',
} as const;

const Figure = ({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId: string;
}) => (
  <Box mr={4} mb={1}>
    <Typography variant="h4" data-testid={testId}>
      {value}
    </Typography>
    <Typography variant="caption" color="textSecondary">
      {label}
    </Typography>
  </Box>
);

/** The fleet's figures for the filters: totals, breakdowns, audits, top idle and unhealthy. */
const FleetFigures = ({
  fleet: value,
  filter,
  onFilter: setFilter,
  audits,
}: {
  fleet: FleetSummary;
  filter: FleetFilter;
  onFilter: (next: FleetFilter) => void;
  audits: ReportState<AuditCampaignSummary[]>;
}) => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const filtered = Object.keys(filter).length > 0;
  const { totals } = value;
  const exportCsv = async () =>
    download(
      `privatelink-fleet${filtered ? '-filtered' : ''}.csv`,
      fleetCsv(await api.getFleetRows(filter)),
    );
  return (
    <>
      <FleetFilters
        filter={filter}
        options={value.options}
        onChange={setFilter}
      />
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard
            title={t('fleet.title')}
            subheader={
              value.refreshedAt
                ? `As of ${formatUtcMinute(
                    value.refreshedAt,
                  )}, after the last posture evaluation`
                : 'No snapshot yet: it is written after the first posture evaluation.'
            }
            action={
              <Button variant="outlined" size="small" onClick={exportCsv}>
                Export fleet CSV
              </Button>
            }
          >
            <Box display="flex" flexWrap="wrap">
              <Figure
                testId="fleet-endpoints"
                label={
                  value.byType
                    .filter(byType => byType.type !== 'Service')
                    .map(byType => `${count(byType.count)} ${byType.type}`)
                    .join(' · ') || 'endpoints'
                }
                value={`${count(totals.endpoints)} endpoints`}
              />
              <Figure
                testId="fleet-services"
                label="provided by your accounts"
                value={`${count(totals.services)} services`}
              />
              <Figure
                testId="fleet-cost"
                label="a month, estimated"
                value={formatUsd(totals.monthlyCostUsd)}
              />
              <Figure
                testId="fleet-saving"
                label="a month saved against NAT"
                value={formatUsd(totals.natSavingUsd)}
              />
              <Figure
                testId="fleet-waste"
                label={`a month on ${count(totals.idle)} idle endpoints`}
                value={formatUsd(totals.idleMonthlyUsd)}
              />
              <Figure
                testId="fleet-health"
                label="unhealthy · degraded"
                value={`${totals.unhealthy} · ${totals.degraded}`}
              />
            </Box>
            <Typography variant="caption" color="textSecondary">
              States:{' '}
              {value.byState
                .map(s => `${count(s.count)} ${s.state}`)
                .join(' · ')}
            </Typography>
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={6}>
          <InfoCard title="Monthly cost by tenant">
            <ResponsiveContainer width="100%" height={240}>
              <BarChart
                data={value.byTenant.map(g => ({
                  name: g.key.includes(':')
                    ? parseEntityRef(g.key).name
                    : g.key,
                  cost: g.monthlyCostUsd,
                  waste: g.idleMonthlyUsd,
                }))}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis tickFormatter={v => formatUsd(Number(v))} width={90} />
                <Tooltip formatter={(v: unknown) => formatUsd(Number(v))} />
                <Legend />
                <Bar dataKey="cost" name="cost / month" fill="#1f77b4" />
                <Bar
                  dataKey="waste"
                  name="idle, costing / month"
                  fill="#d62728"
                />
              </BarChart>
            </ResponsiveContainer>
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={6}>
          <Table
            title="Findings by check"
            subtitle="Open findings of endpoints, provided services and VPCs (VPCs have no vendor or type: those filters leave them out)"
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={[
              { title: 'Check', field: 'checkId' },
              {
                title: 'Of',
                field: 'subject',
                render: f => FINDING_SUBJECTS[f.subject],
              },
              { title: 'Severity', field: 'severity' },
              { title: 'Findings', field: 'count', type: 'numeric' },
            ]}
            data={value.findingsByCheck}
          />
        </Grid>
        <Grid item xs={12}>
          <FleetCostHistory filter={filter} />
        </Grid>
        <Grid item xs={12}>
          <FleetConsolidation />
        </Grid>
        <Grid item xs={12}>
          <Table<FleetGroup>
            title="By tenant"
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={groupColumns('Tenant', true)}
            data={value.byTenant}
          />
        </Grid>
        <Grid item xs={12}>
          <Table<FleetGroup>
            title="By vendor"
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={groupColumns('Vendor', true)}
            data={value.byVendor}
          />
        </Grid>
        <Grid item xs={12}>
          <Table<FleetGroup>
            title="By account and region"
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={groupColumns('Account and region', false)}
            data={value.byAccountRegion}
          />
        </Grid>
        <Grid item xs={12}>
          <Table<AuditCampaignSummary>
            title={`Audit progress${
              audits.value?.[0] ? ` ${audits.value[0].quarter}` : ''
            }`}
            isLoading={audits.loading}
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={auditColumns}
            data={audits.value ?? []}
            emptyContent={
              <Box p={2}>
                <Typography variant="body2">
                  {audits.error
                    ? `Could not load the audit campaigns: ${audits.error.message}`
                    : 'No audit campaign yet.'}
                </Typography>
              </Box>
            }
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <Table<FleetRow>
            title={`Top idle endpoints (${value.topIdle.length})`}
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={idleColumns}
            data={value.topIdle}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <Table<FleetRow>
            title={`Unhealthy and degraded (${value.unhealthy.length})`}
            options={{ paging: false, search: false, padding: 'dense' }}
            columns={healthColumns}
            data={value.unhealthy}
          />
        </Grid>
        <Grid item xs={12}>
          <FleetTable filter={filter} />
        </Grid>
      </Grid>
      <Typography variant="caption" color="textSecondary">
        Costs are the endpoint cards' own estimates (hourly per AZ plus the last
        30 collected days of bytes); an idle endpoint costs its hourly charges a
        month (its Cost card's hourly part), and "wasted so far" is what its
        idle days have cost. Provided services cost their provider the load
        balancer, not PrivateLink charges.
      </Typography>
    </>
  );
};

/** Every endpoint and provided service of every tenant, as the backend aggregated them. */
export const FleetOverview = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => {
    const f: FleetFilter = {};
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) f[key] = value;
    }
    return f;
  }, [params]);
  const key = JSON.stringify(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { value, loading, error } = useAsync(
    () => api.getFleet(filter),
    [api, key],
  );
  // Audit progress of the newest quarter's campaigns (the backend lists newest first).
  const audits = useAsync(async () => {
    const campaigns = await api.listAuditCampaigns(filter.tenant);
    return campaigns.filter(c => c.quarter === campaigns[0]?.quarter);
  }, [api, filter.tenant]);
  const setFilter = (next: FleetFilter) =>
    setParams(
      Object.fromEntries(Object.entries(next).filter(([, v]) => !!v)) as Record<
        string,
        string
      >,
    );

  return (
    <Report what={t('fleet.what')} state={{ loading, error, value }}>
      {fleet => (
        <FleetFigures
          fleet={fleet}
          filter={filter}
          onFilter={setFilter}
          audits={audits}
        />
      )}
    </Report>
  );
};
