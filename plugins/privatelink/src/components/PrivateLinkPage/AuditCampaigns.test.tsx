import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AuditCampaign, privatelinkApiRef } from '../../api';
import { AuditCampaigns } from './AuditCampaigns';

const facts = (id: string) => ({
  title: id,
  type: 'Interface',
  resourceId: id,
  serviceName: 's',
  accountId: '111111111111',
  region: 'us-east-1',
  availabilityZones: [],
  usage: {
    from: '2026-07-01',
    to: '2026-09-30',
    daysCollected: 0,
    bytesProcessed: 0,
  },
  health: { status: 'healthy' as const, reasons: [] },
  findings: [],
});

const summary = {
  id: 'c-payments',
  owner: 'group:default/payments',
  quarter: '2026-Q4',
  openedAt: '2026-10-01T06:00:00.000Z',
  dueAt: '2026-10-31T00:00:00.000Z',
  openedBy: 'scheduler',
  items: 3,
  decided: 1,
  status: 'overdue' as const,
  lastDecisionAt: '2026-10-02T09:15:00.000Z',
};

const campaign: AuditCampaign = {
  ...summary,
  entries: [
    {
      entityRef: 'resource:default/vpce-decided',
      kind: 'endpoint',
      facts: facts('vpce-decided'),
      drift: [],
      keepableUnchanged: true,
      history: [],
      decision: {
        id: 1,
        decision: 'keep',
        comment: 'in use',
        actor: 'user:default/guest',
        decidedAt: '2026-10-02T09:15:00.000Z',
      },
    },
    {
      entityRef: 'resource:default/vpce-clean',
      kind: 'endpoint',
      facts: facts('vpce-clean'),
      drift: [],
      keepableUnchanged: true,
      history: [],
    },
    {
      entityRef: 'resource:default/vpce-drifted',
      kind: 'endpoint',
      facts: facts('vpce-drifted'),
      drift: [{ type: 'newly-idle', detail: 'no bytes' }],
      keepableUnchanged: false,
      history: [],
    },
  ],
  departures: [],
};

function apiWith() {
  return {
    listAuditCampaigns: jest.fn().mockResolvedValue([
      summary,
      {
        ...summary,
        id: 'c-identity',
        owner: 'group:default/identity',
        items: 2,
        decided: 2,
        status: 'complete',
      },
      { ...summary, id: 'c-old', quarter: '2026-Q3', status: 'complete' },
    ]),
    getAuditCampaign: jest.fn().mockResolvedValue(campaign),
    keepUnchanged: jest.fn().mockResolvedValue({ decisions: [], replayed: 0 }),
    exportAuditQuarter: jest
      .fn()
      .mockResolvedValue(new Blob(['tenant,quarter\r\n'])),
  };
}

async function renderPage(api: ReturnType<typeof apiWith>) {
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, api]]}>
      <AuditCampaigns />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('AuditCampaigns', () => {
  it("shows every team's campaign of the newest quarter with its progress, status and last decision", async () => {
    const api = apiWith();
    await renderPage(api);
    expect(await screen.findByTestId('audits-summary')).toHaveTextContent(
      '2 campaigns: 1 complete, 1 overdue, 0 open; 3 of 5 items decided',
    );
    expect(screen.getByText('Audit campaigns 2026-Q4')).toBeInTheDocument();
    expect(screen.getByText('1 of 3 decided')).toBeInTheDocument();
    expect(screen.getByText('overdue')).toBeInTheDocument();
    expect(screen.getAllByText('2026-10-02 09:15 UTC')).toHaveLength(2);
    expect(screen.queryByText('2026-Q3')).toBeNull();
  });

  it("keeps a campaign's clean undecided items unchanged with one comment, and exports the quarter", async () => {
    const api = apiWith();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    await renderPage(api);
    await screen.findByTestId('audits-summary');
    // Open the payments campaign's details.
    const row = screen.getByText('1 of 3 decided').closest('tr')!;
    fireEvent.click(within(row).getAllByRole('button')[0]);
    expect(
      await screen.findByText(
        '1 of the items waiting have no drift and no open finding: they can be kept unchanged at once, with one comment.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Decided (1)')).toBeInTheDocument();
    expect(screen.getByText('Waiting for a decision (2)')).toBeInTheDocument();
    const keep = screen.getByRole('button', { name: 'Keep 1 unchanged' });
    expect(keep).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Why they stay as they are'), {
      target: { value: 'Reviewed with the team' },
    });
    fireEvent.click(keep);
    await waitFor(() =>
      expect(api.keepUnchanged).toHaveBeenCalledWith('c-payments', {
        entityRefs: ['resource:default/vpce-clean'],
        comment: 'Reviewed with the team',
        idempotencyKey: expect.stringMatching(/^keep-[0-9a-f-]{36}$/),
      }),
    );
    // The list is read again for the new progress.
    await waitFor(() =>
      expect(api.listAuditCampaigns).toHaveBeenCalledTimes(2),
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Export 2026-Q4 as CSV' }),
    );
    await waitFor(() =>
      expect(api.exportAuditQuarter).toHaveBeenCalledWith('2026-Q4'),
    );
  });

  it("says the backend's refusal of a batch, and keeps the comment", async () => {
    const api = apiWith();
    api.keepUnchanged.mockRejectedValueOnce(
      new Error(
        'Nothing was kept: only members of group:default/payments or audit managers may decide on resource:default/vpce-clean',
      ),
    );
    await renderPage(api);
    await screen.findByTestId('audits-summary');
    const row = screen.getByText('1 of 3 decided').closest('tr')!;
    fireEvent.click(within(row).getAllByRole('button')[0]);
    fireEvent.change(
      await screen.findByLabelText('Why they stay as they are'),
      {
        target: { value: 'ok' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep 1 unchanged' }));
    expect(
      await screen.findByText(/Nothing was kept: only members of/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Why they stay as they are')).toHaveValue(
      'ok',
    );
  });
});
