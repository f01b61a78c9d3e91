import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ReportCard, ReportState } from './ReportCard';

const fresh = {
  entityRef: 'resource:default/vpce-1',
  accountId: '111111111111',
  stale: false,
};

async function render(
  state: ReportState<{ n: number }>,
  freshness: typeof fresh & { lastSuccessAt?: string } = fresh,
) {
  await renderInTestApp(
    <ReportCard
      title="Things"
      titleOf={v => `Things (${v.n})`}
      what="things"
      state={state}
      freshness={freshness}
      empty={v => (v.n === 0 ? 'Nothing counted yet.' : undefined)}
    >
      {v => <p>counted {v.n}</p>}
    </ReportCard>,
  );
}

describe('ReportCard', () => {
  it('shows progress until the first answer, in the card', async () => {
    await render({ loading: true });
    expect(screen.getByText('Things')).toBeInTheDocument();
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByText(/counted/)).not.toBeInTheDocument();
  });

  it('keeps the answer shown while it reloads, with the title it gives', async () => {
    await render({ loading: true, value: { n: 3 } });
    expect(screen.getByText('counted 3')).toBeInTheDocument();
    expect(screen.getByText('Things (3)')).toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it("shows the backend's error under the card's title, and no content", async () => {
    await render({ loading: false, error: new Error('backend down') });
    expect(screen.getByText(/Could not load things/)).toBeInTheDocument();
    expect(screen.getAllByText(/backend down/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/counted/)).not.toBeInTheDocument();
    expect(screen.getByText('Things')).toBeInTheDocument();
  });

  it('says why there is nothing to show instead of empty content', async () => {
    await render({ loading: false, value: { n: 0 } });
    expect(screen.getByText('Nothing counted yet.')).toBeInTheDocument();
    expect(screen.queryByText(/counted 0/)).not.toBeInTheDocument();
  });

  it('carries no stale line while the account refreshes', async () => {
    await render({ loading: false, value: { n: 1 } });
    expect(screen.queryByTestId('stale')).not.toBeInTheDocument();
  });

  it('names the account and the last refresh that worked on a stale card', async () => {
    await render(
      { loading: false, value: { n: 1 } },
      { ...fresh, stale: true, lastSuccessAt: '2026-11-30T08:15:00.000Z' },
    );
    expect(screen.getByTestId('stale')).toHaveTextContent(
      'Account 111111111111 has not refreshed since 2026-11-30 08:15 UTC: this may be out of date.',
    );
    expect(screen.getByText('counted 1')).toBeInTheDocument();
  });
});
