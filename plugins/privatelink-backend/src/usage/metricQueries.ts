import {
  DailyUsage,
  endpointMetricDimensions,
  PrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';

export type UsageField = Exclude<keyof DailyUsage, 'day' | 'zones'>;

/** The dimensions of one CloudWatch series, in the order CloudWatch lists them. */
export type Dimensions = Array<{ Name: string; Value: string }>;

/** One CloudWatch metric of one entity, to be asked for daily. */
export interface MetricQuery {
  /** GetMetricData query id: unique in a call, `^[a-z][a-zA-Z0-9_]*$`. */
  id: string;
  entityRef: string;
  field: UsageField;
  namespace: string;
  metricName: string;
  dimensions: Dimensions;
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
  /** The provided services of the cell, whose series are chosen from what CloudWatch lists. */
  services: Array<{ entityRef: string; serviceId: string }>;
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
      cell = {
        accountId,
        region,
        entityRefs: [],
        queries: [],
        loadBalancers: [],
        services: [],
      };
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
      cell.services.push({ entityRef, serviceId: service.serviceId });
      cell.queries.push(
        ...serviceQueries(entityRef, service.serviceId, [
          serviceTotal(service.serviceId),
        ]),
      );
      for (const arn of service.provider.networkLoadBalancerArns) {
        cell.loadBalancers.push({ entityRef, arn });
      }
    }
  }
  // Query ids are unique within a cell.
  return [...cells.values()].map(cell => ({
    ...cell,
    queries: cell.queries.map((q, i) => ({ ...q, id: `q${i}` })),
  }));
}

function serviceTotal(serviceId: string): Dimensions {
  return [{ Name: 'Service Id', Value: serviceId }];
}

/** The queries of a provided service over the given series, which add up to its total. */
function serviceQueries(
  entityRef: string,
  serviceId: string,
  series: Dimensions[],
): MetricQuery[] {
  return series
    .flatMap(dimensions =>
      SERVICE_METRICS.map(([metricName, field, stat]) => ({
        id: '',
        entityRef,
        field,
        namespace: 'AWS/PrivateLinkServices',
        metricName,
        dimensions,
        stat,
        // The Service Id series keeps the label snapshot exports are matched by.
        label: [
          serviceId,
          ...dimensions.filter(d => d.Name !== 'Service Id').map(d => d.Value),
          metricName,
        ].join(' '),
      })),
    )
    .map((query, i) => ({ ...query, id: `s${i}` }));
}

/**
 * The dimension sets AWS publishes `AWS/PrivateLinkServices` metrics under, the service's total
 * first, then finer splits: per load balancer, per AZ and load balancer, per consumer endpoint.
 */
const SERVICE_DIMENSION_SETS = [
  ['Service Id'],
  ['Load Balancer Arn', 'Service Id'],
  ['Az', 'Load Balancer Arn', 'Service Id'],
  ['Service Id', 'VPC Endpoint Id'],
];

/** The series a provided service is read from, and their dimension names. */
export interface ServiceSeries {
  names: string[];
  series: Dimensions[];
}

/**
 * Which of the series CloudWatch lists for a provided service add up to its total: the
 * `Service Id` series when it is listed; otherwise every series of the coarsest finer set that is
 * (summed, so no day is counted twice). When nothing is listed (ListMetrics covers the last two
 * weeks; a snapshot lists nothing) the `Service Id` series is asked, and reads zero without traffic.
 */
export function chooseServiceSeries(
  serviceId: string,
  listed: Dimensions[] = [],
): ServiceSeries {
  const key = (names: string[]) => [...names].sort().join(',');
  const ofService = listed.filter(dimensions =>
    dimensions.some(d => d.Name === 'Service Id' && d.Value === serviceId),
  );
  for (const names of SERVICE_DIMENSION_SETS) {
    const series = ofService.filter(
      dimensions => key(dimensions.map(d => d.Name)) === key(names),
    );
    if (series.length > 0) return { names, series };
  }
  return { names: ['Service Id'], series: [serviceTotal(serviceId)] };
}

/**
 * The cell with its provided services read from the series CloudWatch lists
 * (`chooseServiceSeries`), query ids renumbered, and a description of each service's series.
 */
export function withListedServiceSeries(
  cell: MetricCell,
  listed: Map<string, Dimensions[]>,
): { cell: MetricCell; series: Map<string, string> } {
  const serviceRefs = new Set(cell.services.map(s => s.entityRef));
  const queries = cell.queries.filter(q => !serviceRefs.has(q.entityRef));
  const series = new Map<string, string>();
  for (const { entityRef, serviceId } of cell.services) {
    const chosen = chooseServiceSeries(serviceId, listed.get(serviceId));
    queries.push(...serviceQueries(entityRef, serviceId, chosen.series));
    series.set(entityRef, describeServiceSeries(serviceId, chosen));
  }
  return {
    cell: { ...cell, queries: queries.map((q, i) => ({ ...q, id: `q${i}` })) },
    series,
  };
}

function describeServiceSeries(
  serviceId: string,
  chosen: ServiceSeries,
): string {
  const metrics = `AWS/PrivateLinkServices ${SERVICE_METRICS.map(
    ([name]) => name,
  ).join(', ')}`;
  if (chosen.names.length === 1) {
    return (
      `${metrics} for Service Id ${serviceId} (dimension Service Id: all its load balancers, Availability ` +
      'Zones and consumer endpoints), daily, in UTC'
    );
  }
  return (
    `${metrics} for Service Id ${serviceId}: the sum of the ${chosen.series.length} series ` +
    `CloudWatch lists under ${chosen.names.join(
      ', ',
    )} (it lists none under Service Id alone; ` +
    'ActiveConnections is the sum of their daily maxima), daily, in UTC'
  );
}

/**
 * Which CloudWatch series the usage of `item` is read from, in words for the Usage card; undefined
 * when none is published (gateway endpoints, services only consumed). For a provided service this
 * is the `Service Id` series until a collection has chosen from what CloudWatch lists
 * (`withListedServiceSeries`), whose words the store then keeps.
 */
export function describeSeries(item: PrivateLinkEntity): string | undefined {
  if (item.kind === 'endpoint') {
    const { endpoint } = item;
    if (endpoint.endpointType === 'Gateway') return undefined;
    return (
      `AWS/PrivateLinkEndpoints ${ENDPOINT_METRICS.map(([name]) => name).join(
        ', ',
      )} ` +
      `for VPC Endpoint Id ${endpoint.endpointId} (dimensions Endpoint Type, Service Name, VPC Endpoint Id, VPC Id), ` +
      'daily, in UTC'
    );
  }
  if (
    item.kind !== 'service' ||
    !item.service.provider ||
    !item.service.serviceId
  )
    return undefined;
  return describeServiceSeries(
    item.service.serviceId,
    chooseServiceSeries(item.service.serviceId),
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
  loadBalancers: Array<{
    entityRef: string;
    arn: string;
    targetGroupArns: string[];
  }>,
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
