import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AuditHistory, AuditItem, privatelinkApiRef } from '../../api';
import { endpointEntity } from '../testEntities';
import { AuditCard } from './AuditCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: jest.fn(),
}));

const campaign = {
  id: '00000000-0000-4000-8000-000000000001',
  owner: 'group:default/payments',
  quarter: '2026-Q4',
  openedAt: '2026-10-01T06:00:00.000Z',
  dueAt: '2026-10-31T00:00:00.000Z',
  openedBy: 'scheduler',
  items: 7,
  decided: 2,
  status: 'open' as const,
};

const item = (over: Partial<AuditItem> = {}): AuditItem => ({
  entityRef: 'resource:default/vpce-0a00000000000a001',
  kind: 'endpoint',
  keepableUnchanged: false,
  facts: {
    title: 'payments-snowflake',
    type: 'Interface',
    resourceId: 'vpce-0a00000000000a001',
    serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
    accountId: '111111111111',
    region: 'us-east-1',
    vpcId: 'vpc-0a1b2c3d4e5f60011',
    state: 'available',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    usage: {
      from: '2026-07-01',
      to: '2026-09-30',
      daysCollected: 92,
      bytesProcessed: 3 * 2 ** 30,
    },
    cost: { monthlyUsd: 14.6, formula: 'x' },
    health: { status: 'healthy', reasons: [] },
    findings: [
      {
        checkId: 'policy-full-access',
        severity: 'high',
        title: 't',
        evidence: [],
        fix: 'f',
        firstSeen: '2026-09-01T00:00:00.000Z',
      },
    ],
  },
  drift: [
    {
      type: 'finding-new',
      checkId: 'policy-full-access',
      detail: 'The policy lets anyone do anything',
    },
  ],
  history: [],
  ...over,
});

async function render(
  history: AuditHistory,
  allowed: boolean,
  decide = jest.fn(),
) {
  const getAuditHistory = jest.fn().mockResolvedValue(history);
  const permissions = jest
    .mocked(usePermission)
    .mockReturnValue({ loading: false, allowed });
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, { getAuditHistory, decide }]]}>
      <EntityProvider entity={endpointEntity()}>
        <AuditCard />
      </EntityProvider>
    </TestApiProvider>,
  );
  return { getAuditHistory, permissions, decide };
}

describe('AuditCard', () => {
  it('shows the frozen facts and drift, and records a decision for those allowed', async () => {
    const decide = jest.fn().mockResolvedValue({});
    const { getAuditHistory, permissions } = await render(
      { entityRef: 'x', items: [{ campaign, item: item() }] },
      true,
      decide,
    );
    expect(permissions).toHaveBeenCalledWith({
      permission: expect.objectContaining({
        name: 'privatelink.audit.acknowledge',
      }),
      resourceRef: 'resource:default/vpce-0a00000000000a001',
    });
    expect(await screen.findByText('Audit 2026-Q4')).toBeInTheDocument();
    expect(
      screen.getByText(/2 of 7 decided, due 2026-10-31 \(open\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('3.0 GB over 92 collected days'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Usage 2026-07-01 to 2026-09-30'),
    ).toBeInTheDocument();
    expect(screen.getByText('$14.60')).toBeInTheDocument();
    expect(
      screen.getByText('new finding: policy-full-access'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('audit-decision')).toHaveTextContent(
      'No decision yet.',
    );
    expect(
      screen.queryByRole('link', { name: 'Retire it now' }),
    ).not.toBeInTheDocument();

    const submit = screen.getByRole('button', { name: 'Record decision' });
    expect(submit).toBeDisabled();
    fireEvent.click(screen.getByLabelText(/^Fix/));
    fireEvent.change(screen.getByLabelText('Comment'), {
      target: { value: 'Policy too wide' },
    });
    expect(submit).toBeDisabled(); // a fix says what will be fixed
    fireEvent.change(screen.getByLabelText('What will be fixed'), {
      target: { value: 'Allow the ledger role only' },
    });
    fireEvent.click(submit);
    await waitFor(() => expect(decide).toHaveBeenCalledTimes(1));
    expect(decide).toHaveBeenCalledWith(
      campaign.id,
      {
        kind: 'Resource',
        namespace: 'default',
        name: 'vpce-0a00000000000a001',
      },
      {
        decision: 'fix',
        fix: 'Allow the ledger role only',
        comment: 'Policy too wide',
        idempotencyKey: expect.stringMatching(/^decision-/),
      },
    );
    // The card reloads what the backend recorded.
    await waitFor(() => expect(getAuditHistory).toHaveBeenCalledTimes(2));
  });

  it('shows the latest decision and its history, and no form for those not allowed', async () => {
    const decision = (id: number, kind: 'keep' | 'retire', day: string) => ({
      id,
      decision: kind,
      comment: `${kind} it`,
      actor: 'user:default/guest',
      decidedAt: `2026-10-${day}T10:00:00.000Z`,
    });
    const history = [decision(1, 'keep', '02'), decision(2, 'retire', '03')];
    await render(
      {
        entityRef: 'x',
        items: [
          {
            campaign,
            item: item({ history, decision: history[1], drift: [] }),
          },
          {
            campaign: { ...campaign, id: 'old', quarter: '2026-Q3' },
            item: item({ history: [history[0]], decision: history[0] }),
          },
        ],
      },
      false,
    );
    expect(await screen.findByTestId('audit-decision')).toHaveTextContent(
      'retire by guest on 2026-10-03: retire it',
    );
    expect(
      screen.getByText(/Earlier: keep by guest on 2026-10-02/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('First audit: no earlier campaign to compare with.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026-Q3: keep by guest on 2026-10-02: keep it'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record decision' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/Only members of payments or audit managers can decide/),
    ).toBeInTheDocument();
    // A retire decision on an endpoint links to the retire template, filled in for it.
    expect(screen.getByRole('link', { name: 'Retire it now' })).toHaveAttribute(
      'href',
      `/create/templates/default/retire-vpc-endpoint?formData=${encodeURIComponent(
        JSON.stringify({ endpoint: 'resource:default/vpce-0a00000000000a001' }),
      )}`,
    );
  });

  it('says when the item is in no campaign yet', async () => {
    await render({ entityRef: 'x', items: [] }, true);
    expect(
      await screen.findByText(/Not in an audit campaign yet/),
    ).toBeInTheDocument();
  });
});
