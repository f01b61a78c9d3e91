import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { endpointEntity } from '../testEntities';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { InventoryRow, InventorySummary, privatelinkApiRef } from '../../api';
import { InventoryCard } from './InventoryCard';
import { toCsv } from './inventoryRows';

const group = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', title: 'Payments' },
  spec: { type: 'team', children: [] },
};

const row = (overrides: Partial<InventoryRow> = {}): InventoryRow => ({
  entityRef: 'resource:default/vpce-0a00000000000a001',
  endpointId: 'vpce-0a00000000000a001',
  title: 'payments-snowflake',
  endpointType: 'Interface',
  state: 'available',
  serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
  serviceLabel: 'vpce-svc-0a5f1c2e3d4b60001',
  vendorRef: 'group:default/snowflake',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: 'vpc-0a1b2c3d4e5f60011',
  availabilityZones: 2,
  privateDnsEnabled: true,
  createdAt: '2025-09-26T00:00:00.000Z',
  bytesProcessed30d: 3 * 2 ** 30,
  idle: {
    idle: true,
    reason: 'No bytes',
    observedDays: 90,
    daysWithoutBytes: 40,
    monthlyUsd: 14.6,
    wastedSoFarUsd: 19.2,
  },
  monthlyCostUsd: 14.6,
  natSavingUsd: -14.46,
  health: 'healthy',
  healthReasons: ['Available, no dropped packets or resets above thresholds.'],
  findings: {
    high: 1,
    medium: 1,
    low: 0,
    checkIds: ['policy-full-access', 'endpoint-single-az'],
  },
  ...overrides,
});

const NO_TOTALS = {
  monthlyCostUsd: 0,
  bytesProcessed30d: 0,
  idle: 0,
  idleMonthlyUsd: 0,
};

/** An answer of the backend: the rows given, counted, with the totals given (its sums). */
const answer = (
  endpoints: InventoryRow[],
  more: Partial<InventorySummary> = {},
): InventorySummary => ({
  owner: 'group:default/payments',
  listedAt: '2026-12-04T10:00:00.000Z',
  endpoints,
  total: endpoints.length,
  totals: NO_TOTALS,
  services: [],
  invalid: [],
  ...more,
});

async function render(getInventory: jest.Mock, catalog: Entity[] | Error = []) {
  const getEntities = jest.fn(async () => {
    if (catalog instanceof Error) throw catalog;
    return { items: catalog };
  });
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [privatelinkApiRef, { getInventory }],
        [catalogApiRef, { getEntities }],
      ]}
    >
      <EntityProvider entity={group}>
        <InventoryCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { getEntities };
}

