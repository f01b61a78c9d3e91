import { PrivateLinkEntity } from '@privatelink-portal/plugin-privatelink-common';
import { asPrivateLinkEntity, endpointEntity } from '../testEntities';
import {
  chooseServiceSeries,
  describeSeries,
  planMetricQueries,
  withListedServiceSeries,
} from './metricQueries';

// Names are lower-case, as EC2's ids are.
const endpoint = (type: 'Interface' | 'Gateway') =>
  asPrivateLinkEntity(
    endpointEntity(`vpce-${type.toLowerCase()}`, {
      endpointType: type,
      vpcId: 'vpc-1',
      subnets: [{ subnetId: 'subnet-1' }, { subnetId: 'subnet-2' }],
    }),
  );

describe('planMetricQueries', () => {
  it('asks five metrics per endpoint and two per subnet, none for gateway endpoints', () => {
    const [cell] = planMetricQueries([
      endpoint('Interface'),
      endpoint('Gateway'),
    ]);
    expect(cell.entityRefs).toEqual(['resource:default/vpce-interface']);
    expect(cell.queries).toHaveLength(5 + 2 * 2);
    expect(new Set(cell.queries.map(q => q.id)).size).toBe(cell.queries.length);
    expect(cell.queries[0]).toMatchObject({
      namespace: 'AWS/PrivateLinkEndpoints',
      metricName: 'BytesProcessed',
      stat: 'Sum',
      dimensions: [
        { Name: 'Endpoint Type', Value: 'Interface' },
        { Name: 'Service Name', Value: 'com.amazonaws.us-east-1.kms' },
        { Name: 'VPC Endpoint Id', Value: 'vpce-interface' },
        { Name: 'VPC Id', Value: 'vpc-1' },
      ],
    });
    expect(cell.queries[5]).toMatchObject({
      subnetId: 'subnet-1',
      label: 'vpce-interface subnet-1 BytesProcessed',
    });
    expect(
      planMetricQueries([endpoint('Interface')], { perZone: false })[0].queries,
    ).toHaveLength(5);
  });
});

