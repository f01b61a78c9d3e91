import { parseEntityRef } from '@backstage/catalog-model';
import {
  AuditCampaign,
  AuditDrift,
  CsvValue,
  toCsvText,
} from '@privatelink-portal/plugin-privatelink-common';

/** How a drift entry reads in a CSV cell. */
function driftText(drift: AuditDrift): string {
  switch (drift.type) {
    case 'finding-new':
    case 'finding-resolved':
      return `${drift.type}:${drift.checkId}`;
    case 'owner-changed':
      return `owner-changed:from ${drift.from}`;
    default:
      return drift.type;
  }
}

const COLUMNS: Array<
  [
    string,
    (item: AuditCampaign['entries'][number], c: AuditCampaign) => CsvValue,
  ]
> = [
  ['tenant', (_, c) => c.owner],
  ['quarter', (_, c) => c.quarter],
  ['campaignOpenedAt', (_, c) => c.openedAt],
  ['campaignDueAt', (_, c) => c.dueAt],
  ['entityRef', i => i.entityRef],
  ['title', i => i.facts.title],
  ['type', i => i.facts.type],
  ['resourceId', i => i.facts.resourceId],
  ['serviceName', i => i.facts.serviceName],
  [
    'vendor',
    i => (i.facts.vendorRef ? parseEntityRef(i.facts.vendorRef).name : ''),
  ],
  ['accountId', i => i.facts.accountId],
  ['region', i => i.facts.region],
  ['vpcId', i => i.facts.vpcId],
  ['state', i => i.facts.state],
  ['availabilityZones', i => i.facts.availabilityZones.join(' ')],
  ['usageFrom', i => i.facts.usage.from],
  ['usageTo', i => i.facts.usage.to],
  ['daysCollected', i => i.facts.usage.daysCollected],
  ['bytesProcessed', i => i.facts.usage.bytesProcessed],
  ['idle', i => (i.facts.usage.idle ? i.facts.usage.idle.idle : '')],
  ['monthlyCostUsd', i => i.facts.cost?.monthlyUsd],
  ['health', i => i.facts.health.status],
  ['healthReasons', i => i.facts.health.reasons.join('; ')],
  [
    'openFindings',
    i =>
      i.facts.findings
        .filter(f => !f.suppressed)
        .map(f => `${f.severity}:${f.checkId}`)
        .join(' '),
  ],
  [
    'suppressedFindings',
    i =>
      i.facts.findings
        .filter(f => f.suppressed)
        .map(f => `${f.checkId} (${f.suppressed})`)
        .join('; '),
  ],
  ['drift', i => i.drift.map(driftText).join(' ')],
  ['decision', i => i.decision?.decision],
  ['fix', i => i.decision?.fix],
  ['comment', i => i.decision?.comment],
  ['decidedBy', i => i.decision?.actor],
  ['decidedAt', i => i.decision?.decidedAt],
  ['decisionsRecorded', i => i.history.length],
];

/** A campaign's CSV lines: its items, then the items that left since the previous campaign. */
function campaignRows(campaign: AuditCampaign, header: string[]): CsvValue[][] {
  const rows = campaign.entries.map(item =>
    COLUMNS.map(([, value]) => value(item, campaign)),
  );
  for (const departure of campaign.departures) {
    const row: CsvValue[] = header.map(() => '');
    row[0] = campaign.owner;
    row[1] = campaign.quarter;
    row[2] = campaign.openedAt;
    row[3] = campaign.dueAt;
    row[4] = departure.entityRef;
    row[5] = departure.title;
    row[7] = departure.resourceId;
    row[header.indexOf('drift')] =
      departure.type === 'deleted'
        ? 'deleted'
        : `owner-changed:to ${departure.to ?? 'nobody'}`;
    rows.push(row);
  }
  return rows;
}

/**
 * The campaign as CSV for an auditor: one line per frozen item with its findings, drift and the
 * latest decision (who and when), then one line per item that left since the previous campaign.
 */
export function campaignCsv(campaign: AuditCampaign): string {
  return quarterCsv([campaign]);
}

/**
 * Campaigns (a quarter's, every tenant's) as one CSV, each campaign's lines as `campaignCsv`
 * writes them: the first columns name the tenant and the quarter.
 */
export function quarterCsv(campaigns: AuditCampaign[]): string {
  const header = COLUMNS.map(([name]) => name);
  return toCsvText(
    header,
    campaigns.flatMap(c => campaignRows(c, header)),
  );
}

/** The campaign as JSON for an auditor: everything the API returns, with when it was exported. */
export function campaignJson(
  campaign: AuditCampaign,
  exportedAt: Date,
  exportedBy: string,
) {
  return { exportedAt: exportedAt.toISOString(), exportedBy, campaign };
}

/** A file name for the export: tenant and quarter. */
export function exportFileName(
  campaign: AuditCampaign,
  format: 'csv' | 'json',
): string {
  const owner = parseEntityRef(campaign.owner).name.replace(
    /[^a-z0-9-]/gi,
    '_',
  );
  return `privatelink-audit-${owner}-${campaign.quarter}.${format}`;
}
