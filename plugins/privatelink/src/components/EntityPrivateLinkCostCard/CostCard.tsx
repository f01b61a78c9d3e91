import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ErrorPanel, InfoCard, Progress } from '@backstage/core-components';
import { formatUsd } from '../format';
import { useEntityReport } from '../useEntityReport';

/** The monthly estimate, its parts, and what the same bytes would cost through a NAT gateway. */
export const CostCard = () => {
  const { value, loading, error } = useEntityReport((api, ref) =>
    api.getCost(ref),
  );
  let content;
  if (loading) content = <Progress />;
  else if (error)
    content = <ErrorPanel title="Could not load cost" error={error} />;
  else if (!value?.applicable)
    content = <Alert severity="info">{value?.note}</Alert>;
  else {
    content = (
      <>
        <Tooltip title={value.formula} placement="top-start">
          <Typography variant="h4" component="p" aria-label="monthly estimate">
            {formatUsd(value.total)}{' '}
            <Typography variant="body2" component="span">
              a month
            </Typography>
          </Typography>
        </Tooltip>
        <Typography variant="caption" display="block" gutterBottom>
          Hover the figure for its formula. Based on {value.basis}.
        </Typography>
        {/* Label and figure side by side at any width: the figure never wraps or leaves the card. */}
        <Table size="small" aria-label="cost breakdown">
          <TableBody>
            {[
              ['Hourly charges', formatUsd(value.hourly)],
              ['Data processing', formatUsd(value.dataProcessing)],
              [
                'GB a month',
                value.gbPerMonth === undefined
                  ? 'unknown'
                  : value.gbPerMonth.toLocaleString('en-US'),
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
                  style={{ paddingLeft: 0 }}
                >
                  {label}
                </TableCell>
                <TableCell
                  align="right"
                  style={{ whiteSpace: 'nowrap', paddingRight: 0 }}
                >
                  {figure}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </>
    );
  }
  return <InfoCard title="Cost">{content}</InfoCard>;
};
