import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { fireEvent, screen } from '@testing-library/react';
import { privatelinkApiRef } from '../../api';
import { endpointEntity, summaryApi } from '../testEntities';
import { CostCard } from './CostCard';

async function render(getCost: jest.Mock) {
  await renderInTestApp(
    <TestApiProvider
      apis={[[privatelinkApiRef, summaryApi({ cost: getCost })]]}
    >
      <EntityProvider entity={endpointEntity()}>
        <CostCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('CostCard', () => {
  it('shows the estimate, its parts, the NAT saving, and the formula on hover', async () => {
    await render(
      jest.fn().mockResolvedValue({
        applicable: true,
        currency: 'USD',
        hourly: 14.6,
        dataProcessing: 10.94,
        total: 25.54,
        gbPerMonth: 1094.13,
        natCounterfactual: 49.24,
        saving: 23.69,
        formula: '$0.01/AZ-h x 2 AZ x 730 h + 1094.13 GB x $0.01/GB',
        basis: 'bytes of the 30 days',
      }),
    );
    expect(await screen.findByText(/\$25.54/)).toBeInTheDocument();
    expect(screen.getByText('$49.24')).toBeInTheDocument();
    expect(screen.getByText('$23.69')).toBeInTheDocument();
    // Keys as written, not title-cased.
    expect(screen.getByText('GB a month')).toBeInTheDocument();
    expect(screen.getByText('Through a NAT gateway')).toBeInTheDocument();
    expect(screen.getByText('Saving against NAT')).toBeInTheDocument();
    fireEvent.mouseOver(screen.getByLabelText('monthly estimate'));
    expect(
      await screen.findByText(
        '$0.01/AZ-h x 2 AZ x 730 h + 1094.13 GB x $0.01/GB',
      ),
    ).toBeInTheDocument();
  });

  it('says when an endpoint costs more than NAT would, without a "$-" amount', async () => {
    await render(
      jest.fn().mockResolvedValue({
        applicable: true,
        currency: 'USD',
        hourly: 14.6,
        dataProcessing: 0,
        total: 14.6,
        gbPerMonth: 0,
        natCounterfactual: 0,
        saving: -14.6,
        formula: 'f',
        basis: 'b',
      }),
    );
    expect(
      await screen.findByText('Costs more than NAT by'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('$14.60').length).toBeGreaterThan(0);
    expect(screen.queryByText(/\$-/)).not.toBeInTheDocument();
  });

  it('explains when cost does not apply, and shows errors', async () => {
    await render(
      jest.fn().mockResolvedValue({
        applicable: false,
        note: 'An endpoint service costs its provider the load balancer',
      }),
    );
    expect(
      await screen.findByText(/costs its provider the load balancer/),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await render(jest.fn().mockRejectedValue(new Error('nope')));
    expect(await screen.findByText(/Could not load cost/)).toBeInTheDocument();
  });
});
