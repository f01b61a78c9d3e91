import { DailyUsage, endpointMetricDimensions, PrivateLinkEntity } from '@internal/plugin-privatelink-common';

export type UsageField = Exclude<keyof DailyUsage, 'day' | 'zones'>;

/** One CloudWatch metric of one entity, to be asked for daily. */
export interface MetricQuery {
  /** GetMetricData query id: unique in a call, `^[a-z][a-zA-Z0-9_]*$`. */
  id: string;
  entityRef: string;
  field: UsageField;
  namespace: string;
  metricName: string;
  dimensions: Array<{ Name: string; Value: string }>;
  stat: 'Sum' | 'Maximum' | 'Minimum';
  /** Set for the per-subnet queries of an endpoint: the value is that subnet's share. */
  subnetId?: string;
  /**
   * `<resource id> <MetricName>`: sent as the query's Label, and how a snapshot export made with
   * the same queries is matched back.
   */
  label: string;
}

/** The entities of one account and region, with what to ask CloudWatch about them. */
export interface MetricCell {
  accountId: string;
  region: string;
  entityRefs: string[];
  queries: MetricQuery[];
  /** Provider NLB ARNs whose target health is wanted, by the service entity that owns them. */
  loadBalancers: Array<{ entityRef: string; arn: string }>;
}

const ENDPOINT_METRICS: Array<[string, UsageField, MetricQuery['stat']]> = [
  ['BytesProcessed', 'bytesProcessed', 'Sum'],
  ['NewConnections', 'newConnections', 'Sum'],
  ['ActiveConnections', 'activeConnectionsMax', 'Maximum'],
  ['PacketsDropped', 'packetsDropped', 'Sum'],
  ['RstPacketsReceived', 'resetPackets', 'Sum'],
];

const SERVICE_METRICS: Array<[string, UsageField, MetricQuery['stat']]> = [
  ['BytesProcessed', 'bytesProcessed', 'Sum'],
  ['NewConnections', 'newConnections', 'Sum'],
  ['ActiveConnections', 'activeConnectionsMax', 'Maximum'],
  ['RstPacketsSent', 'resetPackets', 'Sum'],
];

/** Metrics asked per subnet of an endpoint, for the per-AZ view. */
const ZONE_METRICS: Array<[string, 'bytesProcessed' | 'packetsDropped']> = [
  ['BytesProcessed', 'bytesProcessed'],
  ['PacketsDropped', 'packetsDropped'],
];

/**
 * Which CloudWatch metrics describe the endpoints and provided services among `entities`, grouped
 * by account and region (one CloudWatch client each). Gateway endpoints publish no PrivateLink
 * metrics and are left out. Dimensions are the ones AWS publishes:
 * `Endpoint Type, Service Name, VPC Endpoint Id, VPC Id` for endpoints, `Service Id` for services.
 */
