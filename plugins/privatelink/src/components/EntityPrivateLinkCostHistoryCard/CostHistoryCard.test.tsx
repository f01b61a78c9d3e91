import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { CostHistory, privatelinkApiRef } from '../../api';
import { CostHistoryCard, describeForecast } from './CostHistoryCard';

const group = (name: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type, children: [] },
});

const history: CostHistory = {
  subject: 'group:default/payments',
  endpoints: 2,
  months: [
    {
      month: '2026-11',
      hourlyUsd: 16.92,
      dataProcessingUsd: 0.45,
      totalUsd: 17.37,
      gb: 110,
      endpoints: 2,
      complete: true,
    },
    {
      month: '2026-12',
      hourlyUsd: 1.44,
      dataProcessingUsd: 0,
      totalUsd: 1.44,
      gb: 0,
      endpoints: 1,
      complete: false,
    },
  ],
  thisMonth: {
    month: '2026-12',
    soFarUsd: 1.44,
    forecastUsd: 14.88,
    daysSoFar: 3,
    daysInMonth: 31,
    lastMonthUsd: 17.37,
    changeUsd: -2.49,
    changePercent: -14.3,
  },
  formula: 'the formula',
};

async function render(entity: Entity, answer: CostHistory = history) {
  const getCostHistory = jest.fn().mockResolvedValue(answer);
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, { getCostHistory }]]}>
      <EntityProvider entity={entity}>
        <CostHistoryCard />
      </EntityProvider>
    </TestApiProvider>,
  );
  return getCostHistory;
}

describe('CostHistoryCard', () => {
  it("asks for a tenant's history and says this month's forecast against last month", async () => {
    const getCostHistory = await render(group('payments', 'team'));
    expect(
      await screen.findByText(
        "2026-12 so far: $1.44 in 3 of 31 days; at that rate $14.88, -$2.49 (-14.3%) on last month's $17.37.",
      ),
    ).toBeInTheDocument();
    expect(getCostHistory).toHaveBeenCalledWith({
      owner: 'group:default/payments',
    });
    expect(screen.getByText(/2 endpoints/)).toBeInTheDocument();
  });

  it("asks for a vendor's history by vendor, and says when nothing is collected yet", async () => {
    const getCostHistory = await render(group('snowflake', 'vendor'), {
      subject: 'group:default/snowflake',
      endpoints: 0,
      months: [],
      formula: 'f',
    });
    expect(
      await screen.findByText(/No collected usage yet/),
    ).toBeInTheDocument();
    expect(getCostHistory).toHaveBeenCalledWith({
      vendor: 'group:default/snowflake',
    });
  });

  it('says a rise with a plus, and no percentage after a month that cost nothing', () => {
    expect(
      describeForecast({
        month: '2026-08',
        soFarUsd: 0.48,
        forecastUsd: 0.48,
        daysSoFar: 31,
        daysInMonth: 31,
        lastMonthUsd: 0,
        changeUsd: 0.48,
      }),
    ).toBe(
      "2026-08 so far: $0.48 in 31 of 31 days; at that rate $0.48, +$0.48 on last month's $0.00.",
    );
  });
});
