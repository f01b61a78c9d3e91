import { Entity } from '@backstage/catalog-model';
import { planMetricQueries } from './metricQueries';

// Names are lower-case, as EC2's ids are.
const endpoint = (type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: `vpce-${type.toLowerCase()}`, namespace: 'default' },
  spec: {
    type: 'aws-vpc-endpoint',
    owner: 'x',
    endpoint: {
      endpointId: `vpce-${type.toLowerCase()}`,
      endpointType: type,
      accountId: '111111111111',
      region: 'us-east-1',
      vpcId: 'vpc-1',
      serviceName: 'com.amazonaws.us-east-1.kms',
      subnets: [{ subnetId: 'subnet-1' }, { subnetId: 'subnet-2' }],
    } as any,
  },
});

describe('planMetricQueries', () => {
  it('asks five metrics per endpoint and two per subnet, none for gateway endpoints', () => {
    const [cell] = planMetricQueries([endpoint('Interface'), endpoint('Gateway')]);
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
    expect(cell.queries[5]).toMatchObject({ subnetId: 'subnet-1', label: 'vpce-interface subnet-1 BytesProcessed' });
    expect(planMetricQueries([endpoint('Interface')], { perZone: false })[0].queries).toHaveLength(5);
  });
});
