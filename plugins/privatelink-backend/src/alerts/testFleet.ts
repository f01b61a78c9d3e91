import { Entity } from '@backstage/catalog-model';
import {
  FleetRow,
  PrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { asPrivateLinkEntity, endpointEntity } from '../testEntities';
import type { AlertSettings } from '../settings';

export const ALERT_SETTINGS: AlertSettings = {
  enabled: true,
  minimumStatus: 'degraded',
  idle: true,
  escalate: true,
  vendorOwners: { snowflake: 'group:default/data-platform' },
  groups: [],
  idleAfterDays: 30,
};

/** A fleet row as the snapshot writes it, healthy and in use unless told otherwise. */
export function fleetRow(name: string, over: Partial<FleetRow> = {}): FleetRow {
  return {
    entityRef: `resource:default/${name}`,
    kind: 'endpoint',
    title: name,
    resourceId: name,
    ownerRef: 'group:default/payments',
    accountId: '111111111111',
    region: 'us-east-1',
    type: 'Interface',
    state: 'available',
    serviceLabel: 'ledger',
    monthlyCostUsd: 14.6,
    idle: false,
    idleMonthlyUsd: 0,
    wastedSoFarUsd: 0,
    health: 'healthy',
    healthReasons: [
      'Available, no dropped packets or resets above thresholds.',
    ],
    findings: { high: 0, medium: 0, low: 0 },
    ...over,
  };
}

/** The ledger service that platform provides from an inventoried account. */
export const ledgerService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'vpce-svc-ledger', namespace: 'default' },
  spec: {
    type: 'aws-vpc-endpoint-service',
    owner: 'group:default/platform',
    endpointService: {
      serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-ledger',
      serviceId: 'vpce-svc-ledger',
      origin: 'internal',
      region: 'us-east-1',
      provider: {
        accountId: '222222222222',
        networkLoadBalancerArns: [],
        gatewayLoadBalancerArns: [],
        tags: {},
        ownerSource: 'default',
      },
    },
  },
};

/** Endpoints of payments: one to the ledger service, one to Snowflake, one to KMS. */
export function alertFleetItems(): PrivateLinkEntity[] {
  return [
    endpointEntity('vpce-ledger', {
      serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-ledger',
      serviceOrigin: 'internal',
      vendor: undefined,
    }),
    endpointEntity('vpce-snow', {
      serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-snow',
      serviceOrigin: 'vendor',
      vendor: 'snowflake',
    }),
    endpointEntity('vpce-kms'),
    ledgerService,
  ].map(asPrivateLinkEntity);
}
