import { IdleVerdict } from '@privatelink-portal/plugin-privatelink-common';
import { hourlyChargesPerMonth, roundToCents } from '../pricing';
import { addDays, daysInRange } from '../calendar';

const dollars = (usd: number) =>
  `$${usd.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`;

/** The longest stretch the idle verdict looks back over. */
export const IDLE_LOOKBACK_DAYS = 400;

/**
 * Idle: no bytes on any of the last `idleAfterDays` days while hourly charges accrue. A day
 * without a datapoint counts as zero bytes (CloudWatch publishes only minutes with traffic), but
 * only days since `since` count as observed: the later of the endpoint's creation and the first
 * day collected. The verdict needs only the last day with bytes, which the store answers for many
 * endpoints in one query.
 */
export function idleVerdict(input: {
  /** The last day with bytes, if any. */
  lastTrafficDay: string | undefined;
  idleAfterDays: number;
  since: string;
  /** Last complete day collected. */
  through: string;
  /** Hourly charge of the endpoint in USD (0 for gateway endpoints). */
  hourlyUsd: number;
}): IdleVerdict {
  const { idleAfterDays, since, through, hourlyUsd } = input;
  // Traffic after the last complete day (today's partial rows) is traffic on the last day.
  const lastTrafficDay =
    input.lastTrafficDay && input.lastTrafficDay > through
      ? through
      : input.lastTrafficDay;
  const lookbackStart = addDays(through, -(IDLE_LOOKBACK_DAYS - 1));
  const sawTraffic =
    lastTrafficDay !== undefined &&
    lastTrafficDay >= since &&
    lastTrafficDay >= lookbackStart;
  const observedDays = sawTraffic
    ? daysInRange(lastTrafficDay!, through)
    : Math.min(daysInRange(since, through), IDLE_LOOKBACK_DAYS);
  const daysWithoutBytes = sawTraffic ? observedDays - 1 : observedDays;
  const monthlyUsd = roundToCents(hourlyChargesPerMonth(hourlyUsd));
  const wastedSoFarUsd = roundToCents(daysWithoutBytes * 24 * hourlyUsd);
  const verdict = {
    observedDays,
    daysWithoutBytes,
    monthlyUsd,
    wastedSoFarUsd,
  };
  if (hourlyUsd === 0) {
    return {
      ...verdict,
      idle: false,
      wastedSoFarUsd: 0,
      reason: 'Free by the hour: idling wastes nothing.',
    };
  }
  if (daysWithoutBytes >= idleAfterDays) {
    return {
      ...verdict,
      idle: true,
      reason: `No bytes for ${daysWithoutBytes} days (threshold ${idleAfterDays}): it costs ${dollars(
        monthlyUsd,
      )} a month while idle, ${dollars(
        wastedSoFarUsd,
      )} of hourly charges so far.`,
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
