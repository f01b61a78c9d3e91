import { Entity } from '@backstage/catalog-model';
import {
  EntitySummary,
  VpcEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';

export function endpointEntity(
  overrides: Partial<VpcEndpointDetails> = {},
): Entity {
  const endpoint: VpcEndpointDetails = {
    endpointId: 'vpce-0a00000000000a001',
    endpointType: 'Interface',
    state: 'available',
    accountId: '111111111111',
    region: 'us-east-1',
    vpcId: 'vpc-0a1b2c3d4e5f60011',
    serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
    serviceOrigin: 'vendor',
    vendor: 'snowflake',
    createdAt: '2025-09-26T00:00:00.000Z',
    privateDnsEnabled: true,
    dnsNames: [
      'vpce-0a00000000000a001-x.vpce-svc-0a5f1c2e3d4b60001.us-east-1.vpce.amazonaws.com',
    ],
    subnets: [
      {
        subnetId: 'subnet-1',
        availabilityZone: 'us-east-1a',
        networkInterfaceId: 'eni-1',
      },
      {
        subnetId: 'subnet-2',
        availabilityZone: 'us-east-1b',
        networkInterfaceId: 'eni-2',
      },
    ],
    securityGroups: [
      {
        groupId: 'sg-1',
        groupName: 'endpoints',
        inboundRules: [
          {
            protocol: 'tcp',
            fromPort: 443,
            toPort: 443,
            sources: ['10.1.0.0/16'],
          },
        ],
      },
      { groupId: 'sg-2' },
    ],
    routeTables: [],
    policy: {
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
      ],
    },
    tags: { Name: 'payments-snowflake', tenant: 'payments' },
    ownerSource: 'tag:tenant',
    ...overrides,
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: endpoint.endpointId, title: endpoint.tags.Name },
    spec: {
      type: 'aws-vpc-endpoint',
      owner: 'group:default/payments',
      endpoint: endpoint as any,
    },
  };
}

/**
 * The entity page's summary with the given parts, as the backend answers it for an endpoint in
 * an account that refreshes; a part that rejects makes the summary reject.
 */
export async function summaryWith(
  parts: Partial<Record<Exclude<keyof EntitySummary, 'entityRef'>, unknown>>,
): Promise<EntitySummary> {
  const entityRef = 'resource:default/vpce-0a00000000000a001';
  return {
    entityRef,
    freshness: { entityRef, accountId: '111111111111', stale: false },
    findings: { entityRef, findings: [], checks: [] },
    ...parts,
  } as EntitySummary;
}

/** A PrivateLink API whose summary is made of the mocked per-part reads the card tests give. */
export function summaryApi(parts: {
  [K in Exclude<keyof EntitySummary, 'entityRef'>]?: jest.Mock;
}) {
  return {
    getEntitySummary: jest.fn(async (ref: unknown) => {
      const answers = await Promise.all(
        Object.entries(parts).map(async ([k, load]) => [k, await load!(ref)]),
      );
      return summaryWith(Object.fromEntries(answers));
    }),
  };
}
