import { mockServices } from '@backstage/backend-test-utils';
import { AuditCampaignSummary } from '@privatelink-portal/plugin-privatelink-common';
import { requiredDatabases } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { migrate } from '../database';
import { AuditNotifier, noticePayload, noticesDue } from './AuditNotifier';
import { AuditStore } from './AuditStore';

jest.setTimeout(60_000);

const { databases, ids } = requiredDatabases();

const summary = (
  over: Partial<AuditCampaignSummary> = {},
): AuditCampaignSummary => ({
  id: '00000000-0000-4000-8000-000000000001',
  owner: 'group:default/payments',
  quarter: '2026-Q4',
  openedAt: '2026-10-01T06:00:00.000Z',
  dueAt: '2026-10-31T00:00:00.000Z',
  openedBy: 'scheduler',
  items: 7,
  decided: 2,
  status: 'open',
  ...over,
});

describe('noticesDue', () => {
  it.each([
    ['2026-10-01T07:00:00Z', {}, ['opened']],
    ['2026-10-23T23:59:59Z', {}, ['opened']],
    ['2026-10-24T00:00:00Z', {}, ['opened', 'reminder']],
    ['2026-10-31T00:00:01Z', { status: 'overdue' }, ['overdue']],
    ['2026-10-25T00:00:00Z', { status: 'complete', decided: 7 }, []],
  ] as const)('at %s for %j: %j', (at, over, expected) => {
    expect(
      noticesDue(
        summary(over as Partial<AuditCampaignSummary>),
        new Date(at),
        7,
      ),
    ).toEqual(expected);
  });

  it('tells the owner what is left and links to the team page', () => {
    expect(noticePayload(summary(), 'reminder')).toMatchObject({
      title: 'PrivateLink audit 2026-Q4 of payments is due on 2026-10-31',
      description: '5 of 7 items still need a decision.',
      link: '/catalog/default/group/payments',
      severity: 'high',
      topic: 'privatelink-audit',
    });
  });
});

describe.each(ids)('AuditNotifier on %s', databaseId => {
  it('sends each notice once, and again after a failed send', async () => {
    const knex = await databases.init(databaseId);
    await migrate(knex);
    const store = new AuditStore(knex);
    await store.openCampaign({
      id: '00000000-0000-4000-8000-000000000001',
      owner: 'group:default/payments',
      quarter: '2026-Q4',
      openedAt: '2026-10-01T06:00:00.000Z',
      dueAt: '2026-10-31T00:00:00.000Z',
      openedBy: 'scheduler',
      departures: [],
      items: [
        {
          entityRef: 'resource:default/a',
          kind: 'endpoint',
          facts: {} as any,
          drift: [],
        },
      ],
    });
    const send = jest
      .fn()
      .mockRejectedValueOnce(new Error('404 notifications'))
      .mockResolvedValue(undefined);
    const notifier = (enabled = true) =>
      new AuditNotifier({
        store,
        notifications: { send },
        logger: mockServices.logger.mock(),
        settings: { enabled, reminderDays: 7 },
      });

    expect(
      await notifier(false).notify(new Date('2026-10-02T00:00:00Z')),
    ).toEqual({ sent: 0, failed: 0 });
    expect(send).not.toHaveBeenCalled();
    // The notifications backend is down: nothing is marked sent.
    expect(await notifier().notify(new Date('2026-10-02T00:00:00Z'))).toEqual({
      sent: 0,
      failed: 1,
    });
    expect(await notifier().notify(new Date('2026-10-02T01:00:00Z'))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await notifier().notify(new Date('2026-10-02T02:00:00Z'))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(await notifier().notify(new Date('2026-10-25T00:00:00Z'))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await notifier().notify(new Date('2026-11-01T00:00:00Z'))).toEqual({
      sent: 1,
      failed: 0,
    });
    expect(await notifier().notify(new Date('2026-11-02T00:00:00Z'))).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(
      send.mock.calls.map(([options]) => [
        options.recipients,
        options.payload.severity,
      ]),
    ).toEqual([
      [{ type: 'entity', entityRef: 'group:default/payments' }, 'normal'],
      [{ type: 'entity', entityRef: 'group:default/payments' }, 'normal'],
      [{ type: 'entity', entityRef: 'group:default/payments' }, 'high'],
      [{ type: 'entity', entityRef: 'group:default/payments' }, 'critical'],
    ]);
  });
});