describe('InventoryCard', () => {
  it('shows the rows and the total the backend computed, asking once', async () => {
    const getInventory = jest.fn().mockResolvedValue(
      answer(
        [
          row(),
          row({
            entityRef: 'resource:default/vpce-2',
            endpointId: 'vpce-2',
            title: 'vpce-2',
            endpointType: 'Gateway',
            serviceLabel: 's3',
            vendorRef: undefined,
            availabilityZones: undefined,
            bytesProcessed30d: undefined,
            idle: undefined,
            monthlyCostUsd: 0,
            findings: { high: 0, medium: 0, low: 0, checkIds: [] },
          }),
        ],
        {
          totals: {
            monthlyCostUsd: 14.6,
            bytesProcessed30d: 3 * 2 ** 30,
            idle: 1,
            idleMonthlyUsd: 14.6,
          },
        },
      ),
    );
    await render(getInventory);
    expect(
      await screen.findByText('VPC endpoint inventory (2)'),
    ).toBeInTheDocument();
    // The card's first answer is the table's first page: one request.
    expect(getInventory.mock.calls).toEqual([
      ['group:default/payments', false, { limit: 20 }],
    ]);
    expect(screen.getAllByText('vpce-2').length).toBeGreaterThan(0);
    expect(screen.getByText('s3')).toBeInTheDocument();
    expect(screen.getByText('internal')).toBeInTheDocument();
    expect(screen.getAllByText('n/a').length).toBe(2);
    expect(screen.getByText('3.0 GB')).toBeInTheDocument();
    expect(screen.getByText('$14.60')).toBeInTheDocument();
    // What it costs a month while idle, not the $19.20 its idle days have cost so far.
    expect(screen.getByText('idle: $14.60 a month')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Total: $14.60 a month, 3.0 GB in 30 days, 1 idle costing $14.60 a month',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 high · 1 medium')).toBeInTheDocument();
    expect(screen.getByText('none')).toBeInTheDocument();
    expect(screen.getByText('Export CSV')).toBeInTheDocument();
  });

  it('says when the rows the backend kept were computed', async () => {
    const getInventory = jest.fn().mockResolvedValue(
      answer([row()], {
        totals: {
          monthlyCostUsd: 14.6,
          bytesProcessed30d: 3 * 2 ** 30,
          idle: 1,
          idleMonthlyUsd: 14.6,
        },
        rowsAsOf: '2026-12-03T06:00:12.345Z',
      }),
    );
    await render(getInventory);
    expect(
      await screen.findByText(
        'Total: $14.60 a month, 3.0 GB in 30 days, 1 idle costing $14.60 a month · figures as of 2026-12-03 06:00 UTC',
      ),
    ).toBeInTheDocument();
  });

  it("adds the child teams' endpoints, with their team, when asked", async () => {
    const getInventory = jest.fn(
      async (_owner: string, includeChildren: boolean) =>
        includeChildren
          ? answer(
              [
                row(),
                row({
                  entityRef: 'resource:default/vpce-c',
                  endpointId: 'vpce-c',
                  title: 'child-kms',
                  ownerRef: 'group:default/ledger',
                }),
              ],
              { includedGroups: ['group:default/ledger'] },
            )
          : answer([row()]),
    );
    await render(getInventory);
    expect(
      await screen.findByText('VPC endpoint inventory (1)'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Include child teams'));
    expect(
      await screen.findByText('VPC endpoint inventory (2)'),
    ).toBeInTheDocument();
    expect(getInventory).toHaveBeenLastCalledWith(
      'group:default/payments',
      true,
      { limit: 20 },
    );
    expect(screen.getByText('Team')).toBeInTheDocument();
    expect(screen.getByText('ledger')).toBeInTheDocument();
  });

  it('asks the backend for the rows a search selects, a sort and a page, and shows its count and total', async () => {
    const other = row({
      entityRef: 'resource:default/vpce-9',
      endpointId: 'vpce-9',
      title: 'other',
      vpcId: 'vpc-99',
      idle: undefined,
      monthlyCostUsd: 7.3,
      bytesProcessed30d: 2 ** 30,
      findings: { high: 0, medium: 0, low: 0, checkIds: [] },
    });
    // The backend's answers, as it would give them for each search.
    const answers: Record<string, InventorySummary> = {
      '': answer([row(), other], {
        totals: {
          monthlyCostUsd: 21.9,
          bytesProcessed30d: 4 * 2 ** 30,
          idle: 1,
          idleMonthlyUsd: 14.6,
        },
      }),
      'vpc-99': answer([other], {
        totals: {
          monthlyCostUsd: 7.3,
          bytesProcessed30d: 2 ** 30,
          idle: 0,
          idleMonthlyUsd: 0,
        },
      }),
      'no-such-endpoint': answer([]),
    };
    const getInventory = jest.fn(
      async (_o: string, _c: boolean, query: { q?: string }) =>
        answers[query.q ?? ''],
    );
    await render(getInventory);
    const search = await screen.findByPlaceholderText('Filter');
    const titles = () =>
      screen
        .queryAllByRole('link')
        .map(l => l.textContent)
        .filter(t => t === 'payments-snowflake' || t === 'other');
    expect(screen.getByText('VPC endpoint inventory (2)')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Total: $21.90 a month, 4.0 GB in 30 days, 1 idle costing $14.60 a month',
      ),
    ).toBeInTheDocument();
    fireEvent.change(search, { target: { value: ' vpc-99 ' } });
    await waitFor(() => expect(titles()).toEqual(['other']));
    expect(getInventory).toHaveBeenLastCalledWith(
      'group:default/payments',
      false,
      { q: 'vpc-99', offset: 0, limit: 20 },
    );
    expect(
      screen.getByText('VPC endpoint inventory (1 of 2)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Total: $7.30 a month, 1.0 GB in 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Export 1 row as CSV' }),
    ).toBeInTheDocument();
    // A sort is the backend's too, for the same search.
    fireEvent.click(screen.getByText('Cost / month'));
    await waitFor(() =>
      expect(getInventory).toHaveBeenLastCalledWith(
        'group:default/payments',
        false,
        {
          q: 'vpc-99',
          sort: 'monthlyCostUsd',
          order: 'asc',
          offset: 0,
          limit: 20,
        },
      ),
    );
    // Nothing matches: nothing counted, nothing totalled.
    fireEvent.change(search, { target: { value: 'no-such-endpoint' } });
    await waitFor(() => expect(titles()).toEqual([]));
    expect(
      screen.getByText('VPC endpoint inventory (0 of 2)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Total: $0.00 a month, 0 B in 30 days'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No endpoint matches "no-such-endpoint".'),
    ).toBeInTheDocument();
  });

  it('shows the services the team provides, with health, consumers and findings', async () => {
    await render(
      jest.fn().mockResolvedValue(
        answer([row()], {
          services: [
            {
              entityRef: 'resource:default/ledger-api',
              title: 'ledger-api',
              serviceName:
                'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60003',
              accountId: '111111111111',
              region: 'us-east-1',
              state: 'Available',
              acceptanceRequired: true,
              consumers: { total: 3, accepted: 2, outsideInventory: 1 },
              health: 'degraded',
              healthReasons: [
                'Up to 1 unhealthy load balancer target on 2026-11-30.',
              ],
              findings: {
                high: 0,
                medium: 1,
                low: 0,
                checkIds: ['service-unknown-consumer'],
              },
            },
          ],
        }),
      ),
    );
    expect(
      await screen.findByText('Endpoint services Payments provides (1)'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 not healthy')).toBeInTheDocument();
    expect(screen.getByText('ledger-api')).toBeInTheDocument();
    expect(screen.getByText('3 (1 outside)')).toBeInTheDocument();
    expect(screen.getByText('acceptance required')).toBeInTheDocument();
    expect(
      screen.getByText('Up to 1 unhealthy load balancer target on 2026-11-30.'),
    ).toBeInTheDocument();
    expect(screen.getByText('1 medium')).toBeInTheDocument();
  });

  it('names endpoints the backend left out because their entity does not match the contract', async () => {
    await render(
      jest.fn().mockResolvedValue(
        answer([row()], {
          invalid: [
            {
              entityRef: 'resource:default/vpce-bad',
              error: 'spec.endpoint.accountId: Required',
            },
          ],
        }),
      ),
    );
    expect(
      await screen.findByText(
        /1 endpoint left out: the entity does not match the PrivateLink contract/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/resource:default\/vpce-bad: spec.endpoint.accountId/)
        .length,
    ).toBeGreaterThan(0);
  });

  it('shows an empty state', async () => {
    await render(jest.fn().mockResolvedValue(answer([])));
    expect(
      await screen.findByText('Payments owns no VPC endpoint.'),
    ).toBeInTheDocument();
  });

  it("lists the catalog's endpoints, without figures, when the privatelink backend fails", async () => {
    const { getEntities } = await render(
      jest.fn().mockRejectedValue(new Error('privatelink is down')),
      [endpointEntity()],
    );
    expect(
      await screen.findByText('VPC endpoint inventory (1, from the catalog)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Usage, cost, health and findings are unavailable/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/privatelink is down/).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByText('payments-snowflake')).toBeInTheDocument();
    expect(getEntities).toHaveBeenCalledWith({
      filter: {
        kind: 'Resource',
        'spec.type': 'aws-vpc-endpoint',
        'relations.ownedBy': 'group:default/payments',
      },
    });
  });

  it('shows the error when neither answers', async () => {
    await render(
      jest.fn().mockRejectedValue(new Error('privatelink is down')),
      new Error('catalog is down'),
    );
    expect(
      await screen.findByText(/Could not load the endpoint inventory/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/privatelink is down/).length).toBeGreaterThan(
      0,
    );
  });
});

describe('toCsv', () => {
  it('writes a header and one quoted, formula-safe line per endpoint', () => {
    const lines = toCsv([
      row(),
      row({ endpointId: 'vpce-3', title: '=HYPERLINK("x"), "quoted"' }),
    ]).split('\r\n');
    expect(lines[0]).toBe(
      'endpointId,title,endpointType,state,serviceName,vendor,accountId,region,vpcId,availabilityZones,privateDns,createdAt,bytesProcessed30d,monthlyCostUsd,idle,health,findings,team',
    );
    expect(lines[1]).toBe(
      'vpce-0a00000000000a001,payments-snowflake,Interface,available,com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001,snowflake,111111111111,us-east-1,vpc-0a1b2c3d4e5f60011,2,yes,2025-09-26T00:00:00.000Z,3221225472,14.6,true,healthy,policy-full-access endpoint-single-az,',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(lines).toHaveLength(4);
  });
});
