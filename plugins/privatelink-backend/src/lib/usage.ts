import { DailyUsage, IdleVerdict } from '@internal/plugin-privatelink-common';

export type { DailyUsage, IdleVerdict };

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `fromDay` to `toDay`, both included. */
export function daysInRange(fromDay: string, toDay: string): number {
  return (
    Math.round(
      (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) /
        86_400_000,
    ) + 1
  );
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The longest stretch the idle verdict looks back over. */
const LOOKBACK_DAYS = 400;

/**
 * Idle: no bytes on any of the last `idleAfterDays` days while hourly charges accrue. A day
 * without a datapoint counts as zero bytes (CloudWatch publishes only minutes with traffic), but
 * only days since `since` count as observed: the later of the endpoint's creation and the first
 * day collected.
 */
export function idleVerdict(input: {
  usage: DailyUsage[];
  idleAfterDays: number;
  since: string;
  /** Last complete day collected. */
  through: string;
  /** Hourly charge of the endpoint in USD (0 for gateway endpoints). */
  hourlyUsd: number;
}): IdleVerdict {
  const { usage, idleAfterDays, since, through, hourlyUsd } = input;
  const bytesByDay = new Map(usage.map(u => [u.day, u.bytesProcessed]));
  let observedDays = 0;
  let daysWithoutBytes = 0;
  let sawTraffic = false;
  for (
    let day = through;
    day >= since && observedDays < LOOKBACK_DAYS;
    day = addDays(day, -1)
  ) {
    observedDays++;
    if ((bytesByDay.get(day) ?? 0) > 0) {
      sawTraffic = true;
      break;
    }
    daysWithoutBytes++;
  }
  const wastedUsd = Math.round(daysWithoutBytes * 24 * hourlyUsd * 100) / 100;
  const verdict = { observedDays, daysWithoutBytes, wastedUsd };
  if (hourlyUsd === 0) {
    return {
      ...verdict,
      idle: false,
      wastedUsd: 0,
      reason: 'Free by the hour: idling wastes nothing.',
    };
  }
  if (daysWithoutBytes >= idleAfterDays) {
    return {
      ...verdict,
      idle: true,
      reason: `No bytes for ${daysWithoutBytes} days (threshold ${idleAfterDays}): ${wastedUsd.toFixed(
        2,
      )} USD of hourly charges in that time.`,
    };
  }
  if (!sawTraffic) {
    return {
      ...verdict,
      idle: false,
      reason: `No bytes in the ${observedDays} days observed, fewer than the ${idleAfterDays} a verdict needs.`,
    };
  }
  return {
    ...verdict,
    idle: false,
    reason:
      daysWithoutBytes === 0
        ? 'Carried traffic on the last collected day.'
        : `Last traffic ${daysWithoutBytes} days before the last collected day (threshold ${idleAfterDays}).`,
  };
}
