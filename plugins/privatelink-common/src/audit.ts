import type { HealthStatus, IdleVerdict, PostureFinding } from './reports';

/** What an owner decides about one audited endpoint or provided service. @public */
export type AuditDecisionKind = 'keep' | 'fix' | 'retire';

/** @public */
export const AUDIT_DECISION_KINDS: AuditDecisionKind[] = [
  'keep',
  'fix',
  'retire',
];

/** A calendar quarter, "2026-Q4". @public */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

/** A finding as it stood when the campaign opened. @public */
export type FrozenFinding = Omit<PostureFinding, 'entityRef' | 'lastSeen'>;

/**
 * One endpoint or provided service as it stood when its owner's campaign opened. Frozen: later
 * changes in AWS or the catalog never rewrite it.
 *
 * @public
 */
export interface FrozenAuditFacts {
  title: string;
  /** Endpoint type (Interface, Gateway, GatewayLoadBalancer) or "Service" for a provided service. */
  type: string;
  /** The endpoint id or the service id. */
  resourceId: string;
  serviceName: string;
  vendorRef?: string;
  accountId: string;
  region: string;
  vpcId?: string;
  state?: string;
  availabilityZones: string[];
  usage: {
    /** The quarter-long window before the campaign opened, inclusive days. */
    from: string;
    to: string;
    /** Collected days in the window; 0 when the entity publishes no metrics (gateway, consumed). */
    daysCollected: number;
    bytesProcessed: number;
    idle?: IdleVerdict;
  };
  cost?: { monthlyUsd: number; natSavingUsd?: number; formula: string };
  health: { status: HealthStatus; reasons: string[] };
  findings: FrozenFinding[];
}

/** What changed about an item since the owner's previous campaign. @public */
export type AuditDrift =
  | { type: 'created'; detail: string }
  | { type: 'owner-changed'; from: string; detail: string }
  | { type: 'newly-idle'; detail: string }
  | { type: 'finding-new'; checkId: string; detail: string }
  | { type: 'finding-resolved'; checkId: string; detail: string };

/** An item of the previous campaign that is no longer the owner's. @public */
export interface AuditDeparture {
  entityRef: string;
  title: string;
  resourceId: string;
  /** Deleted: no longer in the inventory; owner-changed: now another owner's. */
  type: 'deleted' | 'owner-changed';
  /** The new owner, for owner-changed. */
  to?: string;
  detail: string;
}

/** One recorded decision; decisions are append-only and the latest one counts. @public */
export interface AuditDecision {
  id: number;
  decision: AuditDecisionKind;
  /** For a fix decision: what will be fixed. */
  fix?: string;
  comment: string;
  /** The user who decided, from their credentials. */
  actor: string;
  decidedAt: string;
}

/** @public */
export interface AuditItem {
  entityRef: string;
  kind: 'endpoint' | 'service';
  facts: FrozenAuditFacts;
  drift: AuditDrift[];
  /** The latest decision, if any. */
  decision?: AuditDecision;
  /** Every decision, oldest first. */
  history: AuditDecision[];
}

/** @public */
export type AuditCampaignStatus = 'open' | 'complete' | 'overdue';

/** A campaign with its progress. @public */
export interface AuditCampaignSummary {
  id: string;
  owner: string;
  quarter: string;
  openedAt: string;
  dueAt: string;
  /** "scheduler" or the user who opened it on demand. */
  openedBy: string;
  /** The owner's previous campaign, the baseline of the drift; none for a first audit. */
  previousCampaignId?: string;
  items: number;
  decided: number;
  status: AuditCampaignStatus;
  /** When the last item got its first decision, once complete. */
  completedAt?: string;
}

/** @public */
export interface AuditCampaign extends AuditCampaignSummary {
  entries: AuditItem[];
  departures: AuditDeparture[];
}
