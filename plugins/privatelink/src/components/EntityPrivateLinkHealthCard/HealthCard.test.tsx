import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { privatelinkApiRef } from '../../api';
import { endpointEntity } from '../testEntities';
import { HealthCard } from './HealthCard';

async function render(getHealth: jest.Mock) {
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, { getHealth }]]}>
      <EntityProvider entity={endpointEntity()}>
        <HealthCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('HealthCard', () => {
  it('shows the status, every reason, the AZs and the target health', async () => {
    await render(
      jest.fn().mockResolvedValue({
        status: 'degraded',
        state: 'available',
        reasons: ['4500 packets dropped on 2026-11-24 (threshold 1000).', 'Up to 1 unhealthy load balancer target on 2026-11-24.'],
        zones: [
          {
            availabilityZone: 'us-east-1a',
            subnetId: 'subnet-1',
            networkInterfaceId: 'eni-1',
            status: 'degraded',
            reason: '4500 packets dropped in this AZ on 2026-11-24.',
            bytesProcessed: 2 * 2 ** 30,
            packetsDropped: 4500,
          },
          { availabilityZone: 'us-east-1b', subnetId: 'subnet-2', status: 'unknown', reason: 'No metrics for this subnet.' },
        ],
        targets: { healthyHostsMin: 2, unhealthyHostsMax: 1, day: '2026-11-24' },
      }),
    );
    expect(await screen.findByText('degraded')).toBeInTheDocument();
    expect(screen.getByText('4500 packets dropped on 2026-11-24 (threshold 1000).')).toBeInTheDocument();
    expect(screen.getByText(/at least 2 healthy, at most 1 unhealthy/)).toBeInTheDocument();
    expect(screen.getByText('eni-1')).toBeInTheDocument();
    expect(screen.getByText('2.0 GB')).toBeInTheDocument();
    expect(screen.getByText('4500 packets dropped in this AZ on 2026-11-24.')).toBeInTheDocument();
    expect(screen.getByText('No metrics for this subnet.')).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await render(jest.fn().mockRejectedValue(new Error('nope')));
    expect(await screen.findByText(/Could not load health/)).toBeInTheDocument();
  });
});
