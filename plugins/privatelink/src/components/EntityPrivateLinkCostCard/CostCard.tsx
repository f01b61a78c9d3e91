import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { privatelinkTranslationRef } from '../../translation';
import { formatCount, formatUsd } from '../format';
import { ReportCard } from '../ReportCard';
import { useEntitySummary } from '../useEntitySummary';

const useStyles = makeStyles({
  // Label and figure side by side at any width: the figure never wraps or leaves the card.
  label: { paddingLeft: 0 },
  figure: { whiteSpace: 'nowrap', paddingRight: 0 },
});

/** The monthly estimate, its parts, and what the same bytes would cost through a NAT gateway. */
export const CostCard = () => {
  const { t } = useTranslationRef(privatelinkTranslationRef);
  const classes = useStyles();
  const cost = useEntitySummary('cost');
  return (
    <ReportCard
      title={t('costCard.title')}
      what={t('costCard.what')}
      state={cost}
      freshness={cost.freshness}
      empty={value => (value.applicable ? undefined : value.note)}
    >
      {value => (
        <>
          <Tooltip title={value.formula} placement="top-start">
            <Typography
              variant="h4"
              component="p"
              aria-label="monthly estimate"
            >
              {formatUsd(value.total)}{' '}
              <Typography variant="body2" component="span">
                {t('costCard.perMonth')}
              </Typography>
            </Typography>
          </Tooltip>
          <Typography variant="caption" display="block" gutterBottom>
            Hover the figure for its formula. Based on {value.basis}.
          </Typography>
          <Table size="small" aria-label="cost breakdown">
            <TableBody>
              {[
                ['Hourly charges', formatUsd(value.hourly)],
                ['Data processing', formatUsd(value.dataProcessing)],
                [
                  'GB a month',
                  value.gbPerMonth === undefined
                    ? 'unknown'
                    : formatCount(value.gbPerMonth),
                ],
                [
                  'Through a NAT gateway',
                  value.natCounterfactual === undefined
                    ? 'unknown (no bytes known)'
                    : formatUsd(value.natCounterfactual),
                ],
                [
                  value.saving !== undefined && value.saving < 0
                    ? 'Costs more than NAT by'
                    : 'Saving against NAT',
                  value.saving === undefined
                    ? 'unknown'
                    : formatUsd(Math.abs(value.saving)),
                ],
              ].map(([label, figure]) => (
                <TableRow key={label}>
                  <TableCell
                    component="th"
                    scope="row"
                    className={classes.label}
                  >
                    {label}
                  </TableCell>
                  <TableCell align="right" className={classes.figure}>
                    {figure}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </ReportCard>
  );
};
