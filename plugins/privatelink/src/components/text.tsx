import { ReactNode } from 'react';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  noWrap: { whiteSpace: 'nowrap' },
  anywhere: { overflowWrap: 'anywhere' },
});

/** Text that stays on one line: an id, an amount, an account and region. */
export const NoWrap = ({
  children,
  title,
}: {
  children: ReactNode;
  title?: string;
}) => {
  const classes = useStyles();
  return (
    <span className={classes.noWrap} title={title}>
      {children}
    </span>
  );
};

/** A long word (a service name, an ARN) that breaks anywhere rather than widen its column. */
export const BreakAnywhere = ({
  children,
  title,
}: {
  children: ReactNode;
  title?: string;
}) => {
  const classes = useStyles();
  return (
    <span className={classes.anywhere} title={title}>
      {children}
    </span>
  );
};
