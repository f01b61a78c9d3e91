import { AuditCampaign } from '@privatelink-portal/plugin-privatelink-common';
import { createHash } from 'crypto';

/** Why an item may not be kept unchanged in a batch. */
export interface KeepRefusal {
  entityRef: string;
  reason: string;
}

/** An item without drift since the previous audit and without a finding open when it opened. */
export function isKeepableUnchanged(item: {
  drift: unknown[];
  facts: { findings: Array<{ suppressed?: string }> };
}): boolean {
  return (
    item.drift.length === 0 && item.facts.findings.every(f => f.suppressed)
  );
}

/**
 * Which of the asked items may not be kept unchanged in one batch, and why: an item must be of
 * the campaign, listed once, without drift since the previous audit and without a finding open
 * (not suppressed) when the campaign opened. Those need an owner's look, one by one.
 */
export function keepUnchangedRefusals(
  campaign: AuditCampaign,
  entityRefs: string[],
): KeepRefusal[] {
  const items = new Map(campaign.entries.map(e => [e.entityRef, e]));
  const seen = new Set<string>();
  const refusals: KeepRefusal[] = [];
  for (const entityRef of entityRefs) {
    const item = items.get(entityRef);
    const open = item?.facts.findings.filter(f => !f.suppressed) ?? [];
    let reason: string | undefined;
    if (seen.has(entityRef)) reason = 'listed twice';
    else if (!item)
      reason = `not an item of campaign ${campaign.id} (${campaign.owner}, ${campaign.quarter})`;
    else if (item.drift.length)
      reason = `drift since the previous audit (${item.drift
        .map(d => d.type)
        .join(', ')})`;
    else if (open.length)
      reason = `open findings when the campaign opened (${open
        .map(f => f.checkId)
        .join(', ')})`;
    seen.add(entityRef);
    if (reason) refusals.push({ entityRef, reason });
  }
  return refusals;
}

/**
 * The idempotency key of one item's decision in a batch: the batch's key and a digest of the
 * item, so that a replay of the batch finds each decision it recorded.
 */
export function batchItemKey(batchKey: string, entityRef: string): string {
  const digest = createHash('sha256')
    .update(entityRef)
    .digest('hex')
    .slice(0, 16);
  return `${batchKey}.${digest}`;
}
