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

const GET = expect.objectContaining({ method: 'GET' });

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
      GET,
    );
  });

  it("shares one entity's summary among the cards that ask together, and keeps no failure", async () => {
    const answers = [
      new Response('{"error":{"name":"Error","message":"down"}}', {
        status: 503,
      }),
      new Response('{"entityRef":"resource:default/vpce-1"}', { status: 200 }),
    ];
    const fetch = jest.fn(async () => answers.shift()!);
    const api = new PrivateLinkClient({
      discoveryApi: { getBaseUrl: async id => `http://backend/api/${id}` },
      fetchApi: { fetch },
    });
    const ref = { kind: 'Resource', namespace: 'default', name: 'vpce-1' };
    const failed = await Promise.allSettled([
      api.getEntitySummary(ref),
      api.getEntitySummary({ ...ref, kind: 'resource' }),
    ]);
    expect(failed.map(f => f.status)).toEqual(['rejected', 'rejected']);
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(api.getEntitySummary(ref)).resolves.toEqual({
      entityRef: 'resource:default/vpce-1',
    });
    await api.getEntitySummary(ref);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenLastCalledWith(
      'http://backend/api/privatelink/entities/Resource/default/vpce-1/summary',
      GET,
    );

    const each = jest.fn(async () => new Response('{}', { status: 200 }));
    const unshared = new PrivateLinkClient({
      discoveryApi: { getBaseUrl: async id => `http://backend/api/${id}` },
      fetchApi: { fetch: each },
      shareSummaryMs: 0,
    });
    await unshared.getEntitySummary(ref);
    await unshared.getEntitySummary(ref);
    expect(each).toHaveBeenCalledTimes(2);
  });

  it('passes the window and encodes owner refs', async () => {
    const usage = client(new Response('{}', { status: 200 }));
    await usage.client.getUsage(
      { kind: 'resource', namespace: 'default', name: 'a b' },
      7,
    );
    expect(usage.fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/entities/resource/default/a%20b/usage?days=7',
      GET,
    );
    const inventory = client(new Response('{}', { status: 200 }));
    await inventory.client.getInventory('group:default/payments');
    expect(inventory.fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/inventory?owner=group%3Adefault%2Fpayments',
      GET,
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
      GET,
    );
  });

  it("sends a decision as JSON to the item's route and returns what was recorded", async () => {
    const recorded = { decision: { id: 1 }, replayed: false };
    const { client: api, fetch } = client(
      new Response(JSON.stringify(recorded), { status: 201 }),
    );
    const decision = {
      decision: 'keep' as const,
      comment: 'in use',
      idempotencyKey: 'decision-0001',
    };
    await expect(
      api.decide(
        '00000000-0000-4000-8000-000000000001',
        { kind: 'resource', namespace: 'default', name: 'vpce-1' },
        decision,
      ),
    ).resolves.toEqual(recorded);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/audits/00000000-0000-4000-8000-000000000001/items/resource/default/vpce-1/decisions',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(decision),
      },
    );
  });

  it('leaves out fleet filters that are not set', async () => {
    const { client: api, fetch } = client(
      new Response('{"rows":[]}', { status: 200 }),
    );
    await expect(
      api.getFleetRows({ tenant: '', vendor: 'group:default/snowflake' }),
    ).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/privatelink/fleet/rows?vendor=group%3Adefault%2Fsnowflake',
      GET,
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
