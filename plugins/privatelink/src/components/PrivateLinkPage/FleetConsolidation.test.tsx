import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, within } from '@testing-library/react';
import { ConsolidationAdvice, privatelinkApiRef } from '../../api';
import { FleetConsolidation } from './FleetConsolidation';

const endpoint = (n: number, gbPerMonth: number) => ({
  entityRef: `resource:default/vpce-${n}`,
  endpointId: `vpce-${n}`,
  accountId: '111111111111',
  vpcId: `vpc-${n}`,
  azCount: 2,
  gbPerMonth,
});

// The figures of the backend's table tests (consolidation/advice.test.ts): three VPCs attached to
// the Transit Gateway save $28.50 a month; the same VPCs not yet attached would cost $81.00 more.
const saving: ConsolidationAdvice = {
  network: 'core',
  region: 'us-east-1',
  serviceName: 'com.amazonaws.us-east-1.kms',
  endpoints: [endpoint(1, 100), endpoint(2, 10), endpoint(3, 5)],
  hubVpcId: 'vpc-1',
  hubAzCount: 2,
  todayMonthlyUsd: 52.2,
  hubMonthlyUsd: 23.7,
  savingMonthlyUsd: 28.5,
  breakEvenSpokeGbPerMonth: 1435,
  keptApart: [
    {
      entityRef: 'resource:default/vpce-4',
      endpointId: 'vpce-4',
      reason: 'its security groups allow other inbound rules',
    },
  ],
  formula: 'today: 3 endpoints x 2 AZs x $0.01 x 730 h + ...',
};
const loss: ConsolidationAdvice = {
  ...saving,
  network: 'edge',
  serviceName: 'com.amazonaws.us-east-1.sts',
  hubMonthlyUsd: 133.2,
  savingMonthlyUsd: -81,
  breakEvenSpokeGbPerMonth: undefined,
  keptApart: [],
};

async function render(getConsolidationAdvice: jest.Mock) {
  await renderInTestApp(
    <TestApiProvider
      apis={[[privatelinkApiRef, { getConsolidationAdvice } as any]]}
    >
      <FleetConsolidation />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('FleetConsolidation', () => {
  it('shows each service’s figures as the backend computed them, a loss as what more it costs', async () => {
    const getConsolidationAdvice = jest.fn().mockResolvedValue({
      computedAt: '2026-12-04T06:00:00.000Z',
      advice: [saving, loss],
    });
    await render(getConsolidationAdvice);
    expect(
      await screen.findByText(
        'Consolidation: one endpoint in a hub VPC instead of one per VPC',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('As of the posture evaluation at 2026-12-04 06:00 UTC'),
    ).toBeInTheDocument();
    const cells = (service: string) =>
      within(screen.getByText(service).closest('tr')!)
        .getAllByRole('cell')
        .map(cell => cell.textContent);
    expect(cells('kms')).toEqual([
      '',
      'kms',
      'core us-east-1',
      '3',
      '$52.20',
      '$23.70',
      '$28.50',
      '1,435',
    ]);
    expect(cells('sts')).toEqual([
      '',
      'sts',
      'edge us-east-1',
      '3',
      '$52.20',
      '$133.20',
      '$81.00 more',
      'none',
    ]);
  });

  it('opens a service on its endpoints, the ones kept apart and why, and the formula', async () => {
    await render(jest.fn().mockResolvedValue({ advice: [saving] }));
    const row = (await screen.findByText('kms')).closest('tr')!;
    fireEvent.click(within(row).getAllByRole('button')[0]);
    expect(await screen.findByText('vpce-2')).toBeInTheDocument();
    expect(screen.getByText(/vpc-2 \(111111111111\)/)).toBeInTheDocument();
    expect(
      screen.getByText(/its security groups allow other inbound rules/),
    ).toBeInTheDocument();
    expect(screen.getByText(saving.formula)).toBeInTheDocument();
  });

  it('says why there is nothing to advise', async () => {
    await render(jest.fn().mockResolvedValue({ advice: [] }));
    expect(
      await screen.findByText(/no service has interface endpoints in two/),
    ).toBeInTheDocument();
  });
});
