import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AuditCampaign, privatelinkApiRef } from '../../api';
import { AuditCampaignCard } from './AuditCampaignCard';

const group = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

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

const campaign: AuditCampaign = {
  id: 'c2',
  owner: 'group:default/payments',
  quarter: '2026-Q4',
  openedAt: '2026-10-01T06:00:00.000Z',
  dueAt: '2026-10-31T00:00:00.000Z',
  openedBy: 'scheduler',
  items: 2,
  decided: 1,
  status: 'overdue',
  entries: [
    {
      entityRef: 'resource:default/vpce-a',
      kind: 'endpoint',
      facts: facts('vpce-a'),
      drift: [],
      history: [],
      keepableUnchanged: true,
      decision: {
        id: 1,
        decision: 'keep',
        comment: 'ok',
        actor: 'user:default/guest',
        decidedAt: '2026-10-02T00:00:00.000Z',
      },
    },
    {
      entityRef: 'resource:default/vpce-b',
      kind: 'endpoint',
      facts: facts('vpce-b'),
      drift: [{ type: 'created', detail: 'new' }],
      history: [],
      keepableUnchanged: false,
    },
  ],
  departures: [
    {
      entityRef: 'resource:default/vpce-z',
      title: 'old-z',
      resourceId: 'vpce-z',
      type: 'deleted',
      detail: 'No longer in the inventory (vpce-z)',
    },
  ],
};

describe('AuditCampaignCard', () => {
  it("shows the tenant's campaign progress, the items waiting, what left, and exports it", async () => {
    const api = {
      listAuditCampaigns: jest.fn().mockResolvedValue([
        campaign,
        {
          ...campaign,
          id: 'c1',
          quarter: '2026-Q3',
          status: 'complete',
          decided: 2,
        },
      ]),
      getAuditCampaign: jest.fn().mockResolvedValue(campaign),
      exportAuditCampaign: jest
        .fn()
        .mockResolvedValue(new Blob(['tenant,quarter\r\n'])),
    };
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, api]]}>
        <EntityProvider entity={group}>
          <AuditCampaignCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(await screen.findByTestId('audit-progress')).toHaveTextContent(
      '1 of 2 items decided',
    );
    expect(api.listAuditCampaigns).toHaveBeenCalledWith(
      'group:default/payments',
    );
    expect(api.getAuditCampaign).toHaveBeenCalledWith('c2');
    expect(screen.getByText('overdue')).toBeInTheDocument();
    expect(screen.getByText('Waiting for a decision (1)')).toBeInTheDocument();
    // Decided items stay, with the decision, who made it and when.
    expect(screen.getByText('Decided (1)')).toBeInTheDocument();
    expect(screen.getByText('2026-10-02 00:00 UTC')).toBeInTheDocument();
    expect(screen.getByText('guest')).toBeInTheDocument();
    expect(
      screen.getByText('vpce-b', { selector: 'a *, a' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('old-z (vpce-z): No longer in the inventory (vpce-z)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026-Q3: 2 of 2 decided (complete)'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Export audit CSV' }));
    await waitFor(() =>
      expect(api.exportAuditCampaign).toHaveBeenCalledWith('c2', 'csv'),
    );
  });

  it("tells a team without a campaign how many of the quarter's campaigns are open for others", async () => {
    const api = {
      listAuditCampaigns: jest.fn(async (owner?: string) =>
        owner
          ? []
          : [
              campaign,
              { ...campaign, id: 'c3', owner: 'group:default/identity' },
              { ...campaign, id: 'c4', status: 'complete' as const },
              { ...campaign, id: 'c0', quarter: '2026-Q3' },
            ],
      ),
    };
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, api]]}>
        <EntityProvider entity={group}>
          <AuditCampaignCard />
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByText(
        "No audit campaign of this team yet. 2 of 2026-Q4's campaigns are open for other teams: the PrivateLink page's Audits tab shows them all.",
      ),
    ).toBeInTheDocument();
  });
});
