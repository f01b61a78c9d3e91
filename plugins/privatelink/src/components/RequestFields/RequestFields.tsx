import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import ListSubheader from '@material-ui/core/ListSubheader';
import MenuItem from '@material-ui/core/MenuItem';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  PrivateLinkApi,
  privatelinkApiRef,
  RequestEstimate,
  RequestEstimateInput,
  RequestService,
} from '../../api';
import { formatUsd } from '../format';

/** What the other steps of the form hold: the scaffolder passes every step's values. */
export type FormValues = {
  owner?: string;
  accountId?: string;
  region?: string;
  vpcId?: string;
  serviceName?: string;
  /** A gateway endpoint's service: s3 or dynamodb. */
  service?: string;
  subnetIds?: string[];
  routeTableIds?: string[];
  name?: string;
  singleAzReason?: string;
};

function valuesOf(props: { formContext?: unknown }): FormValues {
  return ((props.formContext as { formData?: FormValues } | undefined)
    ?.formData ?? {}) as FormValues;
}

/** The options a picker loads from the backend once what it depends on is chosen. */
function useOptions<T>(
  load: ((api: PrivateLinkApi) => Promise<T>) | undefined,
  deps: unknown[],
) {
  const api = useApi(privatelinkApiRef);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsync(async () => (load ? load(api) : undefined), [api, ...deps]);
}

type Option = { value: string; label: string; group?: string };

/** A select fed by the backend: waits for what it depends on, shows loading and errors. */
function BackendSelect(props: {
  field: FieldExtensionComponentProps<string>;
  options: { loading: boolean; error?: Error; value?: Option[] };
  missing?: string;
  help?: ReactNode;
}) {
  const { field, options, missing, help } = props;
  const { schema, required, rawErrors, formData, onChange, idSchema } = field;
  const groups = [...new Set((options.value ?? []).map(o => o.group))];
  let helper: ReactNode = help ?? schema.description;
  if (missing) helper = missing;
  else if (options.error)
    helper = `Could not load the choices: ${options.error.message}`;
  else if (options.value?.length === 0) helper = 'Nothing to choose from here.';
  return (
    <FormControl
      margin="normal"
      required={required}
      error={!!options.error || (rawErrors?.length ?? 0) > 0}
      fullWidth
    >
      <TextField
        id={idSchema?.$id}
        select
        label={schema.title}
        required={required}
        value={formData ?? ''}
        // A vendor's heading is not a choice: clicking it hands back no value, and changes nothing.
        onChange={e => e.target.value && onChange(e.target.value)}
        disabled={!!missing || options.loading || !!options.error}
        helperText={helper}
        error={!!options.error}
        SelectProps={{ MenuProps: { getContentAnchorEl: null } }}
      >
        {groups.flatMap(group => [
          ...(group
            ? [<ListSubheader key={`group-${group}`}>{group}</ListSubheader>]
            : []),
          ...(options.value ?? [])
            .filter(o => o.group === group)
            .map(o => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            )),
        ])}
      </TextField>
    </FormControl>
  );
}

/** The owning team: one of the groups the signed-in user belongs to (never a vendor). */
export const PrivateLinkOwnerPicker = (
  props: FieldExtensionComponentProps<string>,
) => {
  const options = useOptions(
    async api =>
      (await api.getRequestOwners()).map(o => ({
        value: o.ref,
        label: o.title,
      })),
    [],
  );
  return <BackendSelect field={props} options={options} />;
};

/** The AWS account: one the portal manages; one that cannot take requests says why. */
export const PrivateLinkAccountPicker = (
  props: FieldExtensionComponentProps<string>,
) => {
  const accounts = useOptions(api => api.getRequestAccounts(), []);
  const chosen = accounts.value?.find(a => a.accountId === props.formData);
  return (
    <>
      <BackendSelect
        field={props}
        options={{
          ...accounts,
          value: accounts.value?.map(a => ({
            value: a.accountId,
            label: a.accountId,
          })),
        }}
      />
      {chosen && !chosen.canRequest && (
        <Alert severity="warning">
          Account {chosen.accountId} is {chosen.reason}: a request here will be
          refused.
        </Alert>
      )}
    </>
  );
};

