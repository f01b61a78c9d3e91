import { GetMetricDataCommand, MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { paginateDescribeTargetGroups } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AwsClientFactory, SnapshotReader } from '@internal/plugin-privatelink-node';
import { addDays, dayOf, daysInRange } from '../lib/usage';
import { MetricQuery } from './metricQueries';

/** Daily values of each query, by query id, then by UTC day. */
export type DailyValues = Map<string, Map<string, number>>;

/** Where daily metrics come from: CloudWatch, or a snapshot of `get-metric-data` exports. */
export interface MetricSource {
  getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ): Promise<DailyValues>;
  /** The target groups of each load balancer ARN. */
  targetGroups(accountId: string, region: string, loadBalancerArns: string[]): Promise<Map<string, string[]>>;
}

/** GetMetricData takes at most 500 queries a call. */
export const QUERIES_PER_CALL = 500;
/** ... and returns at most 100,800 datapoints a call. */
export const DATAPOINTS_PER_CALL = 100_800;

function addResult(values: DailyValues, result: MetricDataResult, shiftDays = 0) {
  if (!result.Id) return;
  const byDay = values.get(result.Id) ?? new Map<string, number>();
  (result.Timestamps ?? []).forEach((timestamp, i) => {
    const day = addDays(dayOf(new Date(timestamp)), shiftDays);
    byDay.set(day, Number(result.Values?.[i] ?? 0));
  });
  values.set(result.Id, byDay);
}

/**
 * CloudWatch GetMetricData at a period of one day: 500 queries a call, and as many days a call
 * as keep queries x days within 100,800 datapoints.
 */
export class CloudWatchMetricSource implements MetricSource {
  constructor(private readonly clients: AwsClientFactory) {}

  async getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ): Promise<DailyValues> {
    const { cloudWatch } = await this.clients.forAccount(accountId, region);
    const values: DailyValues = new Map();
    for (let i = 0; i < queries.length; i += QUERIES_PER_CALL) {
      const batch = queries.slice(i, i + QUERIES_PER_CALL);
      const daysPerCall = Math.floor(DATAPOINTS_PER_CALL / batch.length);
      for (let start = fromDay; start <= toDay; start = addDays(start, daysPerCall)) {
        const end = [addDays(start, daysPerCall - 1), toDay].sort()[0];
        let NextToken: string | undefined;
        do {
          const page = await cloudWatch.send(
            new GetMetricDataCommand({
              StartTime: new Date(`${start}T00:00:00Z`),
              EndTime: new Date(`${addDays(end, 1)}T00:00:00Z`),
              ScanBy: 'TimestampAscending',
              NextToken,
              MetricDataQueries: batch.map(q => ({
                Id: q.id,
                Label: q.label,
                ReturnData: true,
                MetricStat: {
                  Metric: { Namespace: q.namespace, MetricName: q.metricName, Dimensions: q.dimensions },
                  Period: 86_400,
                  Stat: q.stat,
                },
              })),
            }),
          );
          for (const result of page.MetricDataResults ?? []) addResult(values, result);
          NextToken = page.NextToken;
        } while (NextToken);
      }
    }
    return values;
  }

  async targetGroups(accountId: string, region: string, loadBalancerArns: string[]) {
    const { elbv2 } = await this.clients.forAccount(accountId, region);
    const result = new Map<string, string[]>();
    for (const arn of loadBalancerArns) {
      const groups: string[] = [];
      for await (const page of paginateDescribeTargetGroups({ client: elbv2 }, { LoadBalancerArn: arn })) {
        for (const group of page.TargetGroups ?? []) if (group.TargetGroupArn) groups.push(group.TargetGroupArn);
      }
      result.set(arn, groups);
    }
    return result;
  }
}

/**
 * Daily values from a snapshot: `<account>/<region>/get-metric-data.json`, the output of
 * `aws cloudwatch get-metric-data` with one query per metric labelled `<resource id> <MetricName>`
 * at a period of 86400. The export's days are shifted so that its last day is the last complete
 * day, so the example never goes stale.
 */
export class SnapshotMetricSource implements MetricSource {
  constructor(
    private readonly snapshot: SnapshotReader,
    private readonly lastCompleteDay: () => string,
  ) {}

  async getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ): Promise<DailyValues> {
    const exported = await this.snapshot.read<{ MetricDataResults?: MetricDataResult[] }>(
      accountId,
      region,
      'get-metric-data',
    );
    const results = exported?.MetricDataResults ?? [];
    const lastExported = results
      .flatMap(r => r.Timestamps ?? [])
      .map(t => dayOf(new Date(t)))
      .sort()
      .pop();
    const shift = lastExported ? daysInRange(lastExported, this.lastCompleteDay()) - 1 : 0;
    const byLabel = new Map(results.map(r => [r.Label, r]));
    const values: DailyValues = new Map();
    for (const query of queries) {
      const result = byLabel.get(query.label);
      if (result) addResult(values, { ...result, Id: query.id }, shift);
    }
    for (const byDay of values.values()) {
      for (const day of [...byDay.keys()]) if (day < fromDay || day > toDay) byDay.delete(day);
    }
    return values;
  }

  async targetGroups(accountId: string, region: string, loadBalancerArns: string[]) {
    const exported = await this.snapshot.read<{
      TargetGroups?: Array<{ TargetGroupArn?: string; LoadBalancerArns?: string[] }>;
    }>(accountId, region, 'describe-target-groups');
    return new Map(
      loadBalancerArns.map(arn => [
        arn,
        (exported?.TargetGroups ?? [])
          .filter(g => g.LoadBalancerArns?.includes(arn) && g.TargetGroupArn)
          .map(g => g.TargetGroupArn!),
      ]),
    );
  }
}
