import { ReactNode } from 'react';
import Alert from '@material-ui/lab/Alert';
import { ErrorPanel, InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { InventoryFreshness } from '../api';
import { privatelinkTranslationRef } from '../translation';
import { formatUtcMinute } from './format';

/** A report as a hook gives it: loading, failed, or its value. */
export interface ReportState<T> {
  loading: boolean;
  error?: Error;
  value?: T;
}

export interface ReportProps<T> {
  state: ReportState<T>;
  /** What is loaded, for "Could not load ..." ("cost", "the audit"). */
  what: string;
  /** Why there is nothing to show, when that is so: said instead of the content. */
  empty?: (value: T) => ReactNode | undefined;
  children: (value: T) => ReactNode;
}

/**
 * The one place a report's states are drawn: a progress bar until the first answer (a reload keeps
 * the answer shown), the backend's error, the empty state's reason, or the content.
 */
export function Report<T>({ state, what, empty, children }: ReportProps<T>) {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  if (state.loading && state.value === undefined) return <Progress />;
  if (state.error || state.value === undefined) {
    return (
      <ErrorPanel
        title={t('frame.loadFailed', { what })}
        error={state.error ?? new Error(t('frame.noAnswer'))}
      />
    );
  }
  const reason = empty?.(state.value);
  if (reason) return <Alert severity="info">{reason}</Alert>;
  return <>{children(state.value)}</>;
}

/** The line a card carries when the account its entity comes from no longer refreshes. */
export function StaleLine({ freshness }: { freshness?: InventoryFreshness }) {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  if (!freshness?.stale) return null;
  const { accountId } = freshness;
  return (
    <Alert severity="warning" data-testid="stale">
      {freshness.lastSuccessAt
        ? t('frame.stale', {
            accountId,
            since: formatUtcMinute(freshness.lastSuccessAt),
          })
        : t('frame.staleNoRecord', { accountId })}
    </Alert>
  );
}

/**
 * The entity cards' frame: an InfoCard whose body is a `Report`, with the stale line above the
 * content when the entity's account no longer refreshes. The title may depend on the answer.
 */
export function ReportCard<T>(
  props: ReportProps<T> & {
    title: string;
    titleOf?: (value: T) => string;
    subheaderOf?: (value: T) => ReactNode;
    action?: ReactNode;
    freshness?: InventoryFreshness;
  },
) {
  const { state, title, titleOf, subheaderOf, action, freshness } = props;
  const value = state.error ? undefined : state.value;
  return (
    <InfoCard
      title={value !== undefined && titleOf ? titleOf(value) : title}
      subheader={
        value !== undefined && subheaderOf ? subheaderOf(value) : undefined
      }
      action={action}
    >
      <StaleLine freshness={freshness} />
      <Report state={state} what={props.what} empty={props.empty}>
        {props.children}
      </Report>
    </InfoCard>
  );
}
