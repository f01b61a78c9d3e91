import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FleetRow, FleetTableQuery, privatelinkApiRef } from '../../api';
import { FleetTable } from './FleetTable';

jest.setTimeout(30_000);

const row = (n: number, over: Partial<FleetRow> = {}): FleetRow => ({
  entityRef: `resource:default/vpce-${n}`,
  kind: 'endpoint',
  title: `endpoint-${n}`,
  resourceId: `vpce-${n}`,
  ownerRef: 'group:default/payments',
  vendorRef: 'group:default/snowflake',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: `vpc-${n % 3}`,
  type: 'Interface',
  state: 'available',
  serviceLabel: 'vpce-svc-1',
  monthlyCostUsd: 14.6,
  idle: n === 1,
  idleMonthlyUsd: n === 1 ? 14.6 : 0,
  wastedSoFarUsd: n === 1 ? 43.2 : 0,
  bytesProcessed30d: n === 1 ? 0 : 2 ** 30,
  health: 'healthy',
  healthReasons: [],
  findings: { high: n === 2 ? 1 : 0, medium: 0, low: 0 },
  ...over,
});

// A backend of 45 rows: the search narrows by VPC id, the page is cut as asked.
const fleet = Array.from({ length: 45 }, (_, i) => row(i + 1));
const getFleetTable = jest.fn(
  async (_filter: object, query: FleetTableQuery) => {
    const matched = query.q ? fleet.filter(r => r.vpcId === query.q) : fleet;
    const offset = query.offset ?? 0;
    return {
      rows: matched.slice(offset, offset + (query.limit ?? matched.length)),
      total: matched.length,
      refreshedAt: '2026-11-25T10:00:00.000Z',
    };
  },
);

async function render() {
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, { getFleetTable }]]}>
      <FleetTable filter={{ tenant: 'group:default/payments' }} />
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('FleetTable', () => {
  beforeEach(() => getFleetTable.mockClear());

  it("pages, sorts and searches on the server, with the page's filters", async () => {
    await render();
    expect(
      await screen.findByText('Every endpoint and service (45)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "As of 2026-11-25 10:00 UTC: the last posture evaluation's snapshot",
      ),
    ).toBeInTheDocument();
    expect(getFleetTable).toHaveBeenLastCalledWith(
      { tenant: 'group:default/payments' },
      expect.objectContaining({ offset: 0, limit: 20 }),
    );
    // One request for the first page, not one from the table and one from the filters.
    expect(getFleetTable).toHaveBeenCalledTimes(1);
    expect(screen.getByText('endpoint-20')).toBeInTheDocument();
    expect(screen.queryByText('endpoint-21')).not.toBeInTheDocument();
    // The idle one, and the finding.
    expect(screen.getAllByText('$14.60').length).toBeGreaterThan(0);
    expect(screen.getByText('1 high')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(getFleetTable).toHaveBeenLastCalledWith(
        { tenant: 'group:default/payments' },
        expect.objectContaining({ offset: 20, limit: 20 }),
      ),
    );
    expect(await screen.findByText('endpoint-21')).toBeInTheDocument();

    fireEvent.click(screen.getByText('Cost / month'));
    await waitFor(() =>
      expect(getFleetTable).toHaveBeenLastCalledWith(
        { tenant: 'group:default/payments' },
        expect.objectContaining({ sort: 'cost', order: 'asc' }),
      ),
    );

    fireEvent.change(screen.getByLabelText('Search the fleet'), {
      target: { value: 'vpc-0' },
    });
    expect(
      await screen.findByText('Every endpoint and service (15)'),
    ).toBeInTheDocument();
    expect(getFleetTable).toHaveBeenLastCalledWith(
      { tenant: 'group:default/payments' },
      expect.objectContaining({ q: 'vpc-0', offset: 0 }),
    );
  });

  it('shows the details behind the columns in the row, and exports the rows the search selects', async () => {
    await render();
    const first = (await screen.findByText('endpoint-1')).closest('tr')!;
    fireEvent.click(within(first).getAllByRole('button')[0]);
    expect(
      await screen.findByText('111111111111 us-east-1'),
    ).toBeInTheDocument();
    expect(screen.getByText('$43.20 wasted')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'vpce-1' })).toHaveAttribute(
      'href',
      'https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1#EndpointDetails:vpcEndpointId=vpce-1',
    );

    fireEvent.click(screen.getByText('Export these rows'));
    await waitFor(() =>
      expect(getFleetTable).toHaveBeenLastCalledWith(
        { tenant: 'group:default/payments' },
        { q: '' },
      ),
    );
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1));
  });
});
