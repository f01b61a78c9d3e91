import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { privatelinkApiRef } from '../../api';
import { StatusCard } from './StatusCard';

/** What the permission policy grants in a test (usePermission caches decisions across renders). */
const mockAllowed = new Set<string>();
jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: ({ permission }: { permission: { name: string } }) => ({
    loading: false,
    allowed: mockAllowed.has(permission.name),
  }),
}));

const status = {
  inventory: [
    {
      provider: 'privatelink-account-111111111111',
      accountId: '111111111111',
      source: 'aws' as const,
      regions: ['us-east-1'],
      lastSuccessAt: '2026-12-01T10:00:00.000Z',
      apiCalls: [],
      omitted: [],
      lastChangeEvent: {
        eventName: 'DeleteVpcEndpoints',
        region: 'us-east-1',
        receivedAt: '2026-12-01T09:59:57.000Z',
      },
    },
    {
      provider: 'privatelink-account-222222222222',
      accountId: '222222222222',
      source: 'aws' as const,
      regions: ['eu-west-1'],
      lastSuccessAt: '2026-12-01T10:00:00.000Z',
      apiCalls: [],
      omitted: [],
    },
  ],
  usage: [],
  invalidEntities: [],
};

async function render(allowed: string[]) {
  mockAllowed.clear();
  allowed.forEach(name => mockAllowed.add(name));
  const api = {
    getStatus: jest.fn(async () => status),
    refreshAccountInventory: jest.fn(async (accountId: string) => ({
      accountId,
      taskId: 'refresh-task',
    })),
  };
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, api]]}>
      <StatusCard />
    </TestApiProvider>,
  );
  return api;
}

describe('StatusCard', () => {
  it('lets an operator allowed to refresh have an account read again now', async () => {
    const api = await render([
      'privatelink.status.read',
      'privatelink.inventory.refresh',
    ]);
    fireEvent.click(
      (await screen.findAllByRole('button', { name: 'Refresh now' }))[0],
    );
    expect(
      await screen.findByText(/Refresh started: the account's entities change/),
    ).toBeInTheDocument();
    expect(api.refreshAccountInventory).toHaveBeenCalledWith('111111111111');
  });

  it('shows the status without the button to those who may only read it', async () => {
    await render(['privatelink.status.read']);
    expect(await screen.findByText('111111111111')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Refresh now' }),
    ).not.toBeInTheDocument();
    // Each account's last AWS change event, or none.
    expect(
      screen.getByText('DeleteVpcEndpoints · us-east-1'),
    ).toBeInTheDocument();
    expect(screen.getByText('2026-12-01 09:59 UTC')).toBeInTheDocument();
    const row = (accountId: string) =>
      within(screen.getByText(accountId).closest('tr')!);
    expect(row('111111111111').getAllByText('none')).toHaveLength(2);
    expect(row('222222222222').getAllByText('none')).toHaveLength(3);
  });

  it('asks the permission framework, not the status route, whether to show it', async () => {
    const api = await render([]);
    expect(
      await screen.findByText(
        'Your permissions do not include privatelink.status.read.',
      ),
    ).toBeInTheDocument();
    expect(api.getStatus).not.toHaveBeenCalled();
  });
});
