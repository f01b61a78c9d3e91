import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { privatelinkApiRef, RequestEstimate } from '../../api';
import {
  PrivateLinkAccountPicker,
  PrivateLinkOwnerPicker,
  PrivateLinkRegionPicker,
  PrivateLinkRequestReview,
  PrivateLinkRouteTablesPicker,
  PrivateLinkSecurityGroupsPicker,
  PrivateLinkServicePicker,
  PrivateLinkSubnetsPicker,
  PrivateLinkVpcPicker,
  validateSubnets,
} from './RequestFields';

const SNOWFLAKE = 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001';

const api = {
  getRequestOwners: jest.fn(async () => [
    { ref: 'group:default/payments', title: 'Payments' },
    { ref: 'group:default/platform', title: 'Platform' },
  ]),
  getRequestAccounts: jest.fn(async () => [
    {
      accountId: '111111111111',
      regions: ['us-east-1', 'eu-west-1'],
      canRequest: false,
      reason:
        'read from a snapshot of exported data: the portal cannot create endpoints there',
    },
    { accountId: '333333333333', regions: ['us-east-1'], canRequest: true },
  ]),
  getRequestServices: jest.fn(async () => ({
    source: 'aws' as const,
    note: 'What us-east-1 offers account 333333333333 now (DescribeVpcEndpointServices).',
    groups: [
      {
        vendorRef: 'group:default/aws',
        vendorTitle: 'Amazon Web Services',
        services: [
          {
            serviceName: 'com.amazonaws.us-east-1.sts',
            title: 'sts',
            serviceType: 'Interface' as const,
            owner: 'amazon',
            monthlyUsdPerAz: 7.3,
          },
        ],
      },
      {
        vendorRef: 'group:default/snowflake',
        vendorTitle: 'snowflake',
        services: [
          {
            serviceName: SNOWFLAKE,
            entityRef: 'resource:default/sf',
            title: 'Snowflake',
            serviceType: 'Interface' as const,
            acceptanceRequired: true,
            monthlyUsdPerAz: 7.3,
          },
        ],
      },
    ],
  })),
  getRequestRouteTables: jest.fn(async () => ({
    source: 'aws' as const,
    routeTables: [
      {
        routeTableId: 'rtb-main',
        main: true,
        subnetIds: [],
        gatewayEndpoints: [
          {
            endpointId: 'vpce-s3',
            serviceName: 'com.amazonaws.us-east-1.s3',
          },
        ],
      },
      {
        routeTableId: 'rtb-private',
        name: 'private',
        main: false,
        subnetIds: ['subnet-a1', 'subnet-b1'],
        gatewayEndpoints: [],
      },
    ],
  })),
  getRequestSubnets: jest.fn(async () => ({
    source: 'inventory' as const,
    subnets: [
      { subnetId: 'subnet-a1', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-a2', availabilityZone: 'us-east-1a' },
      { subnetId: 'subnet-b1', availabilityZone: 'us-east-1b' },
    ],
  })),
  getRequestVpcs: jest.fn(async () => [
    {
      vpcId: 'vpc-1',
      entityRef: 'resource:default/vpc-1',
      title: 'payments-prod',
      owner: 'group:default/payments',
      cidrBlocks: ['10.1.0.0/16'],
    },
    {
      vpcId: 'vpc-2',
      entityRef: 'resource:default/vpc-2',
      title: 'vpc-2',
      cidrBlocks: ['10.2.0.0/16', '10.3.0.0/16'],
    },
  ]),
  getRequestSecurityGroups: jest.fn(async () => ({
    source: 'aws' as const,
    securityGroups: [
      {
        groupId: 'sg-1',
        groupName: 'endpoints-https',
        description: 'HTTPS from the VPC',
        findings: [],
      },
      {
        groupId: 'sg-2',
        groupName: 'wide-open',
        findings: [
          {
            checkId: 'sg-open-ingress',
            severity: 'high' as const,
            title: 'A security group of the endpoint is open to the internet',
            evidence: ['sg-2: tcp 443 from 0.0.0.0/0'],
          },
        ],
      },
    ],
  })),
  getRequestEstimate: jest.fn(
    async (): Promise<RequestEstimate> => ({
      titles: {
        owner: 'Payments',
        vpc: 'payments-prod (vpc-1)',
        service: 'Snowflake us-east-1',
      },
      monthlyUsd: 14.6,
      perGbUsd: 0.01,
      formula: '$0.01/AZ-h x 2 AZ x 730 h',
      tags: {
        tenant: 'group:default/payments',
        'privatelink:requested-by': 'user:default/guest',
      },
      duplicates: [
        {
          entityRef: 'resource:default/vpce-1',
          endpointId: 'vpce-1',
          owner: 'group:default/payments',
          monthlyCostUsd: 14.6,
          idle: true,
          idleMonthlyUsd: 14.6,
        },
      ],
    }),
  ),
};

/** Renders a field as the scaffolder does: its own props, and the form's values in formContext. */
async function renderField(
  Field: any,
  props: {
    formData?: unknown;
    formData_?: unknown;
    values?: object;
    title?: string;
    uiOptions?: object;
  },
) {
  const onChange = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[privatelinkApiRef, api]]}>
      <Field
        schema={{ title: props.title ?? 'Field', type: 'string' }}
        uiSchema={{ 'ui:options': props.uiOptions ?? {} }}
        formData={props.formData}
        onChange={onChange}
        rawErrors={[]}
        required
        idSchema={{ $id: 'root_field' }}
        formContext={{ formData: props.values ?? {} }}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return onChange;
}

