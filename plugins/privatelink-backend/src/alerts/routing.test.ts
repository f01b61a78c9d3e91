import type { AlertSettings } from '../settings';
import { anyoneHearsIdle, noticeRoutes } from './routing';

const payments = 'group:default/payments';
const platform = 'group:default/platform';
const data = 'group:default/data-platform';

const settings = (
  over: Partial<Pick<AlertSettings, 'idle' | 'groups'>> = {},
): Pick<AlertSettings, 'idle' | 'groups'> => ({
  idle: true,
  groups: [],
  ...over,
});

describe('noticeRoutes', () => {
  it.each([
    [
      'groups not listed hear as the defaults say, in one send',
      'health' as const,
      settings(),
      [{ recipients: [payments, platform] }],
    ],
    [
      'a group that turns health off is left out',
      'health' as const,
      settings({ groups: [{ group: platform, health: false }] }),
      [{ recipients: [payments] }],
    ],
    [
      'idle follows alerts.idle where a group says nothing',
      'idle' as const,
      settings({
        idle: false,
        groups: [{ group: platform, health: true, idle: true }],
      }),
      [{ recipients: [platform] }],
    ],
    [
      'a group that turns idle off hears of health still',
      'health' as const,
      settings({ groups: [{ group: payments, health: true, idle: false }] }),
      [{ recipients: [payments, platform] }],
    ],
    [
      'a group with its own Slack channel gets a send of its own',
      'health' as const,
      settings({
        groups: [{ group: platform, health: true, slackChannel: 'C0PLATFORM' }],
      }),
      [
        { recipients: [payments] },
        { recipients: [platform], slackChannel: 'C0PLATFORM' },
      ],
    ],
    [
      'groups sharing a channel share a send',
      'health' as const,
      settings({
        groups: [
          { group: payments, health: true, slackChannel: 'C0SHARED' },
          { group: platform, health: true, slackChannel: 'C0SHARED' },
        ],
      }),
      [{ recipients: [payments, platform], slackChannel: 'C0SHARED' }],
    ],
    ['nobody hears: no send', 'idle' as const, settings({ idle: false }), []],
  ])('%s', (_, kind, given, expected) => {
    expect(noticeRoutes([payments, platform, payments], kind, given)).toEqual(
      expected,
    );
  });

  it('opens idle incidents when any group hears of them, even with alerts.idle off', () => {
    expect(anyoneHearsIdle(settings({ idle: false }))).toBe(false);
    expect(
      anyoneHearsIdle(
        settings({
          idle: false,
          groups: [{ group: data, health: true, idle: true }],
        }),
      ),
    ).toBe(true);
    expect(anyoneHearsIdle(settings({ idle: true }))).toBe(true);
  });
});
