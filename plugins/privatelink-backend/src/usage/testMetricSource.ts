import { addDays } from '../calendar';
import { DailyValues, MetricSource } from './MetricSource';
import { MetricQuery } from './metricQueries';

/**
 * A metric source for tests of the collector: 1 GB on every day asked for of each BytesProcessed
 * query, a failure for the accounts in `failFor`, and a record of every call.
 */
export class RecordingSource implements MetricSource {
  calls: Array<{
    accountId: string;
    from: string;
    to: string;
    queries: number;
  }> = [];
  failFor = new Set<string>();

  async getDailyValues(
    accountId: string,
    _region: string,
    queries: MetricQuery[],
    from: string,
    to: string,
  ) {
    if (this.failFor.has(accountId)) throw new Error('AccessDenied');
    this.calls.push({ accountId, from, to, queries: queries.length });
    const values: DailyValues = new Map();
    for (const q of queries) {
      if (q.metricName !== 'BytesProcessed') continue;
      const byDay = new Map<string, number>();
      for (let d = from; d <= to; d = addDays(d, 1)) byDay.set(d, 2 ** 30);
      values.set(q.id, byDay);
    }
    return { values, metricsRequested: queries.length };
  }

  async targetGroups() {
    return new Map<string, string[]>();
  }

  async listedServiceSeries() {
    return undefined;
  }
}