const openSelect = async (label: RegExp) =>
  fireEvent.mouseDown(await screen.findByRole('button', { name: label }));

describe('request form fields', () => {
  it("offer the user's teams and hand back the chosen group's ref", async () => {
    const onChange = await renderField(PrivateLinkOwnerPicker, {
      title: 'Owning team',
    });
    await waitFor(() => expect(api.getRequestOwners).toHaveBeenCalled());
    await openSelect(/Owning team/);
    fireEvent.click(await screen.findByRole('option', { name: 'Platform' }));
    expect(onChange).toHaveBeenCalledWith('group:default/platform');
  });

  it('warn when the chosen account cannot take requests, saying why', async () => {
    await renderField(PrivateLinkAccountPicker, {
      title: 'AWS account',
      formData: '111111111111',
    });
    expect(
      await screen.findByText(
        'Account 111111111111 is read from a snapshot of exported data: the portal cannot create endpoints there: a request here will be refused.',
      ),
    ).toBeInTheDocument();
  });

  it('offer the regions of the chosen account only, and wait for an account', async () => {
    await renderField(PrivateLinkRegionPicker, { title: 'Region' });
    expect(
      await screen.findByText('Choose the account first.'),
    ).toBeInTheDocument();
  });

  it('offer the regions the account has', async () => {
    await renderField(PrivateLinkRegionPicker, {
      title: 'Region',
      values: { accountId: '111111111111' },
    });
    await openSelect(/Region/);
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('group what the region offers the account by vendor, with the cost per AZ, for the chosen team', async () => {
    const onChange = await renderField(PrivateLinkServicePicker, {
      title: 'Endpoint service',
      values: {
        accountId: '333333333333',
        region: 'us-east-1',
        owner: 'group:default/payments',
      },
    });
    expect(
      await screen.findByText(/What us-east-1 offers account 333333333333 now/),
    ).toBeInTheDocument();
    await openSelect(/Endpoint service/);
    const list = await screen.findByRole('listbox');
    // Each vendor's heading, then its services.
    expect(
      within(list)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual([
      'Amazon Web Services',
      'sts (com.amazonaws.us-east-1.sts) · $7.30 a month per AZ',
      'snowflake',
      `Snowflake (${SNOWFLAKE}) · $7.30 a month per AZ, acceptance required`,
    ]);
    fireEvent.click(within(list).getByText('snowflake'));
    expect(onChange).not.toHaveBeenCalled();
    await openSelect(/Endpoint service/);
    fireEvent.click(
      within(await screen.findByRole('listbox')).getByRole('option', {
        name: /Snowflake \(/,
      }),
    );
    expect(onChange).toHaveBeenCalledWith(SNOWFLAKE);
    expect(api.getRequestServices).toHaveBeenLastCalledWith(
      '333333333333',
      'us-east-1',
      'group:default/payments',
    );
  });

  it("offer the account's VPCs in the region with their CIDRs and owner", async () => {
    const onChange = await renderField(PrivateLinkVpcPicker, {
      title: 'VPC',
      values: { accountId: '111111111111', region: 'us-east-1' },
    });
    await openSelect(/VPC/);
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual([
      'payments-prod (vpc-1) · 10.1.0.0/16 · payments',
      'vpc-2 · 10.2.0.0/16, 10.3.0.0/16',
    ]);
    fireEvent.click(screen.getByRole('option', { name: /payments-prod/ }));
    expect(onChange).toHaveBeenCalledWith('vpc-1');
    expect(api.getRequestVpcs).toHaveBeenLastCalledWith(
      '111111111111',
      'us-east-1',
    );
  });

  it("list the VPC's security groups and add the ones chosen, ignoring the form's empty entries", async () => {
    const onChange = await renderField(PrivateLinkSecurityGroupsPicker, {
      title: 'Security groups',
      formData: [undefined],
      values: {
        accountId: '111111111111',
        region: 'us-east-1',
        vpcId: 'vpc-1',
        serviceName: SNOWFLAKE,
      },
    });
    fireEvent.click(
      await screen.findByRole('checkbox', {
        name: 'sg-1 (endpoints-https): HTTPS from the VPC',
      }),
    );
    expect(onChange).toHaveBeenCalledWith(['sg-1']);
    // A group the checks would flag says so, with the check, before it is chosen.
    expect(
      screen.getByRole('checkbox', {
        name: 'sg-2 (wide-open) · high: A security group of the endpoint is open to the internet (sg-open-ingress)',
      }),
    ).toBeInTheDocument();
    expect(api.getRequestSecurityGroups).toHaveBeenLastCalledWith(
      '111111111111',
      'us-east-1',
      'vpc-1',
      SNOWFLAKE,
    );
    expect(
      screen.queryByText(/Known from the inventory/),
    ).not.toBeInTheDocument();
  });

  it('hold an AZ once one of its subnets is chosen, and say where a snapshot account got them', async () => {
    await renderField(PrivateLinkSubnetsPicker, {
      title: 'Subnets',
      formData: ['subnet-a1'],
      values: {
        accountId: '111111111111',
        region: 'us-east-1',
        vpcId: 'vpc-1',
      },
    });
    expect(
      await screen.findByRole('checkbox', { name: /subnet-a1/ }),
    ).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /subnet-a2/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /subnet-b1/ })).toBeEnabled();
    expect(screen.getByText(/Known from the inventory/)).toBeInTheDocument();
  });

  it("list the VPC's route tables, the main one marked, holding one that already routes to the service", async () => {
    const onChange = await renderField(PrivateLinkRouteTablesPicker, {
      title: 'Route tables',
      formData: [],
      values: {
        accountId: '333333333333',
        region: 'us-east-1',
        vpcId: 'vpc-1',
        service: 's3',
      },
    });
    expect(
      await screen.findByRole('checkbox', {
        name: 'rtb-main: main; already routes to s3 through vpce-s3',
      }),
    ).toBeDisabled();
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'rtb-private (private): subnets subnet-a1, subnet-b1',
      }),
    );
    expect(onChange).toHaveBeenCalledWith(['rtb-private']);
    expect(api.getRequestRouteTables).toHaveBeenLastCalledWith(
      '333333333333',
      'us-east-1',
      'vpc-1',
    );
  });

  it('review a gateway endpoint: what the backend says it costs, and no duplicate to confirm', async () => {
    api.getRequestEstimate.mockResolvedValueOnce({
      titles: {
        owner: 'Payments',
        vpc: 'vpc-1',
        service: 'com.amazonaws.us-east-1.s3',
      },
      monthlyUsd: 0,
      perGbUsd: 0,
      formula:
        'Gateway endpoints (S3, DynamoDB) are free: no hourly and no data processing charge.',
      tags: {
        tenant: 'group:default/payments',
        'privatelink:requested-by': 'user:default/guest',
      },
      duplicates: [
        {
          entityRef: 'resource:default/vpce-s3',
          endpointId: 'vpce-s3',
          owner: 'group:default/payments',
        },
      ],
    });
    await renderField(PrivateLinkRequestReview, {
      title: 'Cost and tags',
      uiOptions: { ownerTagKey: 'tenant', endpointType: 'Gateway' },
      values: {
        owner: 'group:default/payments',
        accountId: '333333333333',
        region: 'us-east-1',
        vpcId: 'vpc-1',
        service: 's3',
        routeTableIds: ['rtb-private'],
      },
    });
    expect(
      await screen.findByText('$0.00 a month, whatever the traffic'),
    ).toBeInTheDocument();
    expect(api.getRequestEstimate).toHaveBeenLastCalledWith(
      expect.objectContaining({ serviceName: 's3', endpointType: 'Gateway' }),
    );
    expect(
      screen.queryByRole('checkbox', {
        name: 'Create another endpoint anyway',
      }),
    ).not.toBeInTheDocument();
  });

  it('ask for two AZs unless the form says why one is enough', () => {
    const field = { addError: jest.fn() };
    validateSubnets(['subnet-a1'], field, {});
    expect(field.addError).toHaveBeenCalledWith(
      'Choose subnets in two Availability Zones at least, or say why one is enough.',
    );
    const fine = { addError: jest.fn() };
    validateSubnets(['subnet-a1'], fine, { singleAzReason: 'a sandbox' });
    validateSubnets(['subnet-a1', 'subnet-b1'], fine, {});
    expect(fine.addError).not.toHaveBeenCalled();
  });

  it('review the cost, the tags and an endpoint the VPC already has, and take the confirmation', async () => {
    const onChange = await renderField(PrivateLinkRequestReview, {
      title: 'Cost and tags',
      uiOptions: { ownerTagKey: 'tenant' },
      values: {
        owner: 'group:default/payments',
        accountId: '111111111111',
        region: 'us-east-1',
        vpcId: 'vpc-1',
        serviceName: SNOWFLAKE,
        subnetIds: ['subnet-a1', 'subnet-b1'],
      },
    });
    expect(
      await screen.findByText(
        '$14.60 a month before traffic, plus $0.01 per GB processed',
      ),
    ).toBeInTheDocument();
    expect(api.getRequestEstimate).toHaveBeenLastCalledWith(
      expect.objectContaining({
        serviceName: SNOWFLAKE,
        azCount: 2,
        ownerTagKey: 'tenant',
        owner: 'group:default/payments',
      }),
    );
    expect(screen.getByText('privatelink:requested-by')).toBeInTheDocument();
    // What is requested, by the names people know, not refs.
    const requested = within(screen.getByRole('table', { name: 'request' }));
    expect(requested.getByText('Payments')).toBeInTheDocument();
    expect(
      requested.getByText('payments-prod (vpc-1) in 111111111111 us-east-1'),
    ).toBeInTheDocument();
    expect(requested.getByText('Snowflake us-east-1')).toBeInTheDocument();
    expect(requested.getByText('2 (subnet-a1, subnet-b1)')).toBeInTheDocument();
    expect(
      requested.queryByText('group:default/payments'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/vpc-1 already has an endpoint to this service/),
    ).toBeInTheDocument();
    // The existing endpoint's page, whose it is, what it costs and that it is idle.
    expect(screen.getByRole('link', { name: 'vpce-1' })).toHaveAttribute(
      'href',
      '/catalog/default/resource/vpce-1',
    );
    expect(
      screen.getByText(
        '(payments, $14.60 a month, idle, wasting $14.60 a month)',
      ),
    ).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Create another endpoint anyway' }),
    );
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