export function planMetricQueries(
  entities: PrivateLinkEntity[],
  options: { perZone: boolean } = { perZone: true },
): MetricCell[] {
  const cells = new Map<string, MetricCell>();
  const cellOf = (accountId: string, region: string) => {
    const key = `${accountId}/${region}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { accountId, region, entityRefs: [], queries: [], loadBalancers: [] };
      cells.set(key, cell);
    }
    return cell;
  };
  for (const item of entities) {
    const { entityRef } = item;
    if (item.kind === 'endpoint') {
      const { endpoint } = item;
      if (endpoint.endpointType === 'Gateway') continue;
      const cell = cellOf(endpoint.accountId, endpoint.region);
      cell.entityRefs.push(entityRef);
      const dimensions = endpointMetricDimensions(endpoint);
      for (const [metricName, field, stat] of ENDPOINT_METRICS) {
        cell.queries.push({
          id: `q${cell.queries.length}`,
          entityRef,
          field,
          namespace: 'AWS/PrivateLinkEndpoints',
          metricName,
          dimensions,
          stat,
          label: `${endpoint.endpointId} ${metricName}`,
        });
      }
      if (options.perZone) {
        for (const { subnetId } of endpoint.subnets) {
          const zoneDimensions = endpointMetricDimensions(endpoint, subnetId);
          for (const [metricName, field] of ZONE_METRICS) {
            cell.queries.push({
              id: `q${cell.queries.length}`,
              entityRef,
              field,
              namespace: 'AWS/PrivateLinkEndpoints',
              metricName,
              dimensions: zoneDimensions,
              stat: 'Sum',
              subnetId,
              label: `${endpoint.endpointId} ${subnetId} ${metricName}`,
            });
          }
        }
      }
      continue;
    }
    if (item.kind !== 'service') continue;
    const { service } = item;
    if (service.provider && service.serviceId) {
      const cell = cellOf(service.provider.accountId, service.region);
      cell.entityRefs.push(entityRef);
      for (const [metricName, field, stat] of SERVICE_METRICS) {
        cell.queries.push({
          id: `q${cell.queries.length}`,
          entityRef,
          field,
          namespace: 'AWS/PrivateLinkServices',
          metricName,
          dimensions: [{ Name: 'Service Id', Value: service.serviceId }],
          stat,
          label: `${service.serviceId} ${metricName}`,
        });
      }
      for (const arn of service.provider.networkLoadBalancerArns) {
        cell.loadBalancers.push({ entityRef, arn });
      }
    }
  }
  return [...cells.values()];
}

/**
 * Which CloudWatch series the usage of `item` is read from, in words for the Usage card; undefined
 * when none is published (gateway endpoints, services only consumed). A provided service is read
 * from the `Service Id` dimension set, the one AWS publishes as the service's total over its load
 * balancers, Availability Zones and consumer endpoints (the other sets split it by `Az`,
 * `Load Balancer Arn` or `VPC Endpoint Id`).
 */
export function describeSeries(item: PrivateLinkEntity): string | undefined {
  if (item.kind === 'endpoint') {
    const { endpoint } = item;
    if (endpoint.endpointType === 'Gateway') return undefined;
    return (
      `AWS/PrivateLinkEndpoints ${ENDPOINT_METRICS.map(([name]) => name).join(', ')} ` +
      `for VPC Endpoint Id ${endpoint.endpointId} (dimensions Endpoint Type, Service Name, VPC Endpoint Id, VPC Id), ` +
      'daily, in UTC'
    );
  }
  if (item.kind !== 'service' || !item.service.provider || !item.service.serviceId) return undefined;
  return (
    `AWS/PrivateLinkServices ${SERVICE_METRICS.map(([name]) => name).join(', ')} ` +
    `for Service Id ${item.service.serviceId} (all its load balancers, Availability Zones and consumer endpoints), ` +
    'daily, in UTC'
  );
}

/** `net/<name>/<id>`: the LoadBalancer dimension of an NLB ARN. */
export function loadBalancerDimension(arn: string): string {
  const at = arn.indexOf(':loadbalancer/');
  return at >= 0 ? arn.slice(at + ':loadbalancer/'.length) : arn;
}

/** `targetgroup/<name>/<id>`: the TargetGroup dimension of a target group ARN. */
export function targetGroupDimension(arn: string): string {
  const at = arn.indexOf(':targetgroup/');
  return at >= 0 ? arn.slice(at + 1) : arn;
}

/** Queries for the target health of provider NLBs, given their target groups. */
export function targetHealthQueries(
  loadBalancers: Array<{ entityRef: string; arn: string; targetGroupArns: string[] }>,
  firstId: number,
): MetricQuery[] {
  const queries: MetricQuery[] = [];
  for (const lb of loadBalancers) {
    const lbDimension = loadBalancerDimension(lb.arn);
    for (const tg of lb.targetGroupArns) {
      const dimensions = [
        { Name: 'LoadBalancer', Value: lbDimension },
        { Name: 'TargetGroup', Value: targetGroupDimension(tg) },
      ];
      queries.push(
        {
          id: `q${firstId + queries.length}`,
          entityRef: lb.entityRef,
          field: 'healthyHostsMin',
          namespace: 'AWS/NetworkELB',
          metricName: 'HealthyHostCount',
          dimensions,
          stat: 'Minimum',
          label: `${targetGroupDimension(tg)} HealthyHostCount`,
        },
        {
          id: `q${firstId + queries.length + 1}`,
          entityRef: lb.entityRef,
          field: 'unhealthyHostsMax',
          namespace: 'AWS/NetworkELB',
          metricName: 'UnHealthyHostCount',
          dimensions,
          stat: 'Maximum',
          label: `${targetGroupDimension(tg)} UnHealthyHostCount`,
        },
      );
    }
  }
  return queries;
}
