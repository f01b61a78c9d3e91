/*
 * AWS's change events, end to end against moto_server: the real catalog with this module, the real
 * scheduler (each account refreshes every 6 hours), and Backstage's events plugin with its AWS SQS
 * module polling a moto SQS queue. An endpoint created through the SDK appears in the catalog
 * within a minute of its CloudTrail event reaching the queue, not at the next scheduled refresh.
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import eventsPlugin from '@backstage/plugin-events-backend';
import eventsModuleAwsSqs from '@backstage/plugin-events-backend-module-aws-sqs';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import { EC2Client } from '@aws-sdk/client-ec2';
import {
  CreateQueueCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import {
  createEndpoint,
  MotoServer,
  seedPrivateLinkTopology,
  SeededTopology,
} from '@privatelink-portal/plugin-privatelink-node/testUtils';
import request from 'supertest';
import { catalogModulePrivateLink } from './module';

jest.setTimeout(180_000);

const CONSUMER = '111111111111';
const SECOND = '222222222222';
const TOPIC = 'privatelink-aws-changes';

describe('AWS change events refresh the account they name (moto SQS)', () => {
  let moto: MotoServer;
  let topology: SeededTopology;
  let queueUrl: string;
  let server: Parameters<typeof request>[0];
  let stopBackend: () => Promise<void>;
  const savedEnv = { ...process.env };

  const endpointNames = async (): Promise<string[]> => {
    const res = await request(server)
      .get(
        `/api/catalog/entities/by-query?filter=${encodeURIComponent(
          'kind=resource,spec.type=aws-vpc-endpoint',
        )}&limit=500`,
      )
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    return (res.body.items as Entity[]).map(e => e.metadata.name);
  };

  async function within(ms: number, done: () => Promise<boolean>) {
    const deadline = Date.now() + ms;
    while (!(await done())) {
      if (Date.now() > deadline) return false;
      await new Promise(r => setTimeout(r, 500));
    }
    return true;
  }

  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    topology = await seedPrivateLinkTopology(moto, CONSUMER, SECOND);
    const sqs = new SQSClient({ region: 'us-east-1', endpoint: moto.url });
    queueUrl = (
      await sqs.send(
        new CreateQueueCommand({ QueueName: 'privatelink-changes' }),
      )
    ).QueueUrl!;
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePrivateLink,
        eventsPlugin,
        eventsModuleAwsSqs,
        schedulerServiceFactory,
        // The real events service: one bus shared by the plugins (the mock gives each its own).
        eventsServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            aws: {
              accounts: [CONSUMER, SECOND].map(accountId => ({
                accountId,
                roleName: 'privatelink-reader',
              })),
            },
            privatelink: {
              source: { type: 'aws' },
              accounts: [
                { accountId: CONSUMER, regions: ['us-east-1'] },
                { accountId: SECOND, regions: ['us-east-1'] },
              ],
              ownership: { defaultOwner: 'group:default/platform' },
              inventory: {
                // Read once at start, then not for hours: only an event brings a change sooner.
                schedule: {
                  frequency: { hours: 6 },
                  timeout: { minutes: 5 },
                  initialDelay: { seconds: 1 },
                },
                changeEvents: { topic: TOPIC, debounce: { seconds: 2 } },
              },
            },
            events: {
              // Delivered in this process (the SQS module and the catalog share it); the HTTP event
              // bus between replicas would hold a long poll open and delay the backend's stop 30 s.
              useEventBus: 'never',
              modules: {
                awsSqs: {
                  awsSqsConsumingEventPublisher: {
                    topics: {
                      [TOPIC]: {
                        queue: {
                          url: queueUrl,
                          region: 'us-east-1',
                          endpoint: moto.url,
                          waitTime: { seconds: 1 },
                          visibilityTimeout: { seconds: 30 },
                        },
                        timeout: { minutes: 1 },
                        waitTimeAfterEmptyReceive: { seconds: 1 },
                      },
                    },
                  },
                },
              },
            },
            catalog: { rules: [{ allow: ['Resource', 'Group'] }] },
          },
        }),
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

  it('shows an endpoint created through the SDK within a minute of its event, with the schedule at 6 hours', async () => {
    // The refresh at start.
    expect(
      await within(60_000, async () =>
        (await endpointNames()).includes(topology.consumer.kmsEndpointId),
      ),
    ).toBe(true);

    const ec2 = new EC2Client(await moto.clientConfig(CONSUMER, 'us-east-1'));
    const created = await createEndpoint(ec2, topology.consumer.vpc, {
      serviceName: 'com.amazonaws.us-east-1.sts',
      tags: { tenant: 'payments' },
    });
    // Without an event the catalog does not see it: the next scheduled refresh is hours away.
    expect(
      await within(8_000, async () =>
        (await endpointNames()).includes(created),
      ),
    ).toBe(false);

    // What an EventBridge rule on CloudTrail's CreateVpcEndpoint puts on the queue.
    const sentAt = Date.now();
    await new SQSClient({ region: 'us-east-1', endpoint: moto.url }).send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: JSON.stringify({
          version: '0',
          id: '7bf73129-1428-4cd3-a780-95db273d1602',
          'detail-type': 'AWS API Call via CloudTrail',
          source: 'aws.ec2',
          account: CONSUMER,
          time: new Date().toISOString(),
          region: 'us-east-1',
          resources: [],
          detail: {
            eventSource: 'ec2.amazonaws.com',
            eventName: 'CreateVpcEndpoint',
            awsRegion: 'us-east-1',
            recipientAccountId: CONSUMER,
            responseElements: {
              CreateVpcEndpointResponse: {
                vpcEndpoint: { vpcEndpointId: created },
              },
            },
          },
        }),
      }),
    );
    expect(
      await within(60_000, async () =>
        (await endpointNames()).includes(created),
      ),
    ).toBe(true);
    // eslint-disable-next-line no-console
    console.log(
      `${created} in the catalog ${((Date.now() - sentAt) / 1000).toFixed(
        1,
      )} s after its event reached the queue`,
    );
  });
});
