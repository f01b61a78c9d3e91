import {
  AuthService,
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import {
  FindingSeverity,
  PostureFinding,
  PostureReport,
  PrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import {
  PostureSettings,
  PrivateLinkBackendConfig,
  settingsServiceRef,
} from '../settings';
import { addDays, lastCompleteDay } from '../calendar';
import { UsageService, usageServiceRef } from '../usage';
import {
  ConsolidationService,
  consolidationServiceRef,
} from '../consolidation';
import {
  ALL_CHECKS,
  ENDPOINT_CHECKS,
  PostureContext,
  SERVICE_CHECKS,
  VPC_CHECKS,
} from './checks';
import { remediesOf } from './remedies';
import {
  EvaluatedFinding,
  FindingsStore,
  findingsStoreServiceRef,
} from './FindingsStore';

/** Annotation prefix with which an owner suppresses a check on one entity, giving the reason. */
export const SUPPRESS_ANNOTATION_PREFIX = 'privatelink.aws/suppress-';

/** Settings of the posture checks. */

/**
 * Fails (at start-up, when the plugin builds this service) on a check id config names that no
 * check has, naming the key: a typo would otherwise leave the check it meant running.
 */
export function assertKnownChecks(settings: PostureSettings) {
  const known = ALL_CHECKS.map(c => c.id);
  for (const id of Object.keys(settings.checks)) {
    if (!known.includes(id)) {
      throw new Error(
        `Invalid config at privatelink.posture.checks.${id}: must be one of ${known.join(
          ', ',
        )}`,
      );
    }
  }
}

/** The checks that run, with the severity config gives them. */
export function activeChecks(
  settings: PostureSettings,
  subject?: PrivateLinkEntity['kind'],
) {
  return ALL_CHECKS.filter(
    c =>
      (!subject || c.subject === subject) &&
      settings.checks[c.id]?.enabled !== false,
  ).map(c => ({
    id: c.id,
    title: c.title,
    severity: settings.checks[c.id]?.severity ?? c.severity,
  }));
}

/**
 * Runs every enabled check over every endpoint and provided service: pure checks with the
 * context they need gathered in a constant number of queries (idle facts, last days), then
 * stored with their history.
 */
export function evaluatePosture(
  items: PrivateLinkEntity[],
  context: PostureContext,
  settings: PostureSettings,
): EvaluatedFinding[] {
  const findings: EvaluatedFinding[] = [];
  const severityOf = (id: string, fallback: FindingSeverity) =>
    settings.checks[id]?.severity ?? fallback;
  for (const item of items) {
    const annotations = item.entity.metadata.annotations ?? {};
    let checks: Array<{
      check: {
        id: string;
        severity: FindingSeverity;
        title: string;
        fix: string;
      };
      evidence: () => string[];
    }>;
    if (item.kind === 'endpoint') {
      const subject = {
        endpoint: item.endpoint,
        owner: String(item.entity.spec?.owner ?? ''),
      };
      checks = ENDPOINT_CHECKS.map(check => ({
        check,
        evidence: () => check.evaluate(subject, context, item.entityRef),
      }));
    } else if (item.kind === 'service') {
      checks = SERVICE_CHECKS.map(check => ({
        check,
        evidence: () => check.evaluate(item, context, item.entityRef),
      }));
    } else {
      checks = VPC_CHECKS.map(check => ({
        check,
        evidence: () => check.evaluate(item, context, item.entityRef),
      }));
    }
    for (const { check, evidence } of checks) {
      if (settings.checks[check.id]?.enabled === false) continue;
      const found = evidence();
      if (found.length === 0) continue;
      const suppressed =
        annotations[`${SUPPRESS_ANNOTATION_PREFIX}${check.id}`];
      findings.push({
        entityRef: item.entityRef,
        checkId: check.id,
        severity: severityOf(check.id, check.severity),
        title: check.title,
        evidence: found,
        fix: check.fix,
        ...(suppressed ? { suppressed } : {}),
      });
    }
  }
  return findings;
}

export class PostureService {
  constructor(
    private readonly deps: {
      auth: AuthService;
      entities: PrivateLinkEntities;
      usage: Pick<UsageService, 'idleVerdicts' | 'latestDays'>;
      consolidation: Pick<ConsolidationService, 'advise'>;
      findings: FindingsStore;
      settings: PrivateLinkBackendConfig;
    },
  ) {
    assertKnownChecks(deps.settings.posture);
  }

  /** Evaluates the whole inventory and records what changed; returns the entities it read too. */
  async evaluate(now: Date) {
    const { entities, usage, findings, settings, consolidation } = this.deps;
    const { entities: items } = await entities.all(
      await this.deps.auth.getOwnServiceCredentials(),
      true,
    );
    const endpoints = items.filter(
      (i): i is Extract<PrivateLinkEntity, { kind: 'endpoint' }> =>
        i.kind === 'endpoint',
    );
    const providers = items.filter(
      i => i.kind === 'service' && i.service.provider,
    );
    const to = lastCompleteDay(now);
    const [idle, latest] = await Promise.all([
      usage.idleVerdicts(endpoints, now),
      usage.latestDays(
        providers.map(p => p.entityRef),
        addDays(to, -6),
        to,
      ),
    ]);
    const unhealthyTargets = new Map(
      [...latest]
        .filter(([, day]) => day.unhealthyHostsMax !== undefined)
        .map(([ref, day]) => [
          ref,
          { count: day.unhealthyHostsMax!, day: day.day },
        ]),
    );
    const context: PostureContext = {
      now,
      readOnly: settings.posture.readOnly,
      allowedPorts: settings.posture.allowedPorts,
      trustedAccounts: settings.posture.trustedAccounts,
      inventoriedAccounts: new Set(settings.accounts.map(a => a.accountId)),
      gatewayEndpoints: new Set(
        endpoints
          .filter(e => e.endpoint.endpointType === 'Gateway')
          .map(
            e =>
              `${e.endpoint.accountId}/${e.endpoint.vpcId}/${e.endpoint.serviceName}`,
          ),
      ),
      idle,
      unhealthyTargets,
      consolidation: ConsolidationService.evidence(
        await consolidation.advise(endpoints, now),
      ),
    };
    const found = evaluatePosture(items, context, settings.posture);
    const changes = await findings.reconcile(
      items.map(i => i.entityRef),
      found,
      now,
    );
    return {
      entities: items.length,
      findings: found.length,
      ...changes,
      items,
    };
  }

  /** The open findings of the given entities (every entity's without refs), suppressed ones included. */
  openFindings(entityRefs?: string[]): Promise<PostureFinding[]> {
    return this.deps.findings.openFindings(entityRefs);
  }

  /** An entity's open findings and the checks that ran on it. */
  async report(item: PrivateLinkEntity): Promise<PostureReport> {
    return {
      entityRef: item.entityRef,
      findings: (await this.deps.findings.openFindings([item.entityRef])).map(
        finding => {
          const remedies = remediesOf(item, finding);
          return remedies.length ? { ...finding, remedies } : finding;
        },
      ),
      checks: activeChecks(this.deps.settings.posture, item.kind),
    };
  }
}

export const postureServiceRef = createServiceRef<PostureService>({
  id: 'privatelink.posture',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        auth: coreServices.auth,
        entities: privatelinkEntitiesServiceRef,
        usage: usageServiceRef,
        consolidation: consolidationServiceRef,
        findings: findingsStoreServiceRef,
        settings: settingsServiceRef,
      },
      factory: deps => new PostureService(deps),
    }),
});
