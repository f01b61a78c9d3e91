import {
  createBackendPlugin,
  coreServices,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationService,
  notificationService,
} from '@backstage/plugin-notifications-node';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import notificationsModuleEmail from '@backstage/plugin-notifications-backend-module-email';
import notificationsModuleSlack from '@backstage/plugin-notifications-backend-module-slack';
import { AddressInfo } from 'node:net';
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { migrate } from '../database';
import { PrivateLinkBackendConfig } from '../settings';
import { AlertService } from './AlertService';
import { AlertStore } from './AlertStore';
import { ALERT_SETTINGS, alertFleetItems, fleetRow } from './testFleet';

// The Slack module builds its own WebClient for slack.com; this one is the same client, sent to
// the local receiver below instead (as AWS_ENDPOINT_URL sends the SDK to moto), without retries.
jest.mock('@slack/web-api', () => {
  const actual = jest.requireActual('@slack/web-api');
  class LocalWebClient extends actual.WebClient {
    constructor(token: string, options: object = {}) {
      super(token, {
        ...options,
        slackApiUrl: process.env.PRIVATELINK_TEST_SLACK_API_URL,
        retryConfig: { retries: 0 },
      });
    }
  }
  return { ...actual, WebClient: LocalWebClient };
});

jest.setTimeout(60_000);

interface Mail {
  to: string[];
  raw: string;
}
interface SlackPost {
  method: string;
  authorization?: string;
  body: URLSearchParams;
}

/** A local SMTP server that keeps every message it is given. */
async function smtpSink() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', chunk => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map(r => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    mails,
    port,
    close: () => new Promise<void>(r => server.close(() => r())),
  };
}

/** A local HTTP server that answers Slack's Web API as Slack does, and keeps what it was sent. */
async function slackReceiver() {
  const posts: SlackPost[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const params = new URLSearchParams(body);
      posts.push({
        method: (req.url ?? '').replace(/^\/api\//, ''),
        authorization: req.headers.authorization,
        body: params,
      });
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          ok: true,
          channel: params.get('channel'),
          ts: `${posts.length}.000100`,
        }),
      );
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    posts,
    url: `http://127.0.0.1:${port}/api/`,
    close: () => new Promise(r => server.close(r)),
  };
}

const user = (name: string, email: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { email }, memberOf: [] },
});
const group = (
  name: string,
  members: string[],
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default', annotations },
  spec: { type: 'team', children: [] },
  relations: members.map(m => ({
    type: 'hasMember',
    targetRef: `user:default/${m}`,
  })),
});

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 6, minutes));

async function eventually<T>(read: () => T, done: (value: T) => boolean) {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (done(value)) return value;
    await new Promise(r => setTimeout(r, 100));
  }
  return read();
}

