import type { components } from './schema/openapi/generated/types';
/** What an alert is about: the health of an endpoint or provided service, or an idle endpoint. @public */
export type AlertKind = components['schemas']['AlertKind'];

/**
 * One incident: opened when an entity turns degraded or unhealthy (or idle), resolved when it is
 * healthy again (or in use, or gone). Its owners are notified once when it opens and once when it
 * recovers, whatever the number of collections in between. @public
 */
export type AlertIncident = components['schemas']['AlertIncident'];

/** The incidents of one entity, newest first. @public */
export type AlertsReport = components['schemas']['AlertsReport'];

/** The scaffolder page of the retire template, with the endpoint filled in. @public */
export function retireEndpointLink(entityRef: string): string {
  return `/create/templates/default/retire-vpc-endpoint?formData=${encodeURIComponent(
    JSON.stringify({ endpoint: entityRef }),
  )}`;
}
