import Button from '@material-ui/core/Button';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { AuditDecisionKind, DecisionInput } from '../../api';

const LABELS: Record<AuditDecisionKind, string> = {
  keep: 'Keep: still needed as it is',
  fix: 'Fix: needed, with a change',
  retire: 'Retire: no longer needed',
};

function newKey(): string {
  return `decision-${Date.now().toString(36)}-${Math.random()
    .toString(36)
    .slice(2, 10)}`;
}

/**
 * The owner's decision on an audit item. One idempotency key per decision typed: a submit that
 * is retried (a network error, a double click) records the decision once.
 */
export const DecisionForm = ({
  onSubmit,
}: {
  onSubmit: (input: DecisionInput) => Promise<void>;
}) => {
  const [decision, setDecision] = useState<AuditDecisionKind>('keep');
  const [fix, setFix] = useState('');
  const [comment, setComment] = useState('');
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const changed =
    <T,>(set: (v: T) => void) =>
    (value: T) => {
      set(value);
      setKey(newKey());
    };
  const missing = !comment.trim() || (decision === 'fix' && !fix.trim());
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({
        decision,
        comment,
        idempotencyKey: key,
        ...(decision === 'fix' ? { fix } : {}),
      });
      setComment('');
      setFix('');
      setKey(newKey());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      aria-label="Audit decision"
      onSubmit={e => {
        e.preventDefault();
        if (!missing && !busy) submit();
      }}
    >
      <RadioGroup
        row
        aria-label="Decision"
        value={decision}
        onChange={e =>
          changed(setDecision)(e.target.value as AuditDecisionKind)
        }
      >
        {(Object.keys(LABELS) as AuditDecisionKind[]).map(kind => (
          <FormControlLabel
            key={kind}
            value={kind}
            control={<Radio size="small" />}
            label={LABELS[kind]}
          />
        ))}
      </RadioGroup>
      {decision === 'fix' && (
        <TextField
          id="audit-decision-fix"
          label="What will be fixed"
          fullWidth
          margin="dense"
          value={fix}
          onChange={e => changed(setFix)(e.target.value)}
        />
      )}
      <TextField
        id="audit-decision-comment"
        label="Comment"
        fullWidth
        multiline
        margin="dense"
        value={comment}
        onChange={e => changed(setComment)(e.target.value)}
        helperText="Why: the auditor reads this"
      />
      {error && (
        <Typography color="error" variant="body2">
          {error}
        </Typography>
      )}
      <Button
        type="submit"
        variant="contained"
        color="primary"
        disabled={missing || busy}
      >
        Record decision
      </Button>
    </form>
  );
};
