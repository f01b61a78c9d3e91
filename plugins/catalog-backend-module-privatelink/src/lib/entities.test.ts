import path from 'path';
import {
  Entity,
  FieldFormatEntityPolicy,
  resourceEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { SnapshotReader } from '@internal/plugin-privatelink-node';
import {
  parseEndpointDetails,
  parseEndpointServiceDetails,
  parseVpcDetails,
  readPrivateLinkEntity,
} from '@internal/plugin-privatelink-common';
import { SnapshotInventoryReader } from './SnapshotInventoryReader';
import { mapRegionInventory, toIsoTime } from './entities';
import { datadog, ownership, snowflake } from './testFixtures';
import { AWS_VENDOR, UNKNOWN_VENDOR } from './vendors';

/** The parsed spec, failing the test with the contract's error when it does not parse. */
function contract<T>(result: { success: true; data: T } | { success: false; error: string }): T {
  if (!result.success) throw new Error(result.error);
  return result.data;
}

describe('toIsoTime', () => {
  it('reads SDK dates and CLI text alike', () => {
    expect(toIsoTime(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(toIsoTime('2026-01-02T03:04:05+00:00')).toBe('2026-01-02T03:04:05.000Z');
    expect(toIsoTime('yesterday')).toBeUndefined();
    expect(toIsoTime(undefined)).toBeUndefined();
  });
});

describe('mapRegionInventory on the shipped example', () => {
  const reader = new SnapshotInventoryReader(
    new SnapshotReader(path.resolve(__dirname, '../../examples/inventory')),
  );
  const context = {
    ownership,
    vendors: [AWS_VENDOR, UNKNOWN_VENDOR, snowflake, datadog],
    inventoriedAccountIds: new Set(['111111111111', '222222222222']),
    location: 'privatelink:account/111111111111',
  };
  const fieldFormats = new FieldFormatEntityPolicy();
  let entities: Entity[];
  beforeAll(async () => {
    entities = mapRegionInventory(await reader.readRegion('111111111111', 'us-east-1'), context);
  });
  const byName = (name: string) => entities.find(e => e.metadata.name === name)!;

  it('emits every endpoint and provided service as a valid Resource', async () => {
    expect(entities.map(e => e.metadata.name).sort()).toEqual([
      'com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60101',
      'com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60102',
      'vpc-0a1b2c3d4e5f60011',
      'vpc-0a1b2c3d4e5f60013',
      'vpce-0a00000000000a001',
      'vpce-0a00000000000a002',
      'vpce-0a00000000000a003',
      'vpce-0a00000000000a004',
      'vpce-0a00000000000a005',
      'vpce-0a00000000000a006',
    ]);
    for (const entity of entities) {
      await expect(resourceEntityV1alpha1Validator.check(entity)).resolves.toBe(true);
      await expect(fieldFormats.enforce(entity)).resolves.toBe(entity);
      // What the module writes is what every reader parses.
      expect(readPrivateLinkEntity(entity)).toMatchObject({ success: true });
    }
  });

  it('carries the details the cards and checks need', () => {
    const snowflakeEndpoint = byName('vpce-0a00000000000a001');
    expect(snowflakeEndpoint.spec?.owner).toBe('group:default/payments');
    expect(snowflakeEndpoint.spec?.dependsOn).toEqual([
      'resource:default/com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
      'resource:default/vpc-0a1b2c3d4e5f60011',
    ]);
    const details = contract(parseEndpointDetails(snowflakeEndpoint));
    expect(details).toMatchObject({
      endpointType: 'Interface',
      serviceOrigin: 'vendor',
      vendor: 'snowflake',
      privateDnsEnabled: true,
      createdAt: '2025-09-26T00:00:00.000Z',
      ownerSource: 'tag:tenant',
    });
    expect(details.subnets).toEqual([
      { subnetId: 'subnet-000a0010aa', availabilityZone: 'us-east-1a', networkInterfaceId: 'eni-000a0010bb' },
      { subnetId: 'subnet-000a0011aa', availabilityZone: 'us-east-1b', networkInterfaceId: 'eni-000a0011bb' },
    ]);
    expect(details.securityGroups).toEqual([
      {
        groupId: 'sg-0a1c2e3f4a5b60011',
        groupName: 'endpoints-https-from-vpc',
        inboundRules: [{ protocol: 'tcp', fromPort: 443, toPort: 443, sources: ['10.1.0.0/16'] }],
      },
    ]);
    expect(details.policy).toEqual({
      Version: '2008-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
    });

    const gateway = contract(parseEndpointDetails(byName('vpce-0a00000000000a002')));
    expect(gateway.routeTables).toEqual([
      { routeTableId: 'rtb-0a1b2c3d4e5f60011', subnetIds: ['subnet-0a1b2c3d4e5f6a101'], main: true },
      { routeTableId: 'rtb-0a1b2c3d4e5f60012', subnetIds: ['subnet-0a1b2c3d4e5f6a102'], main: false },
    ]);
    expect(gateway.privateDnsEnabled).toBeUndefined();
    expect(byName('vpce-0a00000000000a005').spec?.owner).toBe('group:default/unassigned');
  });

  it('takes AZs from the subnets alone, and names the interface only where it cannot be another', async () => {
    const inventory = await reader.readRegion('111111111111', 'us-east-1');
    const endpoints = inventory.vpcEndpoints.map(e =>
      e.VpcEndpointId === 'vpce-0a00000000000a001'
        ? { ...e, SubnetIds: e.SubnetIds!.slice(0, 1), NetworkInterfaceIds: e.NetworkInterfaceIds!.slice(0, 1) }
        : e,
    );
    const mapped = mapRegionInventory({ ...inventory, vpcEndpoints: endpoints, networkInterfaces: [] }, context);
    const detailsOf = (name: string) => contract(parseEndpointDetails(mapped.find(e => e.metadata.name === name)!));
    expect(detailsOf('vpce-0a00000000000a001').subnets).toEqual([
      { subnetId: 'subnet-000a0010aa', availabilityZone: 'us-east-1a', networkInterfaceId: 'eni-000a0010bb' },
    ]);
    expect(detailsOf('vpce-0a00000000000a004').subnets).toEqual([
      { subnetId: 'subnet-000a0040aa', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-000a0041aa', availabilityZone: 'us-east-1b' },
      { subnetId: 'subnet-000a0042aa', availabilityZone: 'us-east-1c' },
    ]);
  });

  it('describes provided services with principals and consumers inside and outside the inventory', () => {
    const ledger = byName('com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60101');
    expect(ledger.spec?.owner).toBe('group:default/payments');
    const details = contract(parseEndpointServiceDetails(ledger));
    expect(details.provider?.allowedPrincipals).toEqual([
      'arn:aws:iam::222222222222:root',
      'arn:aws:iam::333333333333:root',
    ]);
    expect(details.provider?.connections?.map(c => [c.endpointOwner, c.inInventory])).toEqual([
      ['222222222222', true],
      ['333333333333', false],
    ]);
    expect(details.provider?.networkLoadBalancerArns).toHaveLength(1);
    expect(details.acceptanceRequired).toBe(true);
  });

  it('makes every VPC an entity, with or without endpoints, owned like endpoints', () => {
    const sandbox = byName('vpc-0a1b2c3d4e5f60013');
    expect(sandbox.spec).toMatchObject({ type: 'aws-vpc', owner: 'group:default/payments' });
    expect(sandbox.metadata.title).toBe('payments-sandbox (vpc-0a1b2c3d4e5f60013)');
    expect(contract(parseVpcDetails(sandbox))).toEqual({
      vpcId: 'vpc-0a1b2c3d4e5f60013',
      accountId: '111111111111',
      region: 'us-east-1',
      state: 'available',
      isDefault: false,
      cidrBlocks: ['10.5.0.0/16'],
      tags: { Name: 'payments-sandbox', tenant: 'payments' },
      ownerSource: 'tag:tenant',
    });
  });
});
