/** What an alert is about: the health of an endpoint or provided service, or an idle endpoint. @public */
export type AlertKind = 'health' | 'idle';

/**
 * One incident: opened when an entity turns degraded or unhealthy (or idle), resolved when it is
 * healthy again (or in use, or gone). Its owners are notified once when it opens and once when it
 * recovers, whatever the number of collections in between. @public
 */
export interface AlertIncident {
  id: number;
  entityRef: string;
  kind: AlertKind;
  /** The worst status seen while open: `degraded`, `unhealthy`, or `idle`. */
  status: string;
  /** The reasons as last evaluated while open. */
  reasons: string[];
  /** Who the notices go to: the owner first, then whom the incident escalates to. */
  recipients: string[];
  openedAt: string;
  resolvedAt?: string;
  /** `recovered`, or `gone` when the entity left the inventory. */
  resolution?: 'recovered' | 'gone';
  /** When the notice of the incident was sent. */
  alertedAt?: string;
  /** When the notice of the recovery was sent. */
  recoveryAlertedAt?: string;
}

/** The incidents of one entity, newest first. @public */
export interface AlertsReport {
  entityRef: string;
  /** Whether the portal sends alerts at all (`privatelink.alerts.enabled`). */
  enabled: boolean;
  incidents: AlertIncident[];
}

/** The scaffolder page of the retire template, with the endpoint filled in. @public */
export function retireEndpointLink(entityRef: string): string {
  return `/create/templates/default/retire-vpc-endpoint?formData=${encodeURIComponent(
    JSON.stringify({ endpoint: entityRef }),
  )}`;
}
