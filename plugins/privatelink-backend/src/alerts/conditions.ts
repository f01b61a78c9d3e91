import { parseEntityRef } from '@backstage/catalog-model';
import {
  AlertKind,
  FleetRow,
  PrivateLinkEntity,
  retireEndpointLink,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import { ownerOf } from '../entities';
import type { AlertSettings } from '../settings';
import { anyoneHearsIdle } from './routing';

/** What the notices of an incident say, fixed when it opens. */
export interface AlertPayload {
  title: string;
  description: string;
  link: string;
}

/** A condition that holds now and should have an open incident. */
export interface AlertCondition {
  /** `<kind> <entityRef>`: at most one open incident per key. */
  key: string;
  entityRef: string;
  kind: AlertKind;
  status: string;
  reasons: string[];
  recipients: string[];
  payload: AlertPayload;
}

export interface AlertEvaluation {
  active: AlertCondition[];
  /** Keys whose condition is known not to hold (healthy, in use): their incidents recover. */
  clear: Set<string>;
  /** Every entity evaluated: an open incident of any other entity is resolved as gone. */
  present: Set<string>;
}

const RANK: Record<string, number> = { degraded: 1, unhealthy: 2 };

const SEVERITY: Record<string, NotificationPayload['severity']> = {
  unhealthy: 'critical',
  degraded: 'high',
};

export const alertKey = (kind: AlertKind, entityRef: string) =>
  `${kind} ${entityRef}`;

export function entityPageLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}`;
}

const usd = (value: number) =>
  value.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
  });

/**
 * Which incidents should be open, from the fleet snapshot (health and idle verdicts as the cards
 * show them) and the inventory it was made from (who provides which service, which vendor an
 * endpoint reaches). An entity whose health is unknown is neither alerting nor clear: no data is
 * not a recovery.
 */
export function evaluateAlerts(
  rows: FleetRow[],
  items: PrivateLinkEntity[],
  settings: AlertSettings,
  vendorLinks: Map<string, Array<{ title?: string; url: string }>> = new Map(),
): AlertEvaluation {
  const providerOwners = new Map<string, string>();
  const endpoints = new Map<
    string,
    Extract<PrivateLinkEntity, { kind: 'endpoint' }>
  >();
  for (const item of items) {
    if (item.kind === 'service' && item.service.provider) {
      const owner = ownerOf(item);
      if (owner) providerOwners.set(item.service.serviceName, owner);
    }
    if (item.kind === 'endpoint') endpoints.set(item.entityRef, item);
  }
  const evaluation: AlertEvaluation = {
    active: [],
    clear: new Set(),
    present: new Set(),
  };
  for (const row of rows) {
    evaluation.present.add(row.entityRef);
    const owner = row.ownerRef ? [row.ownerRef] : [];
    const healthKey = alertKey('health', row.entityRef);
    if ((RANK[row.health] ?? 0) >= RANK[settings.minimumStatus]) {
      const escalation: string[] = [];
      const notes: string[] = [];
      const endpoint = endpoints.get(row.entityRef)?.endpoint;
      if (settings.escalate && endpoint) {
        const provider = providerOwners.get(endpoint.serviceName);
        const vendorOwner = endpoint.vendor
          ? settings.vendorOwners[endpoint.vendor]
          : undefined;
        if (provider) {
          escalation.push(provider);
          notes.push(
            `The service's provider (${
              parseEntityRef(provider).name
            }) is told too.`,
          );
        } else if (vendorOwner) {
          escalation.push(vendorOwner);
          notes.push(
            `${parseEntityRef(vendorOwner).name} owns the ${
              endpoint.vendor
            } relationship and is told too.`,
          );
        }
        const links = endpoint.vendor
          ? vendorLinks.get(vendorGroupRef(endpoint.vendor)) ?? []
          : [];
        if (links.length > 0) {
          notes.push(
            `Vendor support: ${links
              .map(l => (l.title ? `${l.title} ${l.url}` : l.url))
              .join(', ')}.`,
          );
        }
      }
      evaluation.active.push({
        key: healthKey,
        entityRef: row.entityRef,
        kind: 'health',
        status: row.health,
        reasons: row.healthReasons,
        recipients: [...new Set([...owner, ...escalation])],
        payload: {
          title: `${row.title} (${row.resourceId}) is ${row.health}`,
          description: [...row.healthReasons, ...notes].join(' '),
          link: entityPageLink(row.entityRef),
        },
      });
    } else if (row.health !== 'unknown') {
      evaluation.clear.add(healthKey);
    }
    if (row.kind !== 'endpoint') continue;
    const idleKey = alertKey('idle', row.entityRef);
    if (anyoneHearsIdle(settings) && row.idle) {
      evaluation.active.push({
        key: idleKey,
        entityRef: row.entityRef,
        kind: 'idle',
        status: 'idle',
        reasons: [
          `No bytes for ${settings.idleAfterDays} days or more; ${usd(
            row.idleMonthlyUsd,
          )} a month for nothing.`,
        ],
        recipients: owner,
        payload: {
          title: `${row.title} (${row.resourceId}) is idle: ${usd(
            row.idleMonthlyUsd,
          )} a month`,
          description:
            `No traffic for ${
              settings.idleAfterDays
            } days or more, while it costs ${usd(
              row.idleMonthlyUsd,
            )} a month ` +
            `(${usd(row.wastedSoFarUsd)} of hourly charges so far). ` +
            'Retire it if nothing needs it: the link opens the retire request with it filled in.',
          link: retireEndpointLink(row.entityRef),
        },
      });
    } else if (!row.idle) {
      evaluation.clear.add(idleKey);
    }
  }
  return evaluation;
}

/** The notification of an incident opening or recovering. */
export function alertNotification(
  incident: {
    id: number;
    kind: AlertKind;
    status: string;
    payload: AlertPayload;
    resolution?: string;
  },
  event: 'opened' | 'recovered',
): NotificationPayload {
  const base = {
    link: incident.payload.link,
    topic: incident.kind === 'idle' ? 'privatelink-idle' : 'privatelink-health',
    // The recovery replaces the incident's notification (same scope) and marks it unread again.
    scope: `privatelink-alert:${incident.id}`,
  };
  if (event === 'recovered') {
    const subject = incident.payload.title.replace(
      / is (degraded|unhealthy)$/,
      '',
    );
    return {
      ...base,
      title: `${subject} has recovered`,
      description: `It is no longer ${incident.status}. Earlier: ${incident.payload.description}`,
      severity: 'low',
    };
  }
  return {
    ...base,
    title: incident.payload.title,
    description: incident.payload.description,
    severity: SEVERITY[incident.status] ?? 'normal',
  };
}
