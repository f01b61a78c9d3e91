import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { AuditCampaignSummary } from '@privatelink-portal/plugin-privatelink-common';
import {
  NotificationService,
  notificationService,
} from '@backstage/plugin-notifications-node';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import { settingsServiceRef } from '../settings';
import { AuditStore, auditStoreServiceRef } from './AuditStore';
import { previousQuarterOf, quarterOf } from './quarters';

/** The notices a campaign's owner gets: when it opens, a while before it is due, when overdue. */
export type AuditNotice = 'opened' | 'reminder' | 'overdue';

const DAY = 86_400_000;

/**
 * The notices due for a campaign at `now`, in order. None once complete; "opened" only while the
 * campaign runs (a portal that turns notifications on mid-quarter does not announce old ones as
 * new); "reminder" from `reminderDays` before the due date; "overdue" after it.
 */
export function noticesDue(
  campaign: AuditCampaignSummary,
  now: Date,
  reminderDays: number,
): AuditNotice[] {
  if (campaign.status === 'complete') return [];
  const due = Date.parse(campaign.dueAt);
  const at = now.getTime();
  if (at > due) return ['overdue'];
  const notices: AuditNotice[] = ['opened'];
  if (at >= due - reminderDays * DAY) notices.push('reminder');
  return notices;
}

/** What the owning group reads in its notification. */
export function noticePayload(
  campaign: AuditCampaignSummary,
  notice: AuditNotice,
): NotificationPayload {
  const team = parseEntityRef(campaign.owner);
  const open = campaign.items - campaign.decided;
  const due = campaign.dueAt.slice(0, 10);
  const link = `/catalog/${team.namespace}/${team.kind}/${team.name}`;
  const base = {
    link,
    topic: 'privatelink-audit',
    scope: `privatelink-audit:${campaign.id}`,
  };
  switch (notice) {
    case 'opened':
      return {
        ...base,
        title: `PrivateLink audit ${campaign.quarter} is open for ${team.name}`,
        description: `Review ${campaign.items} endpoints and services: keep, fix or retire each, by ${due}.`,
        severity: 'normal',
      };
    case 'reminder':
      return {
        ...base,
        title: `PrivateLink audit ${campaign.quarter} of ${team.name} is due on ${due}`,
        description: `${open} of ${campaign.items} items still need a decision.`,
        severity: 'high',
      };
    default:
      return {
        ...base,
        title: `PrivateLink audit ${campaign.quarter} of ${team.name} is overdue`,
        description: `It was due on ${due}; ${open} of ${campaign.items} items still need a decision.`,
        severity: 'critical',
      };
  }
}

/**
 * Sends the audit notices that are due, each at most once: the notice is claimed in the store
 * before it is sent and released if sending fails, so a restart neither repeats nor loses one.
 */
export class AuditNotifier {
  constructor(
    private readonly deps: {
      store: AuditStore;
      notifications: NotificationService;
      logger: LoggerService;
      settings: { enabled: boolean; reminderDays: number };
    },
  ) {}

  async notify(now: Date): Promise<{ sent: number; failed: number }> {
    const { store, notifications, logger, settings } = this.deps;
    if (!settings.enabled) return { sent: 0, failed: 0 };
    // Campaigns of this quarter and the last: older ones are long overdue or done.
    const campaigns = [
      ...(await store.listCampaigns({ quarter: quarterOf(now) }, now)),
      ...(await store.listCampaigns({ quarter: previousQuarterOf(now) }, now)),
    ];
    let sent = 0;
    let failed = 0;
    for (const campaign of campaigns) {
      for (const notice of noticesDue(campaign, now, settings.reminderDays)) {
        if (!(await store.claimNotice(campaign.id, notice, now.toISOString())))
          continue;
        try {
          await notifications.send({
            recipients: { type: 'entity', entityRef: campaign.owner },
            payload: noticePayload(campaign, notice),
          });
          sent++;
        } catch (error) {
          failed++;
          await store.releaseNotice(campaign.id, notice);
          logger.warn(
            `PrivateLink audit: could not notify ${campaign.owner} (${notice}, ${campaign.quarter}); is the notifications backend installed? ${error}`,
          );
        }
      }
    }
    return { sent, failed };
  }
}

/** The plugin's audit notifier, through the notifications backend, as configured. */
export const auditNotifierServiceRef = createServiceRef<AuditNotifier>({
  id: 'privatelink.audit-notifier',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        store: auditStoreServiceRef,
        notifications: notificationService,
        logger: coreServices.logger,
        settings: settingsServiceRef,
      },
      factory: ({ settings, ...deps }) =>
        new AuditNotifier({ ...deps, settings: settings.audit.notifications }),
    }),
});
