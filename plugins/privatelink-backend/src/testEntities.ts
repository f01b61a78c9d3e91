import { Entity } from '@backstage/catalog-model';
import { VpcEndpointDetails } from '@internal/plugin-privatelink-common';

/** An endpoint entity as the catalog module writes it, for tests; owned by payments. */
export function endpointEntity(
  name: string,
  overrides: Partial<VpcEndpointDetails> = {},
): Entity {
  const endpoint: Partial<VpcEndpointDetails> = {
    endpointId: name,
    endpointType: 'Interface',
    state: 'available',
    accountId: '111111111111',
    region: 'us-east-1',
    vpcId: 'vpc-0abc',
    serviceName: 'com.amazonaws.us-east-1.kms',
    createdAt: '2025-01-01T00:00:00.000Z',
    subnets: [
      { subnetId: 'subnet-1', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-2', availabilityZone: 'us-east-1b' },
    ],
    ...overrides,
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'aws-vpc-endpoint',
      owner: 'group:default/payments',
      endpoint: endpoint as any,
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments' }],
  };
}
