import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  ErrorPanel,
  InfoCard,
  Progress,
  StructuredMetadataTable,
} from '@backstage/core-components';
import { formatUsd } from '../format';
import { useEntityReport } from '../useEntityReport';

/** The monthly estimate, its parts, and what the same bytes would cost through a NAT gateway. */
export const CostCard = () => {
  const { value, loading, error } = useEntityReport((api, ref) => api.getCost(ref));
  let content;
  if (loading) content = <Progress />;
  else if (error) content = <ErrorPanel title="Could not load cost" error={error} />;
  else if (!value?.applicable) content = <Alert severity="info">{value?.note}</Alert>;
  else {
    content = (
      <>
        <Tooltip title={value.formula} placement="top-start">
          <Typography variant="h4" component="p" aria-label="monthly estimate">
            {formatUsd(value.total)} <Typography variant="body2" component="span">a month</Typography>
          </Typography>
        </Tooltip>
        <Typography variant="caption" display="block" gutterBottom>
          Hover the figure for its formula. Based on {value.basis}.
        </Typography>
        <StructuredMetadataTable
          metadata={{
            'hourly charges': formatUsd(value.hourly),
            'data processing': formatUsd(value.dataProcessing),
            'GB a month': value.gbPerMonth === undefined ? 'unknown' : value.gbPerMonth.toLocaleString('en-US'),
            'through a NAT gateway':
              value.natCounterfactual === undefined ? 'unknown (no bytes known)' : formatUsd(value.natCounterfactual),
            'saving against NAT':
              value.saving === undefined ? 'unknown' : formatUsd(value.saving),
          }}
        />
      </>
    );
  }
  return <InfoCard title="Cost">{content}</InfoCard>;
};
