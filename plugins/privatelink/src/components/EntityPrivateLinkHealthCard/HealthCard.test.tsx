import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { privatelinkApiRef } from '../../api';
import { endpointEntity, summaryApi } from '../testEntities';
import { HealthCard } from './HealthCard';

async function render(
  getHealth: jest.Mock,
  getAlerts = jest.fn().mockResolvedValue({ enabled: true, incidents: [] }),
) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          privatelinkApiRef,
          summaryApi({ health: getHealth, alerts: getAlerts }),
        ],
      ]}
    >
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
        reasons: [
          '4500 packets dropped on 2026-11-24 (threshold 1000).',
          'Up to 1 unhealthy load balancer target on 2026-11-24.',
        ],
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
          {
            availabilityZone: 'us-east-1b',
            subnetId: 'subnet-2',
            status: 'unknown',
            reason: 'No metrics for this subnet.',
          },
        ],
        targets: {
          healthyHostsMin: 2,
          unhealthyHostsMax: 1,
          day: '2026-11-24',
        },
      }),
    );
    expect(await screen.findByText('degraded')).toBeInTheDocument();
    expect(
      screen.getByText('4500 packets dropped on 2026-11-24 (threshold 1000).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/at least 2 healthy, at most 1 unhealthy/),
    ).toBeInTheDocument();
    expect(screen.getByText('eni-1')).toBeInTheDocument();
    expect(screen.getByText('2.0 GB')).toBeInTheDocument();
    expect(
      screen.getByText('4500 packets dropped in this AZ on 2026-11-24.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No metrics for this subnet.')).toBeInTheDocument();
  });

  it('says whom the open incident alerted and when, and how the last one ended', async () => {
    const getAlerts = jest.fn().mockResolvedValue({
      entityRef: 'resource:default/vpce-1',
      enabled: true,
      incidents: [
        {
          id: 9,
          kind: 'health',
          status: 'unhealthy',
          reasons: [],
          recipients: ['group:default/payments', 'group:default/platform'],
          openedAt: '2026-11-25T06:00:00.000Z',
          alertedAt: '2026-11-25T06:00:01.000Z',
        },
        {
          id: 4,
          kind: 'health',
          status: 'degraded',
          reasons: [],
          recipients: ['group:default/payments'],
          openedAt: '2026-11-20T06:00:00.000Z',
          alertedAt: '2026-11-20T06:00:02.000Z',
          resolvedAt: '2026-11-21T06:00:00.000Z',
          resolution: 'recovered',
          recoveryAlertedAt: '2026-11-21T06:00:03.000Z',
        },
        {
          id: 1,
          kind: 'idle',
          status: 'idle',
          reasons: [],
          recipients: [],
          openedAt: '2026-10-01T06:00:00.000Z',
          resolvedAt: '2026-10-02T06:00:00.000Z',
          resolution: 'gone',
        },
      ],
    });
    await render(
      jest.fn().mockResolvedValue({
        status: 'unhealthy',
        reasons: ['State is failed'],
        zones: [],
      }),
      getAlerts,
    );
    expect(
      await screen.findByText(
        'Incident (unhealthy) since 2026-11-25 06:00 UTC: payments, platform alerted at 2026-11-25 06:00 UTC.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Incident (degraded) from 2026-11-20 06:00 UTC (payments alerted at 2026-11-20 06:00 UTC), recovered at 2026-11-21 06:00 UTC, told at 2026-11-21 06:00 UTC.',
      ),
    ).toBeInTheDocument();
    // Only the last incident that ended is shown.
    expect(screen.queryByText(/^Idle/)).not.toBeInTheDocument();
  });

  it('shows no alert lines when alerts are off', async () => {
    await render(
      jest.fn().mockResolvedValue({
        status: 'healthy',
        reasons: ['Available.'],
        zones: [],
      }),
      jest.fn().mockResolvedValue({
        enabled: false,
        incidents: [
          {
            id: 1,
            entityRef: 'resource:default/vpce-0a00000000000a001',
            kind: 'health',
            status: 'degraded',
            openedAt: '2026-11-20T06:00:00.000Z',
            alertedAt: '2026-11-20T06:00:00.000Z',
            recipients: ['group:default/payments'],
          },
        ],
      }),
    );
    expect(await screen.findByText('Available.')).toBeInTheDocument();
    expect(screen.queryByText(/alerted/)).not.toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await render(jest.fn().mockRejectedValue(new Error('nope')));
    expect(
      await screen.findByText(/Could not load health/),
    ).toBeInTheDocument();
  });
});
