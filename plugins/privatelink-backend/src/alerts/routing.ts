import { AlertKind } from '@privatelink-portal/plugin-privatelink-common';
import type { AlertSettings } from '../settings';

/** One send of a notice: the groups it goes to, and the Slack channel config chose for them. */
export interface NoticeRoute {
  recipients: string[];
  slackChannel?: string;
}

/** Whether any group hears of idle endpoints: then idle incidents open, for whoever does. */
export function anyoneHearsIdle(
  settings: Pick<AlertSettings, 'idle' | 'groups'>,
) {
  return settings.idle || settings.groups.some(g => g.idle === true);
}

/**
 * The sends a notice of `kind` makes to `recipients`: a group listed in `privatelink.alerts.groups`
 * hears of health incidents unless it says `health: false`, and of idle ones as it says (or as
 * `alerts.idle` says); a group not listed hears as the defaults say. Groups with a Slack channel of
 * their own get a send of their own, which carries the channel for the Slack module
 * (`payload.metadata.slackChannel`); the others share one send, and the Slack module posts to each
 * group's `slack.com/bot-notify` channel. E-mail and the portal's bell go to the groups' members.
 */
export function noticeRoutes(
  recipients: string[],
  kind: AlertKind,
  settings: Pick<AlertSettings, 'idle' | 'groups'>,
): NoticeRoute[] {
  const byGroup = new Map(settings.groups.map(g => [g.group, g]));
  const routes = new Map<string, NoticeRoute>();
  for (const ref of new Set(recipients)) {
    const group = byGroup.get(ref);
    const hears =
      kind === 'idle' ? group?.idle ?? settings.idle : group?.health ?? true;
    if (!hears) continue;
    const channel = group?.slackChannel;
    const route = routes.get(channel ?? '') ?? {
      recipients: [],
      ...(channel ? { slackChannel: channel } : {}),
    };
    route.recipients.push(ref);
    routes.set(channel ?? '', route);
  }
  return [...routes.values()];
}
