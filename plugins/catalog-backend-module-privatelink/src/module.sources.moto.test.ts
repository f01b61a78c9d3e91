/*
 * One portal, two kinds of account: one read from AWS (moto_server through the real SDK), one an
 * auditor's AWS CLI export, each with its own source in one config, through the real catalog.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  MotoServer,
  seedPrivateLinkTopology,
  SeededTopology,
  manualScheduler,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import request from 'supertest';
import { catalogModulePrivateLink } from './module';

jest.setTimeout(120_000);

const AWS_ACCOUNT = '111111111111';
const SECOND = '222222222222';
const EXPORTED = '444444444444';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('an AWS account and an exported account in one portal', () => {
  let moto: MotoServer;
  let topology: SeededTopology;
  let exportDir: string;
  let server: Parameters<typeof request>[0];
  let stop: () => Promise<void>;
  const savedEnv = { ...process.env };
  const { scheduler, factory: schedulerFactory } = manualScheduler();

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    topology = await seedPrivateLinkTopology(moto, AWS_ACCOUNT, SECOND);
    // The shipped example's second account, exported as if from an account the portal may not call.
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    fs.cpSync(
      path.resolve(__dirname, '../examples/inventory/222222222222/us-east-1'),
      path.join(exportDir, EXPORTED, 'us-east-1'),
      { recursive: true },
    );
    const knex = await databases.init('SQLITE_3');
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePrivateLink,
        mockServices.rootConfig.factory({
          data: {
            aws: {
              accounts: [
                { accountId: AWS_ACCOUNT, roleName: 'privatelink-reader' },
              ],
            },
            privatelink: {
              accounts: [
                { accountId: AWS_ACCOUNT, regions: ['us-east-1'] },
                {
                  accountId: EXPORTED,
                  regions: ['us-east-1'],
                  source: { type: 'snapshot', path: exportDir },
                },
              ],
              ownership: {
                tagKeys: ['tenant'],
                defaultOwner: 'group:default/platform',
              },
            },
            catalog: { rules: [{ allow: ['Resource', 'Group'] }] },
          },
        }),
        mockServices.database.factory({ knex }),
        schedulerFactory,
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });

  afterAll(async () => {
    await stop?.();
    await moto?.stop();
    fs.rmSync(exportDir, { recursive: true, force: true });
    process.env = savedEnv;
  });

  async function endpoints(): Promise<Entity[]> {
    const res = await request(server)
      .get(
        `/api/catalog/entities/by-query?filter=${encodeURIComponent(
          'kind=resource,spec.type=aws-vpc-endpoint',
        )}&limit=500`,
      )
      .set('Authorization', mockCredentials.user.header());
    return res.body.items;
  }

  it('ingests each account from its own source', async () => {
    await scheduler.triggerTask(`privatelink-account-${AWS_ACCOUNT}:refresh`);
    await scheduler.triggerTask(`privatelink-account-${EXPORTED}:refresh`);
    const deadline = Date.now() + 30_000;
    let items = await endpoints();
    while (items.length < 8 && Date.now() < deadline) {
      await new Promise(r => setTimeout(r, 250));
      items = await endpoints();
    }
    const byAccount = (account: string) =>
      items
        .filter(
          e =>
            e.metadata.annotations?.['aws.amazon.com/account-id'] === account,
        )
        .map(e => e.metadata.name)
        .sort();
    expect(byAccount(AWS_ACCOUNT)).toEqual(
      [
        topology.consumer.kmsEndpointId,
        topology.consumer.s3GatewayEndpointId,
        topology.consumer.untaggedEndpointId,
      ].sort(),
    );
    expect(byAccount(EXPORTED)).toEqual([
      'vpce-0b00000000000b001',
      'vpce-0b00000000000b002',
      'vpce-0b00000000000b003',
      'vpce-0b00000000000b004',
      'vpce-0b00000000000b005',
    ]);
    const exported = items.find(
      e => e.metadata.name === 'vpce-0b00000000000b001',
    )!;
    expect(
      exported.metadata.annotations?.['backstage.io/managed-by-location'],
    ).toBe(`privatelink:account/${EXPORTED}`);
  });
});
