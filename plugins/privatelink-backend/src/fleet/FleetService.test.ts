import { mockServices } from '@backstage/backend-test-utils';
import { CostHistory } from '@privatelink-portal/plugin-privatelink-common';
import { asPrivateLinkEntity, endpointEntity } from '../testEntities';
import { FleetService } from './FleetService';

const at = (day: number, hour = 6) => new Date(Date.UTC(2026, 11, day, hour));

function setup() {
  const items = [endpointEntity('vpce-1')].map(asPrivateLinkEntity);
  const all = jest.fn(async () => ({ entities: items, invalid: [] }));
  let fail = false;
  let kept: { computedAt?: string; advice: any[] } = { advice: [] };
  const consolidation = {
    latest: jest.fn(() => kept),
    advise: jest.fn(async (_e: unknown[], now: Date) => {
      kept = { computedAt: now.toISOString(), advice: [{ network: 'core' }] };
      return kept.advice;
    }),
  };
  const history = jest.fn(
    async (subject: string, _items: unknown[], now: Date) => {
      if (fail) throw new Error('the database went away');
      return { subject, asOf: now.toISOString() } as unknown as CostHistory;
    },
  );
  const fleet = new FleetService({
    auth: mockServices.auth(),
    entities: { all } as any,
    inventory: { keep: async () => ({ endpoints: [], services: [] }) },
    cost: { history },
    consolidation,
    store: { replace: async () => {} } as any,
  });
  return {
    fleet,
    all,
    history,
    consolidation,
    failNext: (f: boolean) => (fail = f),
  };
}

describe('FleetService.costHistory', () => {
  it('is computed once per evaluation, from the entities it read, and shared by the day’s requests', async () => {
    const { fleet, all, history } = setup();
    await fleet.refresh(at(3));
    expect(history).toHaveBeenCalledTimes(1);
    const first = await fleet.costHistory(at(3, 9));
    const second = await fleet.costHistory(at(3, 23));
    expect(second).toBe(first);
    expect(history).toHaveBeenCalledTimes(1);
    // The evaluation read the catalog; the requests did not.
    expect(all).toHaveBeenCalledTimes(1);
    // The next day's first request computes the history that ends on the new last day.
    const nextDay = await fleet.costHistory(at(4, 3));
    expect(nextDay).not.toBe(first);
    expect(history).toHaveBeenCalledTimes(2);
    expect(all).toHaveBeenCalledTimes(2);
    // The next evaluation replaces it.
    await fleet.refresh(at(4, 4));
    expect(await fleet.costHistory(at(4, 5))).not.toBe(nextDay);
    expect(history).toHaveBeenCalledTimes(3);
  });

  it('computes it for a request before any evaluation, and does not keep a failure', async () => {
    const { fleet, history, failNext } = setup();
    failNext(true);
    await expect(fleet.costHistory(at(3))).rejects.toThrow(
      'the database went away',
    );
    failNext(false);
    await expect(fleet.costHistory(at(3))).resolves.toMatchObject({
      subject: 'fleet',
    });
    expect(history).toHaveBeenCalledTimes(2);
  });
});

describe('FleetService.consolidation', () => {
  it('serves what the evaluation kept, and computes it on a replica that has not evaluated', async () => {
    const { fleet, all, consolidation } = setup();
    // Nothing kept here yet: computed for this answer, from the catalog's endpoints.
    expect(await fleet.consolidation(at(3))).toEqual({
      advice: [{ network: 'core' }],
    });
    expect(consolidation.advise).toHaveBeenCalledWith(
      [expect.objectContaining({ entityRef: 'resource:default/vpce-1' })],
      at(3),
    );
    expect(all).toHaveBeenCalledTimes(1);
    // Kept now: no catalog read, no computation.
    expect(await fleet.consolidation(at(3, 9))).toEqual({
      computedAt: at(3).toISOString(),
      advice: [{ network: 'core' }],
    });
    expect(consolidation.advise).toHaveBeenCalledTimes(1);
    expect(all).toHaveBeenCalledTimes(1);
  });
});
