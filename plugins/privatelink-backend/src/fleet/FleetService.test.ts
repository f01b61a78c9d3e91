import { mockServices } from '@backstage/backend-test-utils';
import { CostHistory } from '@privatelink-portal/plugin-privatelink-common';
import { asPrivateLinkEntity, endpointEntity } from '../testEntities';
import { FleetService } from './FleetService';

const at = (day: number, hour = 6) => new Date(Date.UTC(2026, 11, day, hour));

function setup() {
  const items = [endpointEntity('vpce-1')].map(asPrivateLinkEntity);
  const all = jest.fn(async () => ({ entities: items, invalid: [] }));
  let fail = false;
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
    store: { replace: async () => {} } as any,
  });
  return { fleet, all, history, failNext: (f: boolean) => (fail = f) };
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
