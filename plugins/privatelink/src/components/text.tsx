import { ReactNode } from 'react';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles({
  noWrap: { whiteSpace: 'nowrap' },
  breakAnywhere: { overflowWrap: 'anywhere' },
});

type TextProps = { children: ReactNode; title?: string };

const wrapping =
  (how: 'noWrap' | 'breakAnywhere') =>
  ({ children, title }: TextProps) => {
    const classes = useStyles();
    return (
      <span className={classes[how]} title={title}>
        {children}
      </span>
    );
  };

/** Text that stays on one line: an id, an amount, an account and region. */
export const NoWrap = wrapping('noWrap');

/** A long word (a service name, an ARN) that breaks anywhere rather than widen its column. */
export const BreakAnywhere = wrapping('breakAnywhere');
