import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { HealthStatus } from '../api';

/** Backstage's status icon for each health status the backend reports. */
export const HEALTH_ICON: Record<HealthStatus, JSX.Element> = {
  healthy: <StatusOK />,
  degraded: <StatusWarning />,
  unhealthy: <StatusError />,
  unknown: <StatusPending />,
};

/** A health status as an icon and its word. */
export const HealthStatusLabel = ({ status }: { status: HealthStatus }) => (
  <>
    {HEALTH_ICON[status]}
    {status}
  </>
);
