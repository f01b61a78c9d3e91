import { parseEntityRef } from '@backstage/catalog-model';
import { toCsvText } from '@privatelink-portal/plugin-privatelink-common';
import { InventoryRow } from '../../api';
import { yesNo } from '../format';

/** The CSV's columns, each a value of the row the backend computed. */
const CSV_COLUMNS: Array<
  [string, (row: InventoryRow) => string | number | boolean | undefined]
> = [
  ['endpointId', r => r.endpointId],
  ['title', r => r.title],
  ['endpointType', r => r.endpointType],
  ['state', r => r.state],
  ['serviceName', r => r.serviceName],
  [
    'vendor',
    r => (r.vendorRef ? parseEntityRef(r.vendorRef).name : 'internal'),
  ],
  ['accountId', r => r.accountId],
  ['region', r => r.region],
  ['vpcId', r => r.vpcId],
  ['availabilityZones', r => r.availabilityZones],
  ['privateDns', r => yesNo(r.privateDnsEnabled, 'n/a')],
  ['createdAt', r => r.createdAt],
  ['bytesProcessed30d', r => r.bytesProcessed30d],
  ['monthlyCostUsd', r => r.monthlyCostUsd],
  ['idle', r => r.idle?.idle],
  ['health', r => r.health],
  ['findings', r => r.findings.checkIds.join(' ')],
  ['team', r => r.ownerRef],
];

/** The inventory as RFC 4180 CSV with a header line. */
export function toCsv(rows: InventoryRow[]): string {
  return toCsvText(
    CSV_COLUMNS.map(([name]) => name),
    rows.map(row => CSV_COLUMNS.map(([, value]) => value(row))),
  );
}
