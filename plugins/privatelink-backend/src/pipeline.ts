import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { AlertService } from './alerts';
import { AuditNotifier, AuditService } from './audit';
import { Clock } from './clock';
import { FleetService } from './fleet';
import { PostureService } from './posture';
import { PrivateLinkBackendConfig } from './settings';
import { UsageCollector } from './usage';

const POSTURE_TASK = 'privatelink-posture:evaluate';
const AUDIT_TASK = 'privatelink-audit:open';
const NOTIFY_TASK = 'privatelink-audit:notify';

/**
 * The plugin's scheduled pipeline, each task global (one replica runs it at a time):
 * collect usage -> evaluate posture -> keep the inventory rows and write the fleet snapshot -> open and resolve alerts, and,
 * each quarter, open the audit campaigns -> send their notices. A task that finds new facts
 * triggers the next one instead of waiting for its schedule.
 */
export async function schedulePipeline(deps: {
  scheduler: SchedulerService;
  logger: LoggerService;
  clock: Clock;
  settings: PrivateLinkBackendConfig;
  collector: UsageCollector;
  posture: PostureService;
  fleet: FleetService;
  alerts: AlertService;
  audit: AuditService;
  notifier: AuditNotifier;
}): Promise<void> {
  const { logger, scheduler, settings, clock } = deps;
  let openedOnStartup = false;
  await scheduler.scheduleTask({
    id: 'privatelink-usage:collect',
    scope: 'global',
    ...settings.schedule,
    fn: async abortSignal => {
      const report = await deps.collector.collect(clock.now(), abortSignal);
      for (const cell of report.cells) {
        if (!cell.error && cell.daysFetched > 0) {
          logger.info(
            `PrivateLink usage of ${cell.accountId} in ${cell.region}: ${cell.rows} daily rows for ${cell.entities} entities, ${cell.metricsRequested} metrics ($${cell.cloudWatchCostUsd})`,
          );
        }
      }
      // New usage can make endpoints idle or services unhealthy: evaluate now.
      await scheduler
        .triggerTask(POSTURE_TASK)
        .catch(error =>
          logger.debug(`Posture evaluation not triggered: ${error}`),
        );
    },
  });

  await scheduler.scheduleTask({
    id: POSTURE_TASK,
    scope: 'global',
    ...settings.posture.schedule,
    fn: async () => {
      const result = await deps.posture.evaluate(clock.now());
      logger.info(
        `PrivateLink posture of ${result.entities} entities: ${result.findings} findings, ${result.opened} new, ${result.resolved} resolved`,
      );
      // The fleet page's snapshot, from the reports and findings as they now stand.
      const fleet = await deps.fleet.refresh(clock.now(), result.items);
      logger.info(
        `PrivateLink fleet snapshot: ${fleet.rows.length} endpoints and services`,
      );
      // Health and idle incidents from the snapshot just written, and their notices.
      if (deps.alerts.enabled) {
        const alerts = await deps.alerts.run(
          fleet.rows,
          result.items,
          clock.now(),
        );
        if (alerts.opened || alerts.resolved || alerts.sent || alerts.failed) {
          logger.info(
            `PrivateLink alerts: ${alerts.opened} incidents opened, ${alerts.resolved} resolved; ${alerts.sent} notices sent, ${alerts.failed} failed`,
          );
        }
      }
      // Until a trigger is accepted (another replica may be running the task): the next
      // evaluation tries again.
      if (settings.audit.openOnStartup && !openedOnStartup) {
        await scheduler.triggerTask(AUDIT_TASK).then(
          () => {
            openedOnStartup = true;
          },
          error =>
            logger.warn(
              `Audit campaigns not triggered yet, tried again after the next evaluation: ${error}`,
            ),
        );
      }
    },
  });

  // Opens the quarter's campaign of every owner that has none: a rerun opens nothing twice.
  await scheduler.scheduleTask({
    id: AUDIT_TASK,
    scope: 'global',
    ...settings.audit.schedule,
    fn: async () => {
      const result = await deps.audit.openDue(clock.now());
      logger.info(
        `PrivateLink audit: opened ${result.opened.length} campaigns (${
          result.opened.join(', ') || 'none'
        }); ${result.existing} were open`,
      );
      if (result.opened.length > 0 && settings.audit.notifications.enabled) {
        await scheduler
          .triggerTask(NOTIFY_TASK)
          .catch(error =>
            logger.debug(`Audit notices not triggered: ${error}`),
          );
      }
    },
  });

  // Tells owning groups when their campaign opens, a while before it is due and when it is
  // overdue: each notice once, through the notifications backend when it is installed.
  if (settings.audit.notifications.enabled) {
    await scheduler.scheduleTask({
      id: NOTIFY_TASK,
      scope: 'global',
      ...settings.audit.notifications.schedule,
      fn: async () => {
        const { sent, failed } = await deps.notifier.notify(clock.now());
        if (sent || failed)
          logger.info(
            `PrivateLink audit notices: ${sent} sent, ${failed} failed`,
          );
      },
    });
  }
}