describe('alerts by e-mail and Slack through the notifications modules', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('reach each group as configured: members by e-mail, the group channel on Slack, the bell', async () => {
    const smtp = await smtpSink();
    const slack = await slackReceiver();
    process.env.PRIVATELINK_TEST_SLACK_API_URL = slack.url;
    const catalogEntities = [
      user('ana', 'ana@example.com'),
      user('ben', 'ben@example.com'),
      user('olu', 'olu@example.com'),
      group('payments', ['ana', 'ben'], {
        'slack.com/bot-notify': 'C0PAYMENTS',
      }),
      group('platform', ['olu']),
    ];
    let notifications: NotificationService | undefined;
    const backend = await startTestBackend({
      features: [
        notificationsPlugin,
        notificationsModuleEmail,
        notificationsModuleSlack,
        catalogServiceMock.factory({ entities: catalogEntities }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.example.com' },
            notifications: {
              processors: {
                email: {
                  transportConfig: {
                    transport: 'smtp',
                    hostname: '127.0.0.1',
                    port: smtp.port,
                  },
                  sender: 'privatelink@example.com',
                },
                slack: [{ token: 'xoxb-privatelink-test' }],
              },
            },
          },
        }),
        // The privatelink plugin's own notification service: notices come from plugin:privatelink.
        createBackendPlugin({
          pluginId: 'privatelink',
          register(env) {
            env.registerInit({
              deps: {
                service: notificationService,
                logger: coreServices.logger,
              },
              async init({ service }) {
                notifications = service;
              },
            });
          },
        }),
      ],
    });
    try {
      const knex = await databases.init('SQLITE_3');
      await migrate(knex);
      const alerts = new AlertService({
        store: new AlertStore(knex),
        notifications: notifications!,
        catalog: catalogServiceMock({ entities: catalogEntities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        settings: {
          alerts: {
            ...ALERT_SETTINGS,
            groups: [
              {
                group: 'group:default/platform',
                health: true,
                slackChannel: 'C0PLATFORM',
              },
              { group: 'group:default/payments', health: true, idle: false },
            ],
          },
        } as PrivateLinkBackendConfig,
      });

      // The ledger endpoint is degraded (payments owns it; platform provides the service) and the
      // KMS endpoint is idle, which payments chose not to hear of.
      expect(
        await alerts.run(
          [
            fleetRow('vpce-ledger', {
              health: 'degraded',
              healthReasons: ['9000 packets dropped.'],
            }),
            fleetRow('vpce-kms', { idle: true, idleMonthlyUsd: 14.6 }),
          ],
          alertFleetItems(),
          at(0),
        ),
      ).toEqual({ opened: 2, resolved: 0, sent: 1, failed: 0 });

      const mails = await eventually(
        () => smtp.mails,
        m => m.length >= 3,
      );
      expect(mails.flatMap(m => m.to).sort()).toEqual([
        'ana@example.com',
        'ben@example.com',
        'olu@example.com',
      ]);
      for (const mail of mails) {
        expect(mail.raw).toContain(
          'Subject: vpce-ledger (vpce-ledger) is degraded',
        );
        expect(mail.raw).toContain('9000 packets dropped.');
        expect(mail.raw).toContain(
          'http://portal.example.com/catalog/default/resource/vpce-ledger',
        );
        expect(mail.raw).toContain('From: privatelink@example.com');
      }

      const posts = await eventually(
        () => slack.posts,
        p => p.length >= 2,
      );
      expect(posts.map(p => p.method)).toEqual([
        'chat.postMessage',
        'chat.postMessage',
      ]);
      // One post per group: payments' channel from its annotation, platform's from config.
      expect(posts.map(p => p.body.get('channel')).sort()).toEqual([
        'C0PAYMENTS',
        'C0PLATFORM',
      ]);
      expect(
        posts.every(p => p.authorization === 'Bearer xoxb-privatelink-test'),
      ).toBe(true);
      expect(posts[0].body.get('text')).toContain(
        'vpce-ledger (vpce-ledger) is degraded',
      );

      // The recovery goes the same ways, once; the idle notice never went anywhere.
      expect(
        await alerts.run(
          [
            fleetRow('vpce-ledger'),
            fleetRow('vpce-kms', { idle: true, idleMonthlyUsd: 14.6 }),
          ],
          alertFleetItems(),
          at(30),
        ),
      ).toMatchObject({ resolved: 1, sent: 1, failed: 0 });
      await eventually(
        () => smtp.mails,
        m => m.length >= 6,
      );
      await eventually(
        () => slack.posts,
        p => p.length >= 4,
      );
      await new Promise(r => setTimeout(r, 500));
      expect(smtp.mails).toHaveLength(6);
      expect(slack.posts).toHaveLength(4);
      expect(
        smtp.mails
          .slice(3)
          .every(m =>
            m.raw.includes('Subject: vpce-ledger (vpce-ledger) has recovered'),
          ),
      ).toBe(true);
      expect(smtp.mails.some(m => m.raw.includes('idle'))).toBe(false);

      // The bell: one notice per member, which the recovery replaced (same scope).
      const bell = await request(backend.server)
        .get('/api/notifications/notifications')
        .set('authorization', mockCredentials.user.header('user:default/olu'));
      expect(bell.status).toBe(200);
      expect(bell.body.notifications).toEqual([
        expect.objectContaining({
          origin: 'plugin:privatelink',
          payload: expect.objectContaining({
            title: 'vpce-ledger (vpce-ledger) has recovered',
            topic: 'privatelink-health',
          }),
        }),
      ]);
    } finally {
      await backend.stop();
      await smtp.close();
      await slack.close();
    }
  });
});
