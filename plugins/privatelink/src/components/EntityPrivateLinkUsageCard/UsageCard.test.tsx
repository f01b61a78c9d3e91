import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { privatelinkApiRef, UsageReport } from '../../api';
import { endpointEntity, summaryApi } from '../testEntities';
import { UsageCard } from './UsageCard';

const day = (d: string, bytes: number) => ({
  day: d,
  bytesProcessed: bytes,
  newConnections: 10,
  activeConnectionsMax: 3,
  packetsDropped: 0,
  resetPackets: 0,
});

/** `usage` answers any window: the page's summary asks it for 30 days, the card for the others. */
async function render(usage: jest.Mock) {
  const api = {
    ...summaryApi({ usage: jest.fn(ref => usage(ref, 30)) }),
    getUsage: jest.fn((ref, days) => usage(ref, days)),
  };
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, api]]}>
      <EntityProvider entity={endpointEntity()}>
        <UsageCard />
      </EntityProvider>
    </TestApiProvider>,
  );
  return api;
}

describe('UsageCard', () => {
  it('shows totals and the idle verdict, and asks again for another window', async () => {
    const report: UsageReport = {
      entityRef: 'resource:default/vpce-0a00000000000a001',
      metricsPublished: true,
      series:
        'AWS/PrivateLinkEndpoints BytesProcessed for VPC Endpoint Id vpce-0a00000000000a001, daily, in UTC',
      from: '2026-10-26',
      to: '2026-11-24',
      days: [day('2026-11-23', 0), day('2026-11-24', 0)],
      totals: { bytesProcessed: 0, newConnections: 20 },
      idle: {
        idle: true,
        reason:
          'No bytes for 44 days (threshold 30): it costs $14.60 a month while idle, $21.12 of hourly charges so far.',
        observedDays: 90,
        daysWithoutBytes: 44,
        monthlyUsd: 14.6,
        wastedSoFarUsd: 21.12,
      },
    };
    const api = await render(jest.fn().mockResolvedValue(report));
    expect(await screen.findByText('Idle.')).toBeInTheDocument();
    expect(screen.getByText(/\$21.12 of hourly charges/)).toBeInTheDocument();
    expect(screen.getByText(/0 B processed and 20 new/)).toBeInTheDocument();
    expect(
      screen.getByText(`CloudWatch: ${report.series}.`),
    ).toBeInTheDocument();
    // The first window comes with the page's summary: no request of its own.
    expect(api.getEntitySummary).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'vpce-0a00000000000a001' }),
    );
    expect(api.getUsage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '90 days' }));
    await waitFor(() =>
      expect(api.getUsage).toHaveBeenLastCalledWith(expect.anything(), 90),
    );
    expect(api.getEntitySummary).toHaveBeenCalledTimes(1);
  });

  it('does not call an endpoint without bytes "in use" while it is too new or quiet for a verdict', async () => {
    await render(
      jest.fn().mockResolvedValue({
        entityRef: 'resource:default/vpce-0a00000000000a001',
        metricsPublished: true,
        from: '2026-10-26',
        to: '2026-11-24',
        days: [day('2026-11-24', 0)],
        totals: { bytesProcessed: 0, newConnections: 0 },
        idle: {
          idle: false,
          reason: 'No bytes for 5 days (threshold 30).',
          observedDays: 5,
          daysWithoutBytes: 5,
          monthlyUsd: 14.6,
          wastedSoFarUsd: 0,
        },
      }),
    );
    expect(
      await screen.findByText('No traffic in this window.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('In use.')).not.toBeInTheDocument();
  });

  it('says a gateway endpoint publishes no metrics instead of showing zero', async () => {
    await render(
      jest.fn().mockResolvedValue({
        metricsPublished: false,
        note: 'Gateway endpoints publish no PrivateLink metrics to CloudWatch: their traffic is not known here.',
        days: [],
        totals: { bytesProcessed: 0, newConnections: 0 },
      }),
    );
    expect(
      await screen.findByText(
        /Gateway endpoints publish no PrivateLink metrics/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/processed and/)).not.toBeInTheDocument();
  });

  it('says so before any collection', async () => {
    await render(
      jest.fn().mockResolvedValue({
        metricsPublished: true,
        days: [],
        totals: { bytesProcessed: 0, newConnections: 0 },
      }),
    );
    expect(
      await screen.findByText(
        'No usage collected yet: the collector has not stored any day of this window.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await render(jest.fn().mockRejectedValue(new Error('backend down')));
    expect(await screen.findByText(/Could not load usage/)).toBeInTheDocument();
  });
});
