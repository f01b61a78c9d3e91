import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { parseEntityRef } from '@backstage/catalog-model';
import { FleetFilter, FleetSummary } from '../../api';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  row: { gap: theme.spacing(2) },
  filter: { minWidth: 160 },
}));

export const FILTER_KEYS: Array<keyof FleetFilter> = [
  'tenant',
  'vendor',
  'account',
  'region',
  'type',
];

const LABELS: Record<keyof FleetFilter, string> = {
  tenant: 'Tenant',
  vendor: 'Vendor',
  account: 'Account',
  region: 'Region',
  type: 'Type',
};

const OPTIONS: Record<keyof FleetFilter, keyof FleetSummary['options']> = {
  tenant: 'tenants',
  vendor: 'vendors',
  account: 'accounts',
  region: 'regions',
  type: 'types',
};

const label = (key: keyof FleetFilter, value: string) =>
  key === 'tenant' || key === 'vendor' ? parseEntityRef(value).name : value;

/** The page's filters: each narrows every figure, and lives in the URL so a link keeps it. */
export const FleetFilters = ({
  filter,
  options,
  onChange,
}: {
  filter: FleetFilter;
  options: FleetSummary['options'];
  onChange: (filter: FleetFilter) => void;
}) => {
  const classes = useStyles();
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="flex-end"
      className={classes.row}
      mb={2}
    >
      {FILTER_KEYS.map(key => (
        <FormControl key={key} className={classes.filter}>
          <InputLabel id={`fleet-filter-${key}`}>{LABELS[key]}</InputLabel>
          <Select
            labelId={`fleet-filter-${key}`}
            value={filter[key] ?? ''}
            onChange={e =>
              onChange({
                ...filter,
                [key]: (e.target.value as string) || undefined,
              })
            }
          >
            <MenuItem value="">
              <em>All</em>
            </MenuItem>
            {options[OPTIONS[key]].map(value => (
              <MenuItem key={value} value={value}>
                {label(key, value)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      ))}
      {FILTER_KEYS.some(k => filter[k]) && (
        <Button onClick={() => onChange({})}>Clear filters</Button>
      )}
    </Box>
  );
};
