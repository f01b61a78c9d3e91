import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { privatelinkPlugin } from '../plugin';

describe('privatelink router', () => {
  it('answers /health without credentials', async () => {
    const { server } = await startTestBackend({
      features: [privatelinkPlugin, mockServices.rootConfig.factory({ data: {} })],
    });
    const response = await request(server)
      .get('/api/privatelink/health')
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('rejects unauthenticated requests to any other path', async () => {
    const { server } = await startTestBackend({
      features: [privatelinkPlugin, mockServices.rootConfig.factory({ data: {} })],
    });
    const response = await request(server)
      .get('/api/privatelink/anything')
      .set('Authorization', mockCredentials.none.header());
    expect(response.status).toBe(401);
  });
});
