import {
  GetMetricDataCommand,
  MetricDataResult,
  paginateListMetrics,
} from '@aws-sdk/client-cloudwatch';
import { paginateDescribeTargetGroups } from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  AccountTarget,
  AwsAccessService,
  SnapshotReader,
} from '@privatelink-portal/plugin-privatelink-node';
import { addDays, dayOf, daysInRange } from '../calendar';
import { Dimensions, MetricQuery } from './metricQueries';

/** Daily values of each query, by query id, then by UTC day. */
export type DailyValues = Map<string, Map<string, number>>;

/** CloudWatch's price of GetMetricData, per 1,000 metrics requested. */
export const GET_METRIC_DATA_USD_PER_1000_METRICS = 0.01;

/** Where daily metrics come from: CloudWatch, or a snapshot of `get-metric-data` exports. */
export interface MetricSource {
  /**
   * The daily values of the queries, and how many metrics were requested to get them (each
   * query of each GetMetricData call counts: what CloudWatch bills).
   */
  getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ): Promise<{ values: DailyValues; metricsRequested: number }>;
  /** The target groups of each load balancer ARN. */
  targetGroups(
    accountId: string,
    region: string,
    loadBalancerArns: string[],
  ): Promise<Map<string, string[]>>;
  /**
   * The `AWS/PrivateLinkServices` series CloudWatch lists, by Service Id, with their dimensions as
   * listed; undefined where the source cannot list (a snapshot).
   */
  listedServiceSeries(
    accountId: string,
    region: string,
  ): Promise<Map<string, Dimensions[]> | undefined>;
}

/** GetMetricData takes at most 500 queries a call. */
export const QUERIES_PER_CALL = 500;
/** ... and returns at most 100,800 datapoints a call. */
export const DATAPOINTS_PER_CALL = 100_800;

function addResult(
  values: DailyValues,
  result: MetricDataResult,
  shiftDays = 0,
) {
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
  constructor(private readonly clients: AwsAccessService) {}

  async getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ) {
    const { cloudWatch } = await this.clients.forAccount(accountId, region);
    const values: DailyValues = new Map();
    let metricsRequested = 0;
    for (let i = 0; i < queries.length; i += QUERIES_PER_CALL) {
      const batch = queries.slice(i, i + QUERIES_PER_CALL);
      const daysPerCall = Math.floor(DATAPOINTS_PER_CALL / batch.length);
      for (
        let start = fromDay;
        start <= toDay;
        start = addDays(start, daysPerCall)
      ) {
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
                  Metric: {
                    Namespace: q.namespace,
                    MetricName: q.metricName,
                    Dimensions: q.dimensions,
                  },
                  Period: 86_400,
                  Stat: q.stat,
                },
              })),
            }),
          );
          metricsRequested += batch.length;
          for (const result of page.MetricDataResults ?? [])
            addResult(values, result);
          NextToken = page.NextToken;
        } while (NextToken);
      }
    }
    return { values, metricsRequested };
  }

  async targetGroups(
    accountId: string,
    region: string,
    loadBalancerArns: string[],
  ) {
    const { elbv2 } = await this.clients.forAccount(accountId, region);
    const result = new Map<string, string[]>();
    for (const arn of loadBalancerArns) {
      const groups: string[] = [];
      for await (const page of paginateDescribeTargetGroups(
        { client: elbv2 },
        { LoadBalancerArn: arn },
      )) {
        for (const group of page.TargetGroups ?? [])
          if (group.TargetGroupArn) groups.push(group.TargetGroupArn);
      }
      result.set(arn, groups);
    }
    return result;
  }

  /** ListMetrics of `BytesProcessed` (each service has the same sets for its other metrics). */
  async listedServiceSeries(accountId: string, region: string) {
    const { cloudWatch } = await this.clients.forAccount(accountId, region);
    const listed = new Map<string, Dimensions[]>();
    const pages = paginateListMetrics(
      { client: cloudWatch },
      { Namespace: 'AWS/PrivateLinkServices', MetricName: 'BytesProcessed' },
    );
    for await (const page of pages) {
      for (const metric of page.Metrics ?? []) {
        const dimensions = (metric.Dimensions ?? []).map(d => ({
          Name: d.Name ?? '',
          Value: d.Value ?? '',
        }));
        const serviceId = dimensions.find(d => d.Name === 'Service Id')?.Value;
        if (serviceId)
          listed.set(serviceId, [...(listed.get(serviceId) ?? []), dimensions]);
      }
    }
    return listed;
  }
}

