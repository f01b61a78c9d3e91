import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { AccountChange, accountChangeOf } from './changeEvents';

/** A change event as received: what AWS says, and when it reached the portal. */
export type ReceivedChange = AccountChange & { receivedAt: string };

/**
 * Refreshes the account an AWS change event names, a short while after its last event (a burst of
 * calls, such as a stack creating ten endpoints, makes one refresh). When the account's refresh is
 * already running it may have read AWS before the change, so the refresh is asked for again after
 * the same wait. Events of accounts the portal does not read, and failed calls, are ignored. The
 * scheduled refresh stays the safety net for an event that never arrives.
 */
export class ChangeEventRefresher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastEvents = new Map<string, ReceivedChange>();

  constructor(
    private readonly deps: {
      scheduler: Pick<SchedulerService, 'triggerTask'>;
      taskIdOf: (accountId: string) => string | undefined;
      debounceMs: number;
      logger: LoggerService;
    },
  ) {}

  /** One event's payload, as the events topic delivers it. */
  onEvent(payload: unknown): AccountChange | undefined {
    const change = accountChangeOf(payload);
    if (!change) return undefined;
    if (!this.deps.taskIdOf(change.accountId)) {
      this.deps.logger.debug(
        `AWS change event ${change.eventName} of account ${change.accountId}, which the portal does not read: ignored`,
      );
      return undefined;
    }
    this.lastEvents.set(change.accountId, {
      ...change,
      receivedAt: new Date().toISOString(),
    });
    this.arm(change.accountId);
    return change;
  }

  /** The last change event of an account this process received, for the operators' status. */
  lastEventOf(accountId: string): ReceivedChange | undefined {
    return this.lastEvents.get(accountId);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private arm(accountId: string): void {
    clearTimeout(this.timers.get(accountId));
    const timer = setTimeout(() => {
      this.timers.delete(accountId);
      this.refresh(accountId).catch(() => undefined);
    }, this.deps.debounceMs);
    timer.unref?.();
    this.timers.set(accountId, timer);
  }

  private async refresh(accountId: string): Promise<void> {
    const taskId = this.deps.taskIdOf(accountId)!;
    try {
      await this.deps.scheduler.triggerTask(taskId);
      this.deps.logger.info(
        `Refreshing account ${accountId} after an AWS change event`,
      );
    } catch (error) {
      if ((error as Error)?.name === 'ConflictError') {
        // Running now, perhaps from before the change: once more after it ends.
        this.arm(accountId);
        return;
      }
      this.deps.logger.warn(
        `Could not refresh account ${accountId} after an AWS change event: ${stringifyError(
          error,
        )}`,
      );
    }
  }
}
