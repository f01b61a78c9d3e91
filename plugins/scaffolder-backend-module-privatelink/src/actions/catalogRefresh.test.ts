import http from 'http';
import { AddressInfo } from 'net';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogRefresh } from './catalogRefresh';

describe('catalogRefresh', () => {
  let server: http.Server;
  let calls: Array<{ method?: string; url?: string; authorization?: string }>;
  let status: number;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      calls.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
      });
      res.writeHead(status, { 'Content-Type': 'application/json' }).end('{}');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));
  beforeEach(() => {
    calls = [];
    status = 202;
  });

  const refresh = (logger = mockServices.logger.mock()) => {
    const { port } = server.address() as AddressInfo;
    return catalogRefresh({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async () => `http://127.0.0.1:${port}/api/catalog`,
        getExternalBaseUrl: async () => '',
      },
      logger,
    });
  };

  it("posts to the catalog module's route with the scaffolder's own service token", async () => {
    expect(await refresh()('111111111111')).toEqual({ triggered: true });
    expect(calls).toEqual([
      {
        method: 'POST',
        url: '/api/catalog/privatelink/accounts/111111111111/refresh',
        authorization: expect.stringMatching(/^Bearer .+/),
      },
    ]);
  });

  it('never fails the action: a refusal is logged and left to the schedule', async () => {
    status = 404;
    const logger = mockServices.logger.mock();
    expect(await refresh(logger)('999999999999')).toEqual({
      triggered: false,
      reason: 'the catalog answered 404',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      'Inventory refresh of 999999999999 not triggered: the catalog answered 404',
    );
  });
});
