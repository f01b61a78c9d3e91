import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InventorySummary } from '../../api';
import { getEndpointDetails } from '@internal/plugin-privatelink-common';
import { yesNo } from '../format';

/** One line of a tenant's endpoint inventory. */
export interface InventoryRow {
  entityRef: string;
  endpointId: string;
  title: string;
  endpointType: string;
  state: string;
  serviceName: string;
  vendor: string;
  accountId: string;
  region: string;
  vpcId: string;
  availabilityZones: number;
  privateDns: string;
  createdAt: string;
  /** Bytes of the last 30 collected days; undefined for gateway endpoints or when unknown. */
  bytesProcessed30d?: number;
  monthlyCostUsd?: number;
  idle?: boolean;
  health?: string;
}

export function toInventoryRows(entities: Entity[], summary?: InventorySummary): InventoryRow[] {
  const byRef = new Map(summary?.endpoints.map(e => [e.entityRef, e]));
  return entities
    .map((entity): InventoryRow | undefined => {
      const e = getEndpointDetails(entity);
      if (!e) return undefined;
      const entityRef = stringifyEntityRef(entity);
      const usage = byRef.get(entityRef);
      return {
        entityRef,
        endpointId: e.endpointId,
        title: entity.metadata.title ?? entity.metadata.name,
        endpointType: e.endpointType,
        state: e.state,
        serviceName: e.serviceName,
        vendor: e.vendor ?? 'internal',
        accountId: e.accountId,
        region: e.region,
        vpcId: e.vpcId,
        availabilityZones: new Set(e.subnets.map(s => s.availabilityZone ?? s.subnetId)).size,
        privateDns: yesNo(e.privateDnsEnabled, 'n/a'),
        createdAt: e.createdAt ?? '',
        bytesProcessed30d: usage?.bytesProcessed30d,
        monthlyCostUsd: usage?.monthlyCostUsd,
        idle: usage?.idle,
        health: usage?.health,
      };
    })
    .filter((r): r is InventoryRow => r !== undefined)
    .sort((a, b) => a.accountId.localeCompare(b.accountId) || a.endpointId.localeCompare(b.endpointId));
}

export const CSV_COLUMNS: Array<keyof InventoryRow> = [
  'endpointId',
  'title',
  'endpointType',
  'state',
  'serviceName',
  'vendor',
  'accountId',
  'region',
  'vpcId',
  'availabilityZones',
  'privateDns',
  'createdAt',
  'bytesProcessed30d',
  'monthlyCostUsd',
  'idle',
  'health',
];

function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  // Quote what CSV needs quoted, and defuse cells a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The inventory as RFC 4180 CSV with a header line. */
export function toCsv(rows: InventoryRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(c => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
