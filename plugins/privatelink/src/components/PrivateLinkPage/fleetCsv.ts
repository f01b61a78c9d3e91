import { parseEntityRef } from '@backstage/catalog-model';
import { toCsvText } from '@privatelink-portal/plugin-privatelink-common';
import { FleetRow } from '../../api';

const CSV_COLUMNS: Array<
  [string, (r: FleetRow) => string | number | boolean | undefined]
> = [
  ['entityRef', r => r.entityRef],
  ['title', r => r.title],
  ['resourceId', r => r.resourceId],
  ['tenant', r => r.ownerRef],
  [
    'vendor',
    r => (r.vendorRef ? parseEntityRef(r.vendorRef).name : 'internal'),
  ],
  ['accountId', r => r.accountId],
  ['region', r => r.region],
  ['vpcId', r => r.vpcId],
  ['type', r => r.type],
  ['state', r => r.state],
  ['service', r => r.serviceLabel],
  ['bytesProcessed30d', r => r.bytesProcessed30d],
  ['monthlyCostUsd', r => r.monthlyCostUsd],
  ['idle', r => r.idle],
  ['idleMonthlyUsd', r => r.idleMonthlyUsd],
  ['wastedSoFarUsd', r => r.wastedSoFarUsd],
  ['health', r => r.health],
  ['findingsHigh', r => r.findings.high],
  ['findingsMedium', r => r.findings.medium],
  ['findingsLow', r => r.findings.low],
];

/** The fleet as a CSV of the rows the filters select. */
export function fleetCsv(rows: FleetRow[]): string {
  return toCsvText(
    CSV_COLUMNS.map(([name]) => name),
    rows.map(r => CSV_COLUMNS.map(([, value]) => value(r))),
  );
}