/**
 * Daily values from a snapshot: `<account>/<region>/get-metric-data.json`, the output of
 * `aws cloudwatch get-metric-data` with one query per metric labelled `<resource id> <MetricName>`
 * at a period of 86400. The export's own dates are kept: an export an auditor loads shows the
 * days it was taken on. Only the shipped demo (`shiftDatesForDemo`) shifts them so that the last
 * exported day is the last complete day, so the demo never goes stale.
 */
export class SnapshotMetricSource implements MetricSource {
  constructor(
    private readonly snapshot: SnapshotReader,
    /** The demo's shift: the last complete day to move the export's last day to. */
    private readonly shiftTo?: () => string,
  ) {}

  async getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ) {
    const exported = await this.snapshot.read<{
      MetricDataResults?: MetricDataResult[];
    }>(accountId, region, 'get-metric-data', { listKey: 'MetricDataResults' });
    const results = exported?.MetricDataResults ?? [];
    const lastExported = results
      .flatMap(r => r.Timestamps ?? [])
      .map(t => dayOf(new Date(t)))
      .sort()
      .pop();
    const shift =
      lastExported && this.shiftTo
        ? daysInRange(lastExported, this.shiftTo()) - 1
        : 0;
    const byLabel = new Map(results.map(r => [r.Label, r]));
    const values: DailyValues = new Map();
    for (const query of queries) {
      const result = byLabel.get(query.label);
      if (result) addResult(values, { ...result, Id: query.id }, shift);
    }
    for (const byDay of values.values()) {
      for (const day of [...byDay.keys()])
        if (day < fromDay || day > toDay) byDay.delete(day);
    }
    return { values, metricsRequested: 0 };
  }

  async targetGroups(
    accountId: string,
    region: string,
    loadBalancerArns: string[],
  ) {
    const exported = await this.snapshot.read<{
      TargetGroups?: Array<{
        TargetGroupArn?: string;
        LoadBalancerArns?: string[];
      }>;
    }>(accountId, region, 'describe-target-groups', {
      listKey: 'TargetGroups',
    });
    return new Map(
      loadBalancerArns.map(arn => [
        arn,
        (exported?.TargetGroups ?? [])
          .filter(g => g.LoadBalancerArns?.includes(arn) && g.TargetGroupArn)
          .map(g => g.TargetGroupArn!),
      ]),
    );
  }

  /** An export is matched by label: its services are read from their `Service Id` series. */
  async listedServiceSeries() {
    return undefined;
  }
}

/**
 * Each account's metrics from where its source says: CloudWatch for `aws` accounts, the export
 * for snapshot accounts. An account that is not configured (an entity from elsewhere) is asked
 * of CloudWatch.
 */
export class AccountMetricSources implements MetricSource {
  private readonly cloudWatch: CloudWatchMetricSource;
  private readonly snapshots = new Map<string, SnapshotMetricSource>();

  constructor(
    accounts: AccountTarget[],
    aws: AwsAccessService,
    lastCompleteDay: () => string,
  ) {
    this.cloudWatch = new CloudWatchMetricSource(aws);
    for (const { accountId, source } of accounts) {
      if (source.type === 'snapshot') {
        this.snapshots.set(
          accountId,
          new SnapshotMetricSource(
            new SnapshotReader(source.path),
            source.shiftDatesForDemo ? lastCompleteDay : undefined,
          ),
        );
      }
    }
  }

  private sourceOf(accountId: string): MetricSource {
    return this.snapshots.get(accountId) ?? this.cloudWatch;
  }

  getDailyValues(
    accountId: string,
    region: string,
    queries: MetricQuery[],
    fromDay: string,
    toDay: string,
  ) {
    return this.sourceOf(accountId).getDailyValues(
      accountId,
      region,
      queries,
      fromDay,
      toDay,
    );
  }

  targetGroups(accountId: string, region: string, loadBalancerArns: string[]) {
    return this.sourceOf(accountId).targetGroups(
      accountId,
      region,
      loadBalancerArns,
    );
  }

  listedServiceSeries(accountId: string, region: string) {
    return this.sourceOf(accountId).listedServiceSeries(accountId, region);
  }
}
