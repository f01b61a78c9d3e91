import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Box from '@material-ui/core/Box';
import { Table, TableColumn, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  privatelinkInventoryRefreshPermission,
  privatelinkStatusReadPermission,
} from '@privatelink-portal/plugin-privatelink-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import {
  InventoryRefreshStatus,
  privatelinkApiRef,
  UsageCollectionStatus,
} from '../../api';
import { privatelinkTranslationRef } from '../../translation';
import { formatUtcMinute } from '../format';
import { ReportCard } from '../ReportCard';
import { BreakAnywhere } from '../text';

const when = (iso?: string) => (iso ? formatUtcMinute(iso) : '');

/** Has the catalog read one account again now; for operators the policy lets. */
const RefreshButton = ({ accountId }: { accountId: string }) => {
  const api = useApi(privatelinkApiRef);
  const [state, refresh] = useAsyncFn(
    () => api.refreshAccountInventory(accountId),
    [api, accountId],
  );
  if (state.value)
    return (
      <Typography variant="caption">
        Refresh started: the account's entities change within a minute.
      </Typography>
    );
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        disabled={state.loading}
        onClick={refresh}
      >
        Refresh now
      </Button>
      {state.error && (
        <Typography variant="caption" display="block" color="error">
          {state.error.message}
        </Typography>
      )}
    </>
  );
};

const refreshColumn: TableColumn<InventoryRefreshStatus> = {
  title: 'Refresh',
  render: r => (r.accountId ? <RefreshButton accountId={r.accountId} /> : null),
};

const inventoryColumns: TableColumn<InventoryRefreshStatus>[] = [
  {
    title: 'Account',
    field: 'accountId',
    render: r => (
      <>
        {r.accountId}
        <Typography variant="caption" display="block">
          {r.source} · {r.regions.join(', ')}
        </Typography>
      </>
    ),
  },
  {
    title: 'Last success',
    field: 'lastSuccessAt',
    render: r => when(r.lastSuccessAt) || 'never',
  },
  {
    title: 'Last error',
    field: 'lastErrorAt',
    render: r =>
      r.lastError ? (
        <>
          {when(r.lastErrorAt)}
          <Typography variant="caption" display="block" color="error">
            {r.lastError}
          </Typography>
        </>
      ) : (
        'none'
      ),
  },
  {
    title: 'Last AWS change event',
    render: r =>
      r.lastChangeEvent ? (
        <>
          {when(r.lastChangeEvent.receivedAt)}
          <Typography variant="caption" display="block">
            {r.lastChangeEvent.eventName} · {r.lastChangeEvent.region}
          </Typography>
        </>
      ) : (
        'none'
      ),
  },
  { title: 'Entities', field: 'entities', type: 'numeric' },
  { title: 'Duration (ms)', field: 'durationMs', type: 'numeric' },
  {
    title: 'AWS calls (last attempt)',
    render: r => (
      <span
        title={r.apiCalls
          .map(c => `${c.region} ${c.api}: ${c.calls}`)
          .join('\n')}
      >
        {r.apiCalls.reduce((sum, c) => sum + c.calls, 0)}
      </span>
    ),
  },
  {
    title: 'Left out (denied)',
    render: r =>
      r.omitted.map(o => `${o.region}: ${o.api}`).join(', ') || 'nothing',
  },
  {
    title: 'Refused AWS data',
    render: r =>
      r.problemCount ? (
        <>
          {r.problemCount}
          {(r.problems ?? []).slice(0, 5).map(p => (
            <Typography
              key={`${p.region} ${p.resource} ${p.problem}`}
              variant="caption"
              display="block"
            >
              <BreakAnywhere>
                {p.region} {p.resource}: {p.problem}
              </BreakAnywhere>
            </Typography>
          ))}
        </>
      ) : (
        'none'
      ),
  },
];

const usageColumns: TableColumn<UsageCollectionStatus>[] = [
  { title: 'Account / region', render: r => `${r.accountId} ${r.region}` },
  {
    title: 'Collected at',
    field: 'collectedAt',
    render: r => when(r.collectedAt),
  },
  { title: 'Entities', field: 'entities', type: 'numeric' },
  { title: 'Days fetched', field: 'daysFetched', type: 'numeric' },
  { title: 'Metrics requested', field: 'metricsRequested', type: 'numeric' },
  {
    title: 'CloudWatch cost',
    render: r => `$${r.cloudWatchCostUsd.toFixed(4)}`,
  },
  { title: 'Error', field: 'error', render: r => r.error ?? 'none' },
];

/**
 * The operators' view: what each account's inventory refresh and each usage collection last did,
 * and which entities do not match the PrivateLink contract. For those the policy lets read it.
 */
export const StatusCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const api = useApi(privatelinkApiRef);
  const canRead = usePermission({
    permission: privatelinkStatusReadPermission,
  });
  const canRefresh = usePermission({
    permission: privatelinkInventoryRefreshPermission,
  });
  const { value, loading, error } = useAsync(
    async () => (canRead.allowed ? api.getStatus() : undefined),
    [api, canRead.allowed],
  );
  // Until the policy answers, and while it allows, the status is what the card waits for.
  const denied = !canRead.loading && !canRead.allowed;
  return (
    <ReportCard
      title={t('statusCard.title')}
      what={t('statusCard.what')}
      state={{
        loading:
          canRead.loading ||
          loading ||
          (canRead.allowed && value === undefined && !error),
        error,
        value: denied ? null : value,
      }}
      empty={v =>
        v === null
          ? 'Your permissions do not include privatelink.status.read.'
          : undefined
      }
    >
      {v =>
        v && (
          <>
            <Table<InventoryRefreshStatus>
              title={`Inventory refreshes (${v.inventory.length} accounts)`}
              options={{ paging: false, search: false, padding: 'dense' }}
              columns={
                canRefresh.allowed
                  ? [...inventoryColumns, refreshColumn]
                  : inventoryColumns
              }
              data={v.inventory}
              emptyContent={
                <Box p={2}>No account has reported a refresh yet.</Box>
              }
            />
            <Table<UsageCollectionStatus>
              title="Usage collections"
              options={{ paging: false, search: false, padding: 'dense' }}
              columns={usageColumns}
              data={v.usage}
              emptyContent={<Box p={2}>No usage collection has run yet.</Box>}
            />
            {v.invalidEntities.length > 0 && (
              <WarningPanel
                title={`${v.invalidEntities.length} entities do not match the PrivateLink contract`}
              >
                {v.invalidEntities
                  .map(i => `${i.entityRef}: ${i.error}`)
                  .join('; ')}
              </WarningPanel>
            )}
          </>
        )
      }
    </ReportCard>
  );
};
