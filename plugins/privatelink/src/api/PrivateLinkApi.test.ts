import { PrivateLinkClient } from './PrivateLinkApi';

function client(response: Response) {
  const fetch = jest.fn().mockResolvedValue(response);
  return {
    fetch,
    client: new PrivateLinkClient({
      discoveryApi: { getBaseUrl: async id => `http://backend/api/${id}` },
      fetchApi: { fetch },
    }),
  };
}

describe('PrivateLinkClient', () => {
  it('asks the backend for an entity report and returns its JSON', async () => {
    const { client: api, fetch } = client(
      new Response(JSON.stringify({ status: 'healthy' }), { status: 200 }),
    );
    await expect(
      api.getHealth({ kind: 'Resource', namespace: 'default', name: 'vpce-1' }),
    ).resolves.toEqual({
      status: 'healthy',
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/entities/Resource/default/vpce-1/health',
    );
  });

  it('passes the window and encodes owner refs', async () => {
    const usage = client(new Response('{}', { status: 200 }));
    await usage.client.getUsage(
      { kind: 'resource', namespace: 'default', name: 'a b' },
      7,
    );
    expect(usage.fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/entities/resource/default/a%20b/usage?days=7',
    );
    const inventory = client(new Response('{}', { status: 200 }));
    await inventory.client.getInventory('group:default/payments');
    expect(inventory.fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/inventory?owner=group%3Adefault%2Fpayments',
    );
    const status = client(
      new Response('{"inventory":[],"usage":[],"invalidEntities":[]}', {
        status: 200,
      }),
    );
    await expect(status.client.getStatus()).resolves.toEqual({
      inventory: [],
      usage: [],
      invalidEntities: [],
    });
    expect(status.fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/status',
    );
  });

  it('throws the backend error instead of returning nothing', async () => {
    const { client: api } = client(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'Not allowed to read' },
        }),
        {
          status: 403,
          statusText: 'Forbidden',
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    await expect(
      api.getCost({ kind: 'Resource', namespace: 'default', name: 'vpce-1' }),
    ).rejects.toThrow(/Not allowed to read|403/);
  });
});