describe('a provided service', () => {
  const service = (provider?: object) =>
    ({
      kind: 'service',
      entityRef: 'resource:default/vpce-svc-0b1d2f3a4c5e60101',
      service: {
        region: 'us-east-1',
        serviceId: 'vpce-svc-0b1d2f3a4c5e60101',
        provider,
      },
    } as unknown as PrivateLinkEntity);
  const nlb =
    'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/orders/50dc6c495c0c9188';

  it('is read from the Service Id series, its total over load balancers, zones and consumers', () => {
    const [cell] = planMetricQueries([
      service({ accountId: '111111111111', networkLoadBalancerArns: [nlb] }),
    ]);
    expect(cell).toMatchObject({
      accountId: '111111111111',
      region: 'us-east-1',
    });
    expect(cell.queries.map(q => q.metricName)).toEqual([
      'BytesProcessed',
      'NewConnections',
      'ActiveConnections',
      'RstPacketsSent',
    ]);
    expect(
      new Set(
        cell.queries.map(q => JSON.stringify([q.namespace, q.dimensions])),
      ),
    ).toEqual(
      new Set([
        JSON.stringify([
          'AWS/PrivateLinkServices',
          [{ Name: 'Service Id', Value: 'vpce-svc-0b1d2f3a4c5e60101' }],
        ]),
      ]),
    );
    expect(cell.loadBalancers).toEqual([
      { entityRef: 'resource:default/vpce-svc-0b1d2f3a4c5e60101', arn: nlb },
    ]);
    expect(
      describeSeries(
        service({ accountId: '111111111111', networkLoadBalancerArns: [nlb] }),
      ),
    ).toBe(
      'AWS/PrivateLinkServices BytesProcessed, NewConnections, ActiveConnections, RstPacketsSent for Service Id ' +
        'vpce-svc-0b1d2f3a4c5e60101 (dimension Service Id: all its load balancers, Availability Zones and consumer ' +
        'endpoints), daily, in UTC',
    );
  });

  describe('read from the series CloudWatch lists', () => {
    const id = 'vpce-svc-0b1d2f3a4c5e60101';
    const dims = (pairs: Array<[string, string]>) =>
      pairs.map(([Name, Value]) => ({ Name, Value }));
    const total = dims([['Service Id', id]]);
    const byAz = (az: string) =>
      dims([
        ['Az', az],
        ['Load Balancer Arn', nlb],
        ['Service Id', id],
      ]);
    const byConsumer = dims([
      ['Service Id', id],
      ['VPC Endpoint Id', 'vpce-0aa'],
    ]);
    const otherService = dims([['Service Id', 'vpce-svc-other']]);

    it('takes the Service Id total when it is listed, and never adds the finer sets to it', () => {
      expect(
        chooseServiceSeries(id, [
          byAz('use1-az1'),
          byConsumer,
          total,
          otherService,
        ]),
      ).toEqual({
        names: ['Service Id'],
        series: [total],
      });
    });

    it('otherwise sums every series of the coarsest finer set listed, with dimensions as listed', () => {
      expect(
        chooseServiceSeries(id, [
          byConsumer,
          byAz('use1-az1'),
          byAz('use1-az2'),
          otherService,
        ]),
      ).toEqual({
        names: ['Az', 'Load Balancer Arn', 'Service Id'],
        series: [byAz('use1-az1'), byAz('use1-az2')],
      });
      expect(chooseServiceSeries(id, [byConsumer]).series).toEqual([
        byConsumer,
      ]);
    });

    it('asks the Service Id series when nothing of the service is listed', () => {
      expect(chooseServiceSeries(id, [otherService])).toEqual({
        names: ['Service Id'],
        series: [total],
      });
      expect(chooseServiceSeries(id, undefined).series).toEqual([total]);
    });

    it('replaces the plan of the cell, keeping its endpoints, with unique ids and labels', () => {
      const [planned] = planMetricQueries([
        endpoint('Interface'),
        service({ accountId: '111111111111', networkLoadBalancerArns: [nlb] }),
      ]);
      const { cell, series } = withListedServiceSeries(
        planned,
        new Map([[id, [byAz('use1-az1'), byAz('use1-az2')]]]),
      );
      const serviceQueries = cell.queries.filter(
        q => q.namespace === 'AWS/PrivateLinkServices',
      );
      expect(serviceQueries).toHaveLength(2 * 4);
      expect(serviceQueries[0]).toMatchObject({
        metricName: 'BytesProcessed',
        dimensions: byAz('use1-az1'),
        label: `${id} use1-az1 ${nlb} BytesProcessed`,
      });
      expect(
        cell.queries.filter(q => q.namespace === 'AWS/PrivateLinkEndpoints'),
      ).toEqual(
        planned.queries.filter(q => q.namespace === 'AWS/PrivateLinkEndpoints'),
      );
      expect(new Set(cell.queries.map(q => q.id)).size).toBe(
        cell.queries.length,
      );
      expect(new Set(cell.queries.map(q => q.label)).size).toBe(
        cell.queries.length,
      );
      expect(
        series.get('resource:default/vpce-svc-0b1d2f3a4c5e60101'),
      ).toContain(
        'the sum of the 2 series CloudWatch lists under Az, Load Balancer Arn, Service Id',
      );
    });
  });

  it('asks nothing for a service only consumed, and names no series for it or a gateway endpoint', () => {
    expect(planMetricQueries([service(undefined)])).toEqual([]);
    expect(describeSeries(service(undefined))).toBeUndefined();
    expect(describeSeries(endpoint('Gateway'))).toBeUndefined();
    expect(describeSeries(endpoint('Interface'))).toMatch(
      /^AWS\/PrivateLinkEndpoints BytesProcessed, .* for VPC Endpoint Id vpce-interface/,
    );
  });
});
