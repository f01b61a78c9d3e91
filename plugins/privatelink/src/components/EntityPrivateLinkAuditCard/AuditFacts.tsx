import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { StructuredMetadataTable } from '@backstage/core-components';
import { AuditDrift, FrozenAuditFacts } from '../../api';
import { formatBytes, formatUsd } from '../format';

/** What the campaign froze of an item, as the backend stored it. */
export const AuditFacts = ({ facts }: { facts: FrozenAuditFacts }) => {
  const open = facts.findings.filter(f => !f.suppressed);
  const suppressed = facts.findings.length - open.length;
  const { usage } = facts;
  const metadata: Record<string, string> = {
    State: facts.state ?? 'unknown',
    'Availability zones': facts.availabilityZones.join(', ') || 'none',
    [`Usage ${usage.from} to ${usage.to}`]:
      usage.daysCollected === 0
        ? 'no metrics collected'
        : `${formatBytes(usage.bytesProcessed)} over ${
            usage.daysCollected
          } collected days`,
    Idle: usage.idle
      ? `${usage.idle.idle ? 'yes' : 'no'}: ${usage.idle.reason}`
      : 'no verdict',
    'Monthly cost': facts.cost
      ? formatUsd(facts.cost.monthlyUsd)
      : 'not charged to this owner',
    Health: [facts.health.status, ...facts.health.reasons].join(': '),
    Findings:
      facts.findings.length === 0
        ? 'none'
        : `${
            open.map(f => `${f.severity} ${f.checkId}`).join(', ') ||
            'none open'
          }${suppressed ? ` (${suppressed} suppressed)` : ''}`,
  };
  // Keys as written: the default title-casing would turn the dates into "2026 08 26".
  return (
    <StructuredMetadataTable
      metadata={metadata}
      dense
      options={{ titleFormat: key => key }}
    />
  );
};

const DRIFT_LABEL: Record<AuditDrift['type'], string> = {
  created: 'created',
  'owner-changed': 'changed owner',
  'newly-idle': 'newly idle',
  'finding-new': 'new finding',
  'finding-resolved': 'finding resolved',
};

/** What changed since the owner's previous campaign, one chip per change. */
export const DriftChips = ({
  drift,
  firstAudit,
}: {
  drift: AuditDrift[];
  firstAudit: boolean;
}) => {
  if (drift.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {firstAudit
          ? 'First audit: no earlier campaign to compare with.'
          : 'No drift since the previous audit.'}
      </Typography>
    );
  }
  return (
    <>
      {drift.map(d => (
        <Chip
          key={`${d.type}-${'checkId' in d ? d.checkId : ''}`}
          size="small"
          label={`${DRIFT_LABEL[d.type]}${
            'checkId' in d ? `: ${d.checkId}` : ''
          }`}
          title={d.detail}
        />
      ))}
    </>
  );
};
