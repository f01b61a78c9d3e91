/** "3 days", "5 months", "2 years": how long ago an ISO time was, for ages on cards. */
export function formatAge(iso: string | undefined, now: Date = new Date()): string {
  if (!iso) return 'unknown';
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  if (Number.isNaN(days)) return 'unknown';
  if (days < 1) return 'less than a day';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 730) return `${Math.floor(days / 30)} months`;
  return `${Math.floor(days / 365)} years`;
}

/** A short text for an endpoint policy: what it allows, and whether it is the open default. */
export function summarisePolicy(policy: unknown): string {
  if (policy === undefined) return 'none (this endpoint type has no policy)';
  if (typeof policy === 'string') return 'not valid JSON';
  const statements = (policy as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  if (list.length === 0) return 'no statements';
  const open = list.some((s: any) => {
    const principalOpen =
      s?.Principal === '*' || (s?.Principal && s.Principal.AWS === '*');
    const actions = Array.isArray(s?.Action) ? s.Action : [s?.Action];
    const resources = Array.isArray(s?.Resource) ? s.Resource : [s?.Resource];
    return (
      s?.Effect === 'Allow' &&
      principalOpen &&
      actions.includes('*') &&
      resources.includes('*') &&
      !s?.Condition
    );
  });
  const allows = list.filter((s: any) => s?.Effect === 'Allow').length;
  const denies = list.length - allows;
  const counts = `${allows} allow, ${denies} deny statement${list.length === 1 ? '' : 's'}`;
  return open ? `full access (Allow * on * to anyone), ${counts}` : counts;
}

/** The rule of a security group as one line: "tcp 443 from 10.0.0.0/16". */
export function formatRule(rule: {
  protocol: string;
  fromPort?: number;
  toPort?: number;
  sources: string[];
}): string {
  const ports =
    rule.fromPort === undefined
      ? 'all ports'
      : rule.fromPort === rule.toPort
      ? `${rule.fromPort}`
      : `${rule.fromPort}-${rule.toPort}`;
  return `${rule.protocol} ${ports} from ${rule.sources.join(', ') || 'nowhere'}`;
}
