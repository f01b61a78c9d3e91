import { WarningPanel } from '@backstage/core-components';
import { formatUtcMinute as when } from './format';
import { useEntitySummary } from './useEntitySummary';

/**
 * A warning when the account this entity comes from no longer refreshes (revoked credentials,
 * throttling): the entity is kept as last seen, and says since when. Nothing otherwise, nor when
 * the backend cannot tell.
 */
export const FreshnessWarning = () => {
  // The page's summary carries the freshness: no request of its own.
  const { freshness: value } = useEntitySummary('findings');
  if (!value?.stale) return null;
  return (
    <WarningPanel
      severity="warning"
      title={`Account ${value.accountId} does not refresh: this may be out of date`}
    >
      The last refresh that worked was{' '}
      {value.lastSuccessAt
        ? `at ${when(value.lastSuccessAt)}`
        : 'before this portal kept a record'}
      ; every attempt since{' '}
      {value.failingSince ? when(value.failingSince) : 'then'} failed. The
      entity is kept as it was last seen; the operators' status on the
      PrivateLink page says why.
    </WarningPanel>
  );
};
