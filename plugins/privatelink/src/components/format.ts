import { policyStatements } from '@privatelink-portal/plugin-privatelink-common';

/** "yes", "no", or what to say when AWS did not tell. */
export function yesNo(value: boolean | undefined, unknown = 'unknown'): string {
  if (value === undefined) return unknown;
  return value ? 'yes' : 'no';
}

/** "3 days", "5 months", "2 years": how long ago an ISO time was, for ages on cards. */
export function formatAge(
  iso: string | undefined,
  now: Date = new Date(),
): string {
  if (!iso) return 'unknown';
  const days = Math.floor(
    (now.getTime() - new Date(iso).getTime()) / 86_400_000,
  );
  if (Number.isNaN(days)) return 'unknown';
  if (days < 1) return 'less than a day';
  if (days === 1) return '1 day';
  if (days < 60) return `${days} days`;
  if (days < 730) return `${Math.floor(days / 30)} months`;
  return `${Math.floor(days / 365)} years`;
}

/**
 * A short description of an endpoint policy: how many statements allow and deny. Whether it is
 * too open is the backend's posture verdict (the Posture card), never judged here.
 */
export function summarisePolicy(policy: unknown): string {
  if (policy === undefined) return 'none (this endpoint type has no policy)';
  if (typeof policy === 'string') return 'not valid JSON';
  const statements = policyStatements(policy);
  if (statements.length === 0) return 'no statements';
  const allows = statements.filter(s => s.Effect === 'Allow').length;
  return `${allows} allow, ${
    statements.length - allows
  } deny (see Posture for findings)`;
}

/** The rule of a security group as one line: "tcp 443 from 10.0.0.0/16". */
export function formatRule(rule: {
  protocol: string;
  fromPort?: number;
  toPort?: number;
  sources: string[];
}): string {
  let ports = `${rule.fromPort}-${rule.toPort}`;
  if (rule.fromPort === undefined) ports = 'all ports';
  else if (rule.fromPort === rule.toPort) ports = `${rule.fromPort}`;
  return `${rule.protocol} ${ports} from ${
    rule.sources.join(', ') || 'nowhere'
  }`;
}

/** Bytes as B, KB, MB, GB or TB of 1024. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${
    value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)
  } ${units[unit]}`;
}

/**
 * The one locale figures are written in: AWS bills in US dollars, and the cards' figures read as
 * the bill does, whatever the browser's language.
 */
const FIGURES_LOCALE = 'en-US';

/** A count or quantity with thousands separators (12,345.6). */
export function formatCount(value: number): string {
  return value.toLocaleString(FIGURES_LOCALE);
}

/** US dollars with cents and thousands separators; a negative amount as -$14.60. */
export function formatUsd(value: number): string {
  const amount = Math.abs(value).toLocaleString(FIGURES_LOCALE, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${value < 0 ? '-' : ''}$${amount}`;
}

/** Which tag or configured rule decided an entity's owner, from its `ownerSource`. */
export function describeOwnerSource(
  source: string,
  tags: Record<string, string> = {},
): string {
  const [kind, detail] = [
    source.slice(0, source.indexOf(':')),
    source.slice(source.indexOf(':') + 1),
  ];
  if (kind === 'tag') return `tag ${detail}=${tags[detail] ?? '?'}`;
  if (kind === 'rule')
    return `configured rule privatelink.ownership.rules[${detail}]`;
  if (source === 'default')
    return 'no tag or rule matched: privatelink.ownership.defaultOwner';
  return source;
}

/** A moment as every card writes it: to the minute, in UTC, and saying so. */
export function formatUtcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
