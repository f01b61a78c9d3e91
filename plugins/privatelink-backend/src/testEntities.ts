import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ACCOUNT_ID,
  ANNOTATION_AWS_REGION,
  ANNOTATION_AWS_VPC_ID,
  ANNOTATION_VPC_ENDPOINT_ID,
  PrivateLinkEntity,
  readPrivateLinkEntity,
  VpcEndpointDetails,
  VpcEndpointServiceDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import { JsonObject } from '@backstage/types';

/** An endpoint entity as the catalog module writes it, for tests; owned by payments. */
export function endpointEntity(
  name: string,
  overrides: Partial<VpcEndpointDetails> = {},
): Entity {
  const endpoint: VpcEndpointDetails = {
    endpointId: name,
    endpointType: 'Interface',
    state: 'available',
    accountId: '111111111111',
    region: 'us-east-1',
    vpcId: 'vpc-0abc',
    serviceName: 'com.amazonaws.us-east-1.kms',
    serviceOrigin: 'aws',
    vendor: 'aws',
    createdAt: '2025-01-01T00:00:00.000Z',
    privateDnsEnabled: true,
    dnsNames: [],
    subnets: [
      { subnetId: 'subnet-1', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-2', availabilityZone: 'us-east-1b' },
    ],
    securityGroups: [],
    routeTables: [],
    tags: {},
    ownerSource: 'default',
    ...overrides,
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    // The annotations the catalog module writes on every endpoint.
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        [ANNOTATION_AWS_ACCOUNT_ID]: endpoint.accountId,
        [ANNOTATION_AWS_REGION]: endpoint.region,
        [ANNOTATION_AWS_VPC_ID]: endpoint.vpcId,
        [ANNOTATION_VPC_ENDPOINT_ID]: endpoint.endpointId,
      },
    },
    spec: {
      type: 'aws-vpc-endpoint',
      owner: 'group:default/payments',
      endpoint: endpoint as unknown as JsonObject,
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments' }],
  };
}

/** An endpoint service one of payments' accounts provides, as the catalog module writes it, for tests. */
export function providedServiceEntity(
  name: string,
  connections: NonNullable<
    VpcEndpointServiceDetails['provider']
  >['connections'] = [],
): Entity {
  const endpointService: VpcEndpointServiceDetails = {
    serviceName: `com.amazonaws.vpce.us-east-1.${name}`,
    serviceId: name,
    origin: 'internal',
    region: 'us-east-1',
    state: 'Available',
    acceptanceRequired: true,
    provider: {
      accountId: '111111111111',
      networkLoadBalancerArns: [],
      gatewayLoadBalancerArns: [],
      allowedPrincipals: [],
      connections,
      tags: {},
      ownerSource: 'tag:tenant',
    },
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      title: `${name} service`,
      annotations: {
        [ANNOTATION_AWS_ACCOUNT_ID]: '111111111111',
        [ANNOTATION_AWS_REGION]: 'us-east-1',
      },
    },
    spec: {
      type: 'aws-vpc-endpoint-service',
      owner: 'group:default/payments',
      endpointService: endpointService as unknown as JsonObject,
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments' }],
  };
}

/** An entity read against the contract, failing the test when it does not parse. */
export function asPrivateLinkEntity(entity: Entity): PrivateLinkEntity {
  const read = readPrivateLinkEntity(entity);
  if (!read?.success)
    throw new Error(read ? read.error : 'not a PrivateLink entity');
  return read.data;
}
