import { asPrivateLinkEntity, endpointEntity } from '../testEntities';
import { planMetricQueries } from './metricQueries';

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
