import type { components } from './schema/openapi/generated/types';

/** What an owner decides about one audited endpoint or provided service. @public */
export type AuditDecisionKind = components['schemas']['AuditDecisionKind'];

/** @public */
export const AUDIT_DECISION_KINDS: AuditDecisionKind[] = [
  'keep',
  'fix',
  'retire',
];

/** A calendar quarter, "2026-Q4". @public */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

/** A finding as it stood when the campaign opened. @public */
export type FrozenFinding = components['schemas']['FrozenFinding'];

/**
 * One endpoint or provided service as it stood when its owner's campaign opened. Frozen: later
 * changes in AWS or the catalog never rewrite it.
 *
 * @public
 */
export type FrozenAuditFacts = components['schemas']['FrozenAuditFacts'];

/** What changed about an item since the owner's previous campaign. @public */
export type AuditDrift =
  | { type: 'created'; detail: string }
  | { type: 'owner-changed'; from: string; detail: string }
  | { type: 'newly-idle'; detail: string }
  | { type: 'finding-new'; checkId: string; detail: string }
  | { type: 'finding-resolved'; checkId: string; detail: string };

/** An item of the previous campaign that is no longer the owner's. @public */
export type AuditDeparture = components['schemas']['AuditDeparture'];

/** One recorded decision; decisions are append-only and the latest one counts. @public */
export type AuditDecision = components['schemas']['AuditDecision'];

/** @public */
export type AuditItem = components['schemas']['AuditItem'];

/** @public */
export type AuditCampaignStatus = components['schemas']['AuditCampaignStatus'];

/** A campaign with its progress. @public */
export type AuditCampaignSummary =
  components['schemas']['AuditCampaignSummary'];

/** @public */
export type AuditCampaign = components['schemas']['AuditCampaign'];
