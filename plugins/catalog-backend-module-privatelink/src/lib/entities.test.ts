import path from 'path';
import {
  Entity,
  FieldFormatEntityPolicy,
  resourceEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { SnapshotReader } from '@privatelink-portal/plugin-privatelink-node';
import {
  parseEndpointDetails,
  parseEndpointServiceDetails,
  parseVpcDetails,
  readPrivateLinkEntity,
} from '@privatelink-portal/plugin-privatelink-common';
import { SnapshotInventoryReader } from './SnapshotInventoryReader';
import { mapRegionInventory, toIsoTime } from './entities';
import { datadog, ownership, snowflake } from './testFixtures';
import {
  AWS_VENDOR,
  UNKNOWN_VENDOR,
} from '@privatelink-portal/plugin-privatelink-node';

/** The parsed spec, failing the test with the contract's error when it does not parse. */
function contract<T>(
  result: { success: true; data: T } | { success: false; error: string },
): T {
  if (!result.success) throw new Error(result.error);
  return result.data;
}

describe('toIsoTime', () => {
  it('reads SDK dates and CLI text alike', () => {
    expect(toIsoTime(new Date('2026-01-02T03:04:05Z'))).toBe(
      '2026-01-02T03:04:05.000Z',
    );
    expect(toIsoTime('2026-01-02T03:04:05+00:00')).toBe(
      '2026-01-02T03:04:05.000Z',
    );
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
    entities = mapRegionInventory(
      await reader.readRegion('111111111111', 'us-east-1'),
      context,
    );
  });
  const byName = (name: string) =>
    entities.find(e => e.metadata.name === name)!;

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
      await expect(resourceEntityV1alpha1Validator.check(entity)).resolves.toBe(
        true,
      );
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
      {
        subnetId: 'subnet-000a0010aa',
        availabilityZone: 'us-east-1a',
        networkInterfaceId: 'eni-000a0010bb',
      },
      {
        subnetId: 'subnet-000a0011aa',
        availabilityZone: 'us-east-1b',
        networkInterfaceId: 'eni-000a0011bb',
      },
    ]);
    expect(details.securityGroups).toEqual([
      {
        groupId: 'sg-0a1c2e3f4a5b60011',
        groupName: 'endpoints-https-from-vpc',
        inboundRules: [
          {
            protocol: 'tcp',
            fromPort: 443,
            toPort: 443,
            sources: ['10.1.0.0/16'],
          },
        ],
      },
    ]);
    expect(details.policy).toEqual({
      Version: '2008-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
      ],
    });

    const gateway = contract(
      parseEndpointDetails(byName('vpce-0a00000000000a002')),
    );
    expect(gateway.routeTables).toEqual([
      {
        routeTableId: 'rtb-0a1b2c3d4e5f60011',
        subnetIds: ['subnet-0a1b2c3d4e5f6a101'],
        main: true,
      },
      {
        routeTableId: 'rtb-0a1b2c3d4e5f60012',
        subnetIds: ['subnet-0a1b2c3d4e5f6a102'],
        main: false,
      },
    ]);
    expect(gateway.privateDnsEnabled).toBeUndefined();
    expect(byName('vpce-0a00000000000a005').spec?.owner).toBe(
      'group:default/unassigned',
    );
  });

  it('takes AZs from the subnets alone, and names the interface only where it cannot be another', async () => {
    const inventory = await reader.readRegion('111111111111', 'us-east-1');
    const endpoints = inventory.vpcEndpoints.map(e =>
      e.VpcEndpointId === 'vpce-0a00000000000a001'
        ? {
            ...e,
            SubnetIds: e.SubnetIds!.slice(0, 1),
            NetworkInterfaceIds: e.NetworkInterfaceIds!.slice(0, 1),
          }
        : e,
    );
    const mapped = mapRegionInventory(
      { ...inventory, vpcEndpoints: endpoints, networkInterfaces: [] },
      context,
    );
    const detailsOf = (name: string) =>
      contract(
        parseEndpointDetails(mapped.find(e => e.metadata.name === name)!),
      );
    expect(detailsOf('vpce-0a00000000000a001').subnets).toEqual([
      {
        subnetId: 'subnet-000a0010aa',
        availabilityZone: 'us-east-1a',
        networkInterfaceId: 'eni-000a0010bb',
      },
    ]);
    expect(detailsOf('vpce-0a00000000000a004').subnets).toEqual([
      { subnetId: 'subnet-000a0040aa', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-000a0041aa', availabilityZone: 'us-east-1b' },
      { subnetId: 'subnet-000a0042aa', availabilityZone: 'us-east-1c' },
    ]);
  });

  it('describes provided services with principals and consumers inside and outside the inventory', () => {
    const ledger = byName(
      'com.amazonaws.vpce.us-east-1.vpce-svc-0b1d2f3a4c5e60101',
    );
    expect(ledger.spec?.owner).toBe('group:default/payments');
    const details = contract(parseEndpointServiceDetails(ledger));
    expect(details.provider?.allowedPrincipals).toEqual([
      'arn:aws:iam::222222222222:root',
      'arn:aws:iam::333333333333:root',
    ]);
    expect(
      details.provider?.connections?.map(c => [c.endpointOwner, c.inInventory]),
    ).toEqual([
      ['222222222222', true],
      ['333333333333', false],
    ]);
    expect(details.provider?.networkLoadBalancerArns).toHaveLength(1);
    expect(details.acceptanceRequired).toBe(true);
  });

  it('makes every VPC an entity, with or without endpoints, owned like endpoints', () => {
    const sandbox = byName('vpc-0a1b2c3d4e5f60013');
    expect(sandbox.spec).toMatchObject({
      type: 'aws-vpc',
      owner: 'group:default/payments',
    });
    expect(sandbox.metadata.title).toBe(
      'payments-sandbox (vpc-0a1b2c3d4e5f60013)',
    );
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

describe('mapRegionInventory on AWS data that is odd but legal', () => {
  const reader = new SnapshotInventoryReader(
    new SnapshotReader(path.resolve(__dirname, '../../examples/inventory')),
  );
  const fieldFormats = new FieldFormatEntityPolicy();

  it('ingests what the catalog can hold, refuses the rest with the reason, and never stops the region', async () => {
    const inventory = await reader.readRegion('111111111111', 'us-east-1');
    const template = inventory.vpcEndpoints.find(
      e => e.VpcEndpointId === 'vpce-0a00000000000a001',
    )!;
    const longUnicode = `Zahlungsdienst 💳 für Überweisungen ${'é'.repeat(
      220,
    )}`.slice(0, 256);
    const fiftyTags = Array.from({ length: 48 }, (_, i) => ({
      Key: `cost-centre-${i}`,
      Value: `cc-${i}`,
    }));
    const odd = (id: string, over: object) => ({
      ...template,
      VpcEndpointId: id,
      ...over,
    });
    const crowdedVpc = Array.from({ length: 1000 }, (_, i) =>
      odd(`vpce-0c${i.toString(16).padStart(15, '0')}`, {
        Tags: [{ Key: 'tenant', Value: 'payments' }],
      }),
    );
    const endpoints = [
      odd('vpce-0b0000000000000a1', {
        Tags: [
          { Key: 'Name', Value: longUnicode },
          { Key: 'tenant', Value: 'Payments Team ✓' },
          ...fiftyTags,
        ],
      }),
      // A policy as text (as AWS sends it), already parsed (as an export may hold it), and not JSON.
      odd('vpce-0b0000000000000a2', {
        PolicyDocument:
          '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}',
      }),
      odd('vpce-0b0000000000000a3', {
        PolicyDocument: {
          Statement: [
            { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' },
          ],
        },
      }),
      odd('vpce-0b0000000000000a4', { PolicyDocument: '{"Statement": [' }),
      // Ids no entity can be named by.
      odd('vpce-0B00/../../etc', {}),
      odd(`vpce-${'0'.repeat(70)}`, {}),
      odd(undefined as unknown as string, {}),
      ...crowdedVpc,
    ];
    const problems: Array<{
      region: string;
      resource: string;
      problem: string;
    }> = [];
    const entities = mapRegionInventory(
      { ...inventory, vpcEndpoints: [...inventory.vpcEndpoints, ...endpoints] },
      {
        ownership,
        vendors: [AWS_VENDOR, UNKNOWN_VENDOR, snowflake, datadog],
        inventoriedAccountIds: new Set(['111111111111']),
        location: 'privatelink:account/111111111111',
        report: problem => problems.push(problem),
      },
    );
    // Every emitted entity is one the catalog accepts.
    for (const entity of entities) {
      await expect(fieldFormats.enforce(entity)).resolves.toBe(entity);
      expect(readPrivateLinkEntity(entity)?.success).toBe(true);
    }
    const byName = new Map(entities.map(e => [e.metadata.name, e]));
    const unicode = byName.get('vpce-0b0000000000000a1')!;
    expect(unicode.metadata.title).toBe(longUnicode);
    const details = contract(parseEndpointDetails(unicode));
    expect(Object.keys(details.tags)).toHaveLength(50);
    // The tenant tag is not an owner: refused like a configured owner would be, and said so.
    expect(details.ownerSource).toBe('default');
    expect(problems).toContainEqual({
      region: 'us-east-1',
      resource: 'vpce-0b0000000000000a1',
      problem:
        "owner tag tenant refused ('Payments Team ✓' is not a valid entity name); owned by group:default/unassigned from default",
    });
    expect(
      contract(parseEndpointDetails(byName.get('vpce-0b0000000000000a2')!))
        .policy,
    ).toEqual({
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: '*',
        },
      ],
    });
    expect(
      contract(parseEndpointDetails(byName.get('vpce-0b0000000000000a3')!))
        .policy,
    ).toEqual({
      Statement: [
        { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' },
      ],
    });
    expect(
      contract(parseEndpointDetails(byName.get('vpce-0b0000000000000a4')!))
        .policy,
    ).toBe('{"Statement": [');
    // The unnameable ids are left out and reported, each with its reason.
    expect(
      problems
        .filter(p => p.problem.startsWith('left out'))
        .map(p => p.resource),
    ).toEqual([
      'vpce-0B00/../../etc',
      `vpce-${'0'.repeat(70)}`,
      '(a VPC endpoint without an id)',
    ]);
    // A thousand endpoints in one VPC all arrive.
    expect(
      entities.filter(e => e.metadata.name.startsWith('vpce-0c')),
    ).toHaveLength(1000);
  });
});