/** The region: one the portal reads in the chosen account. */
export const PrivateLinkRegionPicker = (
  props: FieldExtensionComponentProps<string>,
) => {
  const { accountId } = valuesOf(props);
  const options = useOptions(
    accountId
      ? async api =>
          (
            (await api.getRequestAccounts()).find(
              a => a.accountId === accountId,
            )?.regions ?? []
          ).map(r => ({ value: r, label: r }))
      : undefined,
    [accountId],
  );
  return (
    <BackendSelect
      field={props}
      options={options}
      missing={accountId ? undefined : 'Choose the account first.'}
    />
  );
};

/** The VPC: the account's VPCs in the region, with their name, CIDRs and owner. */
export const PrivateLinkVpcPicker = (
  props: FieldExtensionComponentProps<string>,
) => {
  const { accountId, region } = valuesOf(props);
  const options = useOptions(
    accountId && region
      ? async api =>
          (await api.getRequestVpcs(accountId, region)).map(v => ({
            value: v.vpcId,
            label: `${
              v.title.includes(v.vpcId) ? v.title : `${v.title} (${v.vpcId})`
            } · ${v.cidrBlocks.join(', ')}${
              v.owner ? ` · ${v.owner.replace(/^group:default\//, '')}` : ''
            }`,
          }))
      : undefined,
    [accountId, region],
  );
  return (
    <BackendSelect
      field={props}
      options={options}
      missing={
        accountId && region ? undefined : 'Choose the account and region first.'
      }
    />
  );
};

/**
 * The endpoint service: what the region offers the account (from AWS, or from the export of a
 * snapshot account, as the backend says), narrowed for the team, grouped by vendor, each with an
 * interface endpoint's monthly charge per AZ before traffic.
 */
export const PrivateLinkServicePicker = (
  props: FieldExtensionComponentProps<string>,
) => {
  const { accountId, region, owner } = valuesOf(props);
  const ready = accountId && region && owner;
  const services = useOptions(
    ready ? api => api.getRequestServices(accountId, region, owner) : undefined,
    [accountId, region, owner],
  );
  const options = {
    ...services,
    value: services.value?.groups.flatMap(group =>
      group.services.map(s => ({
        value: s.serviceName,
        label: serviceLabel(s),
        group: group.vendorTitle,
      })),
    ),
  };
  return (
    <BackendSelect
      field={props}
      options={options}
      missing={ready ? undefined : 'Choose the team, account and region first.'}
      help={services.value?.note}
    />
  );
};

/** `sts (com.amazonaws.us-east-1.sts) · $7.30 a month per AZ, acceptance required`. */
export function serviceLabel(service: RequestService): string {
  const name =
    service.title === service.serviceName
      ? service.serviceName
      : `${service.title} (${service.serviceName})`;
  const cost = `${formatUsd(service.monthlyUsdPerAz)} a month per AZ`;
  return `${name} · ${cost}${
    service.acceptanceRequired ? ', acceptance required' : ''
  }`;
}

/** A checkbox list fed by the backend, for the subnets and security groups of the chosen VPC. */
function BackendCheckboxes(props: {
  field: FieldExtensionComponentProps<string[]>;
  items?: Array<{ value: string; label: string; disabled?: boolean }>;
  loading: boolean;
  error?: Error;
  missing?: string;
  note?: string;
}) {
  const { field, items, loading, error, missing, note } = props;
  // The form fills an array with minItems with empty entries: those are not choices.
  const chosen = (field.formData ?? []).filter(
    (v): v is string => typeof v === 'string',
  );
  const toggle = (value: string) =>
    field.onChange(
      chosen.includes(value)
        ? chosen.filter(v => v !== value)
        : [...chosen, value],
    );
  let body: ReactNode;
  if (missing) body = <FormHelperText>{missing}</FormHelperText>;
  else if (loading) body = <Progress />;
  else if (error)
    body = (
      <FormHelperText error>
        Could not load the choices: {error.message}
      </FormHelperText>
    );
  else if (!items?.length)
    body = <FormHelperText>Nothing to choose from here.</FormHelperText>;
  else {
    body = (
      <FormGroup>
        {items.map(item => (
          <FormControlLabel
            key={item.value}
            control={
              <Checkbox
                checked={chosen.includes(item.value)}
                disabled={item.disabled && !chosen.includes(item.value)}
                onChange={() => toggle(item.value)}
                name={item.value}
              />
            }
            label={item.label}
          />
        ))}
      </FormGroup>
    );
  }
  return (
    <FormControl
      component="fieldset"
      margin="normal"
      required={field.required}
      error={(field.rawErrors?.length ?? 0) > 0}
    >
      <FormLabel component="legend">{field.schema.title}</FormLabel>
      {field.schema.description && (
        <FormHelperText>{field.schema.description}</FormHelperText>
      )}
      {body}
      {note && <FormHelperText>{note}</FormHelperText>}
    </FormControl>
  );
}

const INVENTORY_NOTE =
  'Known from the inventory: this account is read from an export, not from AWS.';

/** Subnets of the chosen VPC, one per Availability Zone: choosing one holds its AZ. */
export const PrivateLinkSubnetsPicker = (
  props: FieldExtensionComponentProps<string[]>,
) => {
  const { accountId, region, vpcId } = valuesOf(props);
  const ready = accountId && region && vpcId;
  const subnets = useOptions(
    ready ? api => api.getRequestSubnets(accountId, region, vpcId) : undefined,
    [accountId, region, vpcId],
  );
  const chosen = (props.formData ?? []).filter(
    (v): v is string => typeof v === 'string',
  );
  const zoneOf = new Map(
    (subnets.value?.subnets ?? []).map(s => [s.subnetId, s.availabilityZone]),
  );
  const heldZones = new Set(chosen.map(id => zoneOf.get(id)).filter(Boolean));
  return (
    <BackendCheckboxes
      field={props}
      loading={subnets.loading}
      error={subnets.error}
      missing={ready ? undefined : 'Choose the VPC first.'}
      note={subnets.value?.source === 'inventory' ? INVENTORY_NOTE : undefined}
      items={subnets.value?.subnets.map(s => ({
        value: s.subnetId,
        label: `${s.availabilityZone ?? 'AZ unknown'}: ${s.subnetId}${
          s.name ? ` (${s.name})` : ''
        }${s.cidrBlock ? ` ${s.cidrBlock}` : ''}`,
        disabled: !!s.availabilityZone && heldZones.has(s.availabilityZone),
      }))}
    />
  );
};

/** At least two AZs, unless the form says why one is enough. */
export function validateSubnets(
  subnetIds: string[] | undefined,
  field: { addError(message: string): void },
  formData: object,
) {
  if (
    (subnetIds?.length ?? 0) < 2 &&
    !(formData as FormValues).singleAzReason?.trim()
  ) {
    field.addError(
      'Choose subnets in two Availability Zones at least, or say why one is enough.',
    );
  }
}

/** Security groups of the chosen VPC, each marked with what the security group checks would find. */
export const PrivateLinkSecurityGroupsPicker = (
  props: FieldExtensionComponentProps<string[]>,
) => {
  const { accountId, region, vpcId, serviceName } = valuesOf(props);
  const ready = accountId && region && vpcId;
  const groups = useOptions(
    ready
      ? api =>
          api.getRequestSecurityGroups(accountId, region, vpcId, serviceName)
      : undefined,
    [accountId, region, vpcId, serviceName],
  );
  return (
    <BackendCheckboxes
      field={props}
      loading={groups.loading}
      error={groups.error}
      missing={ready ? undefined : 'Choose the VPC first.'}
      note={groups.value?.source === 'inventory' ? INVENTORY_NOTE : undefined}
      items={groups.value?.securityGroups.map(g => ({
        value: g.groupId,
        label: `${g.groupId}${g.groupName ? ` (${g.groupName})` : ''}${
          g.description ? `: ${g.description}` : ''
        }${(g.findings ?? [])
          .map(f => ` · ${f.severity}: ${f.title} (${f.checkId})`)
          .join('')}`,
      }))}
    />
  );
};

/**
 * The VPC's route tables, for a gateway endpoint: the main one marked (subnets without a table
 * of their own use it), each table's subnets, and the tables that already route to the chosen
 * service through another gateway endpoint held (AWS allows one route to a service per table).
 */
export const PrivateLinkRouteTablesPicker = (
  props: FieldExtensionComponentProps<string[]>,
) => {
  const { accountId, region, vpcId, service } = valuesOf(props);
  const ready = accountId && region && vpcId;
  const tables = useOptions(
    ready
      ? api => api.getRequestRouteTables(accountId, region, vpcId)
      : undefined,
    [accountId, region, vpcId],
  );
  const serviceName = service && region && `com.amazonaws.${region}.${service}`;
  return (
    <BackendCheckboxes
      field={props}
      loading={tables.loading}
      error={tables.error}
      missing={ready ? undefined : 'Choose the VPC first.'}
      note={
        tables.value?.source === 'snapshot'
          ? 'From the export: this account is read from a snapshot, not from AWS.'
          : undefined
      }
      items={tables.value?.routeTables.map(t => {
        const routing = t.gatewayEndpoints.find(
          e => e.serviceName === serviceName,
        );
        const parts = [
          t.main ? 'main' : undefined,
          t.subnetIds.length ? `subnets ${t.subnetIds.join(', ')}` : undefined,
          routing
            ? `already routes to ${service} through ${routing.endpointId}`
            : undefined,
        ].filter(Boolean);
        return {
          value: t.routeTableId,
          label: `${t.routeTableId}${t.name ? ` (${t.name})` : ''}${
            parts.length ? `: ${parts.join('; ')}` : ''
          }`,
          disabled: !!routing,
        };
      })}
    />
  );
};

/**
 * What the review says of an endpoint the VPC already has: whose it is, what it costs a month
 * and whether it is idle, as the fleet snapshot has it (nothing when it has not seen it yet).
 */
export function describeDuplicate(
  d: RequestEstimate['duplicates'][number],
): string {
  const parts = [
    d.owner ? parseEntityRef(d.owner).name : undefined,
    d.monthlyCostUsd === undefined
      ? undefined
      : `${formatUsd(d.monthlyCostUsd)} a month`,
    d.idle
      ? `idle, wasting ${formatUsd(d.idleMonthlyUsd ?? 0)} a month`
      : undefined,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The review field's options in the template: the owner tag's key and the endpoint's type. */
export type RequestReviewOptions = {
  ownerTagKey?: string;
  endpointType?: 'Interface' | 'Gateway';
};

export function reviewOptionsOf(uiSchema: unknown): RequestReviewOptions {
  return ((uiSchema as { 'ui:options'?: RequestReviewOptions } | undefined)?.[
    'ui:options'
  ] ?? {}) as RequestReviewOptions;
}

/**
 * What the backend's estimate is asked for, once the team, network, service and subnets (or
 * route tables, for a gateway endpoint) are chosen; nothing before.
 */
export function estimateInputOf(
  values: FormValues,
  options: RequestReviewOptions,
): RequestEstimateInput | undefined {
  const gateway = options.endpointType === 'Gateway';
  const { accountId, region, vpcId, owner } = values;
  const serviceName = gateway ? values.service : values.serviceName;
  const azCount = new Set(values.subnetIds ?? []).size;
  const placed = gateway
    ? (values.routeTableIds ?? []).length > 0
    : azCount > 0;
  if (!accountId || !region || !vpcId || !serviceName || !owner || !placed)
    return undefined;
  return {
    accountId,
    region,
    vpcId,
    serviceName,
    owner,
    ...(gateway ? { endpointType: 'Gateway' as const } : { azCount }),
    ownerTagKey: options.ownerTagKey,
    name: values.name,
  };
}

/** The estimate in one sentence: a month before traffic and per GB, or free for a gateway. */
export function estimateSentence(
  estimate: RequestEstimate,
  gateway: boolean,
): string {
  return gateway
    ? `${formatUsd(estimate.monthlyUsd)} a month, whatever the traffic`
    : `${formatUsd(
        estimate.monthlyUsd,
      )} a month before traffic, plus ${formatUsd(
        estimate.perGbUsd,
      )} per GB processed`;
}

/**
 * The review: what the endpoint will cost a month before traffic and per GB, the tags it will
 * carry, and the endpoints the VPC already has to the service. Its value is `confirmDuplicate`:
 * the requester's word that a second endpoint is meant.
 */
export const PrivateLinkRequestReview = (
  props: FieldExtensionComponentProps<boolean>,
) => {
  const values = valuesOf(props);
  const options = reviewOptionsOf(props.uiSchema);
  const gateway = options.endpointType === 'Gateway';
  const { accountId, region, vpcId } = values;
  const azCount = new Set(values.subnetIds ?? []).size;
  const input = estimateInputOf(values, options);
  const estimate = useOptions(
    input ? api => api.getRequestEstimate(input) : undefined,
    [JSON.stringify(input ?? null)],
  );
  if (!input)
    return (
      <Alert severity="info">
        The estimate appears once the team, network, service and{' '}
        {gateway ? 'route tables' : 'subnets'} are chosen.
      </Alert>
    );
  if (estimate.loading) return <Progress />;
  if (estimate.error)
    return (
      <Alert severity="error">
        Could not estimate: {estimate.error.message}
      </Alert>
    );
  const value = estimate.value!;
  const requested: Array<[string, string]> = [
    ['Team', value.titles.owner],
    ['Network', `${value.titles.vpc} in ${accountId} ${region}`],
    [gateway ? 'Gateway endpoint to' : 'Service', value.titles.service],
    gateway
      ? ['Route tables', (values.routeTableIds ?? []).join(', ')]
      : [
          'Availability Zones',
          `${azCount} (${(values.subnetIds ?? []).join(', ')})`,
        ],
  ];
  return (
    <div>
      <Typography variant="subtitle2">You are requesting</Typography>
      <Table size="small" aria-label="request">
        <TableBody>
          {requested.map(([label, shown]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>{shown}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box mt={2} />
      <Typography variant="h6" component="p" aria-label="request estimate">
        {estimateSentence(value, gateway)}
      </Typography>
      <Typography variant="caption" display="block" gutterBottom>
        {value.formula}
      </Typography>
      <Typography variant="subtitle2">Tags the endpoint will carry</Typography>
      <Table size="small" aria-label="tags">
        <TableBody>
          {Object.entries(value.tags).map(([key, tag]) => (
            <TableRow key={key}>
              <TableCell component="th" scope="row">
                {key}
              </TableCell>
              <TableCell>{tag}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!gateway && value.duplicates.length > 0 && (
        <Box mt={2}>
          <Alert severity="warning">
            {vpcId} already has {value.duplicates.length === 1 ? 'an' : ''}{' '}
            endpoint{value.duplicates.length === 1 ? '' : 's'} to this service:
            {value.duplicates.map(d => (
              <Typography key={d.entityRef} variant="body2" component="div">
                <EntityRefLink entityRef={d.entityRef} title={d.endpointId} />
                {describeDuplicate(d)}
              </Typography>
            ))}
            <FormControlLabel
              control={
                <Checkbox
                  checked={!!props.formData}
                  onChange={(_, checked) => props.onChange(checked)}
                  name="confirmDuplicate"
                />
              }
              label="Create another endpoint anyway"
            />
          </Alert>
        </Box>
      )}
    </div>
  );
};
