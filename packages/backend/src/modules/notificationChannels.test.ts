import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import notificationsPlugin from '@backstage/plugin-notifications-backend';
import request from 'supertest';
import { notificationChannels } from './notificationChannels';

jest.setTimeout(60_000);

const start = (notifications: object) =>
  startTestBackend({
    features: [
      notificationsPlugin,
      notificationChannels,
      catalogServiceMock.factory({ entities: [] }),
      mockServices.rootConfig.factory({
        data: { app: { baseUrl: 'http://localhost:3000' }, notifications },
      }),
    ],
  });

describe('notificationChannels', () => {
  it('starts the bell alone when no channel is configured', async () => {
    const backend = await start({});
    try {
      const answer = await request(backend.server).get(
        '/api/notifications/notifications',
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ notifications: [], totalCount: 0 });
    } finally {
      await backend.stop();
    }
  });

  it('adds the e-mail module with its config, which then must be whole', async () => {
    // The module is there: it reads its config at start-up and names what is missing.
    await expect(
      start({
        processors: {
          email: {
            transportConfig: { transport: 'smtp', hostname: 'x', port: 25 },
          },
        },
      }),
    ).rejects.toThrow(
      /Missing required config value at 'notifications.processors.email.sender'/,
    );
  });
});
