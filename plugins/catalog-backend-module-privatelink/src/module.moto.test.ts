/*
 * AWS integration test: the real catalog backend with this module, reading a topology seeded in
 * moto_server through the real SDK, with credentials through @backstage/integration-aws-node
 * (AssumeRole per account) and the SDK's AWS_ENDPOINT_URL. Runs on SQLite and PostgreSQL.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  MotoServer,
  provideEndpointService,
  requiredDatabases,
  seedPrivateLinkTopology,
  createEndpoint,
  SeededTopology,
  manualScheduler,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { EC2Client, DeleteVpcEndpointsCommand } from '@aws-sdk/client-ec2';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import request from 'supertest';
import { catalogModulePrivateLink } from './module';

jest.setTimeout(120_000);

const CONSUMER = '111111111111';
const SECOND = '222222222222';

const { databases, ids } = requiredDatabases();

function config() {
  return {
    aws: {
      accounts: [
        {
          accountId: CONSUMER,
          roleName: 'privatelink-reader',
          externalId: 'portal',
        },
        {
          accountId: SECOND,
          roleName: 'privatelink-reader',
          externalId: 'portal',
        },
      ],
    },
    privatelink: {
      source: { type: 'aws' },
      accounts: [
        { accountId: CONSUMER, regions: ['us-east-1', 'eu-west-1'] },
        { accountId: SECOND, regions: ['us-east-1'] },
      ],
      ownership: {
        tagKeys: ['tenant', 'owner'],
        rules: [
          {
            accountId: CONSUMER,
            region: 'us-east-1',
            owner: 'group:default/platform',
          },
        ],
        defaultOwner: 'group:default/unassigned',
      },
      inventory: { maxDropRatio: 0.5 },
    },
    catalog: { rules: [{ allow: ['Resource', 'Group'] }] },
  };
}

describe.each(ids)(
  'PrivateLink catalog module against moto, on %s',
  databaseId => {
    let moto: MotoServer;
    let topology: SeededTopology;
    let server: Parameters<typeof request>[0];
    let stopBackend: () => Promise<void>;
    // The mock scheduler runs a task when the test triggers it, and awaits it.
    const { scheduler, factory: schedulerFactory } = manualScheduler();
    const savedEnv = { ...process.env };

    async function entities(filter: string): Promise<Entity[]> {
      const res = await request(server)
        .get(
          `/api/catalog/entities/by-query?filter=${encodeURIComponent(
            filter,
          )}&limit=500`,
        )
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      return res.body.items;
    }

    /** Waits until the catalog has stitched what the providers applied. */
    async function eventually<T>(
      read: () => Promise<T>,
      done: (value: T) => boolean,
    ): Promise<T> {
      const deadline = Date.now() + 30_000;
      let value = await read();
      while (!done(value) && Date.now() < deadline) {
        await new Promise(r => setTimeout(r, 250));
        value = await read();
      }
      return value;
    }

    const endpointNames = async () =>
      (await entities('kind=resource,spec.type=aws-vpc-endpoint'))
        .map(e => e.metadata.name)
        .sort();

    beforeAll(async () => {
      moto = await MotoServer.start();
      Object.assign(process.env, moto.sdkEnvironment());
      topology = await seedPrivateLinkTopology(moto, CONSUMER, SECOND);
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModulePrivateLink,
          mockServices.rootConfig.factory({ data: config() }),
          mockServices.database.factory({ knex }),
          schedulerFactory,
        ],
      });
      server = backend.server;
      stopBackend = () => backend.stop();
    });

    afterAll(async () => {
      await stopBackend?.();
      await moto?.stop();
      process.env = savedEnv;
    });

    it('ingests every account and region with owners, annotations and relations', async () => {
      await scheduler.triggerTask(`privatelink-account-${CONSUMER}:refresh`);
      await scheduler.triggerTask(`privatelink-account-${SECOND}:refresh`);
      const names = await eventually(endpointNames, n => n.length === 5);
      const c = topology.consumer;
      expect(names).toEqual(
        [
          c.kmsEndpointId,
          c.s3GatewayEndpointId,
          c.untaggedEndpointId,
          c.euLogsEndpointId,
          topology.second.secretsEndpointId,
        ].sort(),
      );

      const all = await entities('kind=resource,spec.type=aws-vpc-endpoint');
      const byName = new Map(all.map(e => [e.metadata.name, e]));
      const kms = byName.get(c.kmsEndpointId)!;
      expect(kms.spec?.owner).toBe('group:default/payments');
      expect(kms.metadata.title).toBe('payments-kms');
      expect(kms.metadata.annotations).toMatchObject({
        'aws.amazon.com/account-id': CONSUMER,
        'aws.amazon.com/region': 'us-east-1',
        'aws.amazon.com/vpc-id': c.vpc.vpcId,
        'aws.amazon.com/vpc-endpoint-id': c.kmsEndpointId,
        'aws.amazon.com/vpc-endpoint-service-name':
          'com.amazonaws.us-east-1.kms',
        'backstage.io/managed-by-location': `privatelink:account/${CONSUMER}`,
      });
      expect(kms.metadata.labels).toMatchObject({
        'privatelink.aws/endpoint-type': 'interface',
        'privatelink.aws/service-origin': 'aws',
      });
      const details = kms.spec?.endpoint as any;
      expect(
        details.subnets.map((s: any) => s.availabilityZone).sort(),
      ).toEqual(['us-east-1a', 'us-east-1b']);
      expect(details.securityGroups[0].inboundRules).toEqual([
        {
          protocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          sources: ['10.1.0.0/16'],
        },
      ]);
      expect(details.service.owner).toBe('amazon');
      expect(kms.relations).toEqual(
        expect.arrayContaining([
          { type: 'ownedBy', targetRef: 'group:default/payments' },
          {
            type: 'dependsOn',
            targetRef: 'resource:default/com.amazonaws.us-east-1.kms',
          },
        ]),
      );

      // owner by tag, then by rule, then the default
      expect(byName.get(c.s3GatewayEndpointId)!.spec?.owner).toBe(
        'group:default/data-platform',
      );
      expect(
        (byName.get(c.s3GatewayEndpointId)!.spec?.endpoint as any).routeTables,
      ).toEqual([
        { routeTableId: c.vpc.routeTableId, subnetIds: [], main: false },
      ]);
      expect(byName.get(c.untaggedEndpointId)!.spec?.owner).toBe(
        'group:default/platform',
      );
      expect(byName.get(c.euLogsEndpointId)!.spec?.owner).toBe(
        'group:default/identity',
      );
      expect(
        byName.get(topology.second.secretsEndpointId)!.metadata.annotations,
      ).toMatchObject({
        'aws.amazon.com/account-id': SECOND,
      });
    });

    it('derives one entity per consumed service, owned by its vendor group, once the accounts show', async () => {
      // No trigger here: the accounts' refreshes above start the vendor provider's catch-up.
      const services = await eventually(
        () => entities('kind=resource,spec.type=aws-vpc-endpoint-service'),
        s => s.length === 5,
      );
      expect(services.map(s => s.metadata.name).sort()).toEqual([
        'com.amazonaws.eu-west-1.logs',
        'com.amazonaws.us-east-1.kms',
        'com.amazonaws.us-east-1.s3',
        'com.amazonaws.us-east-1.secretsmanager',
        'com.amazonaws.us-east-1.sts',
      ]);
      const kms = services.find(
        s => s.metadata.name === 'com.amazonaws.us-east-1.kms',
      )!;
      expect(kms.spec?.owner).toBe('group:default/aws');
      expect(kms.relations).toEqual(
        expect.arrayContaining([
          {
            type: 'dependencyOf',
            targetRef: `resource:default/${topology.consumer.kmsEndpointId}`,
          },
        ]),
      );
      const vendors = await entities('kind=group,spec.type=vendor');
      expect(vendors.map(v => v.metadata.name).sort()).toEqual([
        'aws',
        'unmapped-vendor',
      ]);
    });

    it('refreshes an account at once when the request actions ask, and only for them', async () => {
      const refresh = (accountId: string, header: string) =>
        request(server)
          .post(`/api/catalog/privatelink/accounts/${accountId}/refresh`)
          .set('Authorization', header);
      const ec2 = new EC2Client(await moto.clientConfig(CONSUMER, 'us-east-1'));
      // As privatelink:endpoint:create would: a second KMS endpoint for payments.
      const requested = await createEndpoint(ec2, topology.consumer.vpc, {
        serviceName: 'com.amazonaws.us-east-1.kms',
        tags: { tenant: 'payments' },
      });
      expect(
        (await refresh(CONSUMER, mockCredentials.user.header())).status,
      ).toBe(403);
      expect(
        (
          await refresh(
            CONSUMER,
            mockCredentials.service.header({
              onBehalfOf: mockCredentials.service('plugin:search'),
              targetPluginId: 'catalog',
            }),
          )
        ).status,
      ).toBe(403);
      expect(await endpointNames()).not.toContain(requested);
      const scaffolder = mockCredentials.service.header({
        onBehalfOf: mockCredentials.service('plugin:scaffolder'),
        targetPluginId: 'catalog',
      });
      expect((await refresh('999999999999', scaffolder)).status).toBe(404);
      const res = await refresh(CONSUMER, scaffolder);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({
        accountId: CONSUMER,
        taskId: `privatelink-account-${CONSUMER}:refresh`,
      });
      expect(
        await eventually(endpointNames, n => n.includes(requested)),
      ).toContain(requested);
    });

    it('keeps a failing account untouched while the other account refreshes', async () => {
      // The second account replaces its endpoint and starts to provide a service: moto has no
      // DescribeVpcEndpointConnections, so every read of that account now fails, as a real
      // throttled or denied account would, and none of its changes may show.
      const secondEc2 = new EC2Client(
        await moto.clientConfig(SECOND, 'us-east-1'),
      );
      const replacement = await createEndpoint(secondEc2, topology.second.vpc, {
        serviceName: 'com.amazonaws.us-east-1.ecr.api',
        tags: { tenant: 'identity' },
      });
      await secondEc2.send(
        new DeleteVpcEndpointsCommand({
          VpcEndpointIds: [topology.second.secretsEndpointId],
        }),
      );
      await provideEndpointService(moto, SECOND, topology.second.vpc, [
        `arn:aws:iam::${CONSUMER}:root`,
      ]);
      const consumerEc2 = new EC2Client(
        await moto.clientConfig(CONSUMER, 'us-east-1'),
      );
      const added = await createEndpoint(consumerEc2, topology.consumer.vpc, {
        serviceName: 'com.amazonaws.us-east-1.ssm',
        tags: { tenant: 'payments' },
      });

      await scheduler.triggerTask(`privatelink-account-${SECOND}:refresh`);
      await scheduler.triggerTask(`privatelink-account-${CONSUMER}:refresh`);
      const names = await eventually(endpointNames, n => n.includes(added));
      expect(names).toContain(added);
      expect(names).toContain(topology.second.secretsEndpointId);
      expect(names).not.toContain(replacement);
      // the seeded five, the one the refresh route brought in, and the one added here
      expect(names).toHaveLength(7);
    });

    it('applies a small drop and refuses an empty answer', async () => {
      const c = topology.consumer;
      const westEc2 = new EC2Client(
        await moto.clientConfig(CONSUMER, 'eu-west-1'),
      );
      const eastEc2 = new EC2Client(
        await moto.clientConfig(CONSUMER, 'us-east-1'),
      );
      // One of the consumer's five endpoints goes: within maxDropRatio, so it is applied.
      await westEc2.send(
        new DeleteVpcEndpointsCommand({ VpcEndpointIds: [c.euLogsEndpointId] }),
      );
      await scheduler.triggerTask(`privatelink-account-${CONSUMER}:refresh`);
      const afterSmallDrop = await eventually(
        endpointNames,
        n => !n.includes(c.euLogsEndpointId),
      );
      expect(afterSmallDrop).not.toContain(c.euLogsEndpointId);
      expect(afterSmallDrop).toHaveLength(6);

      // Then all of them go at once: refused, the catalog keeps the last good inventory.
      const consumerEndpoints = afterSmallDrop.filter(
        n => n !== topology.second.secretsEndpointId,
      );
      await eastEc2.send(
        new DeleteVpcEndpointsCommand({ VpcEndpointIds: consumerEndpoints }),
      );
      await scheduler.triggerTask(`privatelink-account-${CONSUMER}:refresh`);
      expect(await endpointNames()).toEqual(afterSmallDrop);
    });
  },
);
