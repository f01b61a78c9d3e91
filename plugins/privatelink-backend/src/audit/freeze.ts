import {
  AuditDeparture,
  AuditDrift,
  CostReport,
  FrozenAuditFacts,
  HealthReport,
  IdleVerdict,
  PostureFinding,
  PrivateLinkEntity,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import type { WindowTotals } from '../usage';

/** An endpoint or a service one of our accounts provides: what a tenant audits. */
export type AuditedEntity = Extract<
  PrivateLinkEntity,
  { kind: 'endpoint' | 'service' }
>;

/** Whether an entity is audited: every endpoint, and the services our own accounts provide. */
export function isAudited(item: PrivateLinkEntity): item is AuditedEntity {
  return (
    item.kind === 'endpoint' ||
    (item.kind === 'service' && !!item.service.provider)
  );
}

/** What the audit freezes of one entity, from the reports the other features computed. */
export function freezeFacts(
  item: AuditedEntity,
  inputs: {
    window: { from: string; to: string };
    totals?: WindowTotals;
    idle?: IdleVerdict;
    cost?: CostReport;
    health?: HealthReport;
    findings: PostureFinding[];
  },
): FrozenAuditFacts {
  const { window, totals, idle, cost, health } = inputs;
  const common = {
    title: item.entity.metadata.title ?? item.entity.metadata.name,
    usage: {
      from: window.from,
      to: window.to,
      daysCollected: totals?.days ?? 0,
      bytesProcessed: totals?.bytesProcessed ?? 0,
      ...(idle ? { idle } : {}),
    },
    health: {
      status: health?.status ?? 'unknown',
      reasons: health?.reasons ?? [],
    },
    findings: inputs.findings.map(f => ({
      checkId: f.checkId,
      severity: f.severity,
      title: f.title,
      evidence: f.evidence,
      fix: f.fix,
      ...(f.suppressed === undefined ? {} : { suppressed: f.suppressed }),
      firstSeen: f.firstSeen,
    })),
  };
  if (item.kind === 'endpoint') {
    const { endpoint } = item;
    return {
      ...common,
      type: endpoint.endpointType,
      resourceId: endpoint.endpointId,
      serviceName: endpoint.serviceName,
      ...(endpoint.vendor
        ? { vendorRef: vendorGroupRef(endpoint.vendor) }
        : {}),
      accountId: endpoint.accountId,
      region: endpoint.region,
      vpcId: endpoint.vpcId,
      state: endpoint.state,
      availabilityZones: [
        ...new Set(
          endpoint.subnets
            .map(s => s.availabilityZone)
            .filter((z): z is string => !!z),
        ),
      ].sort(),
      ...(cost?.applicable
        ? {
            cost: {
              monthlyUsd: cost.total,
              ...(cost.saving === undefined
                ? {}
                : { natSavingUsd: cost.saving }),
              formula: cost.formula,
            },
          }
        : {}),
    };
  }
  const { service } = item;
  return {
    ...common,
    type: 'Service',
    resourceId: service.serviceId ?? service.serviceName,
    serviceName: service.serviceName,
    ...(service.vendor ? { vendorRef: vendorGroupRef(service.vendor) } : {}),
    accountId: service.provider!.accountId,
    region: service.region,
    ...(service.state ? { state: service.state } : {}),
    availabilityZones: [...(service.availabilityZones ?? [])].sort(),
  };
}

/**
 * What changed about an item since its owner's previous campaign. No previous campaign: the
 * first one is the baseline, and nothing drifted. An item the previous campaign did not have was
 * created since, or came from another owner (`formerOwner`, from the latest campaign that froze it).
 */
export function driftOf(
  facts: FrozenAuditFacts,
  previous: { items: Map<string, FrozenAuditFacts> } | undefined,
  entityRef: string,
  formerOwner: string | undefined,
): AuditDrift[] {
  if (!previous) return [];
  const before = previous.items.get(entityRef);
  if (!before) {
    if (formerOwner) {
      return [
        {
          type: 'owner-changed',
          from: formerOwner,
          detail: `Owned by ${formerOwner} at its last audit`,
        },
      ];
    }
    return [
      {
        type: 'created',
        detail: `New since the previous audit (${facts.resourceId})`,
      },
    ];
  }
  const drift: AuditDrift[] = [];
  if (facts.usage.idle?.idle && !before.usage.idle?.idle) {
    drift.push({ type: 'newly-idle', detail: facts.usage.idle.reason });
  }
  const beforeChecks = new Set(before.findings.map(f => f.checkId));
  const nowChecks = new Set(facts.findings.map(f => f.checkId));
  for (const finding of facts.findings) {
    if (!beforeChecks.has(finding.checkId)) {
      drift.push({
        type: 'finding-new',
        checkId: finding.checkId,
        detail: finding.title,
      });
    }
  }
  for (const finding of before.findings) {
    if (!nowChecks.has(finding.checkId)) {
      drift.push({
        type: 'finding-resolved',
        checkId: finding.checkId,
        detail: finding.title,
      });
    }
  }
  return drift;
}

/**
 * The previous campaign's items that are no longer the owner's: deleted from the inventory, or
 * now owned by someone else (`currentOwners`: every audited entity in the catalog and its owner).
 */
export function departuresOf(
  previousItems: Map<string, FrozenAuditFacts>,
  currentRefs: Set<string>,
  currentOwners: Map<string, string | undefined>,
): AuditDeparture[] {
  const departures: AuditDeparture[] = [];
  for (const [entityRef, facts] of previousItems) {
    if (currentRefs.has(entityRef)) continue;
    const to = currentOwners.get(entityRef);
    departures.push(
      currentOwners.has(entityRef)
        ? {
            entityRef,
            title: facts.title,
            resourceId: facts.resourceId,
            type: 'owner-changed',
            ...(to ? { to } : {}),
            detail: `Now owned by ${to ?? 'nobody'}`,
          }
        : {
            entityRef,
            title: facts.title,
            resourceId: facts.resourceId,
            type: 'deleted',
            detail: `No longer in the inventory (${facts.resourceId})`,
          },
    );
  }
  return departures.sort((a, b) => a.entityRef.localeCompare(b.entityRef));
}
