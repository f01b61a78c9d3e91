import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { privatelinkApiRef, RequestEstimate } from '../../api';
import {
  fieldsOf,
  PrivateLinkReviewStep,
  reviewedValues,
} from './RequestReviewStep';

const ESTIMATE: RequestEstimate = {
  titles: {
    owner: 'Payments',
    vpc: 'payments-prod (vpc-1)',
    service: 'Snowflake us-east-1',
  },
  monthlyUsd: 14.6,
  perGbUsd: 0.01,
  formula: '$0.01/AZ-h x 2 AZ x 730 h',
  tags: { tenant: 'group:default/payments' },
  duplicates: [],
};

/** The request template's steps as the scaffolder parses them: a schema and a ui schema each. */
function step(properties: Record<string, { title: string; ui?: object }>) {
  return {
    title: 'step',
    schema: {},
    mergedSchema: {
      type: 'object',
      properties: Object.fromEntries(
        Object.entries(properties).map(([key, p]) => [
          key,
          { title: p.title, ...(p.ui ?? {}) },
        ]),
      ),
    },
    uiSchema: Object.fromEntries(
      Object.entries(properties)
        .filter(([, p]) => p.ui)
        .map(([key, p]) => [key, p.ui]),
    ),
  };
}

const STEPS = [
  step({
    owner: {
      title: 'Owning team',
      ui: { 'ui:field': 'PrivateLinkOwnerPicker' },
    },
    accountId: { title: 'AWS account' },
    region: { title: 'Region' },
    vpcId: { title: 'VPC', ui: { 'ui:field': 'PrivateLinkVpcPicker' } },
  }),
  step({
    serviceName: {
      title: 'Endpoint service',
      ui: { 'ui:field': 'PrivateLinkServicePicker' },
    },
    subnetIds: { title: 'Subnets' },
    createSecurityGroup: { title: 'Create a security group' },
  }),
  step({
    confirmDuplicate: {
      title: 'Cost and tags',
      ui: {
        'ui:field': 'PrivateLinkRequestReview',
        'ui:options': { ownerTagKey: 'tenant' },
      },
    },
  }),
];

const FORM = {
  owner: 'group:default/payments',
  accountId: '333333333333',
  region: 'us-east-1',
  vpcId: 'vpc-1',
  serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-1',
  subnetIds: ['subnet-a', 'subnet-b'],
  createSecurityGroup: false,
  confirmDuplicate: false,
};

const WORDS = { yes: 'Yes', no: 'No', anotherConfirmed: 'confirmed' };

describe('reviewedValues', () => {
  const { fields } = fieldsOf(STEPS);

  it('shows the team, network and service by title, and the review field as its cost', () => {
    expect(
      reviewedValues(FORM, fields, WORDS, { value: ESTIMATE, gateway: false }),
    ).toEqual({
      ...FORM,
      owner: 'Payments',
      vpcId: 'payments-prod (vpc-1)',
      serviceName: 'Snowflake us-east-1',
      createSecurityGroup: 'No',
      confirmDuplicate:
        '$14.60 a month before traffic, plus $0.01 per GB processed',
    });
  });

  it('says a confirmed duplicate, and a gateway endpoint costs nothing whatever the traffic', () => {
    const shown = reviewedValues(
      { ...FORM, confirmDuplicate: true },
      fields,
      WORDS,
      { value: { ...ESTIMATE, monthlyUsd: 0, perGbUsd: 0 }, gateway: true },
    );
    expect(shown.confirmDuplicate).toBe(
      '$0.00 a month, whatever the traffic; confirmed',
    );
  });

  it('keeps refs and ids when there is no estimate, and still words every yes-or-no', () => {
    expect(reviewedValues(FORM, fields, WORDS)).toEqual({
      ...FORM,
      createSecurityGroup: 'No',
      confirmDuplicate: 'No',
    });
  });
});

describe('PrivateLinkReviewStep', () => {
  const api = { getRequestEstimate: jest.fn(async () => ESTIMATE) };

  async function renderStep(handleCreate = jest.fn()) {
    const handleBack = jest.fn();
    await renderInTestApp(
      <TestApiProvider apis={[[privatelinkApiRef, api as any]]}>
        <PrivateLinkReviewStep
          disableButtons={false}
          formData={FORM}
          steps={STEPS as any}
          handleBack={handleBack}
          handleCreate={handleCreate}
          handleReset={() => {}}
        />
      </TestApiProvider>,
    );
    return { handleBack, handleCreate };
  }

  beforeEach(() => api.getRequestEstimate.mockClear());

  it('asks the backend for the estimate the review field showed, and shows titles, not refs', async () => {
    await renderStep();
    expect(await screen.findByText('Payments')).toBeInTheDocument();
    expect(api.getRequestEstimate).toHaveBeenCalledWith({
      accountId: '333333333333',
      region: 'us-east-1',
      vpcId: 'vpc-1',
      serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-1',
      owner: 'group:default/payments',
      azCount: 2,
      ownerTagKey: 'tenant',
      name: undefined,
    });
    expect(screen.getByText('payments-prod (vpc-1)')).toBeInTheDocument();
    expect(screen.getByText('Snowflake us-east-1')).toBeInTheDocument();
    expect(screen.queryByText('group:default/payments')).toBeNull();
    // No red cross for an answer that is simply no.
    expect(screen.queryByText('❌')).toBeNull();
    expect(screen.getByText('No')).toBeInTheDocument();
  });

  it('creates once on Create and goes back on Back', async () => {
    const { handleBack, handleCreate } = await renderStep(
      jest.fn(async () => {}),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Create' }));
    await waitFor(() => expect(handleCreate).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(handleBack).toHaveBeenCalledTimes(1);
  });

  it('says why it shows refs when the estimate fails, and still lets the request go', async () => {
    api.getRequestEstimate.mockRejectedValueOnce(new Error('backend down'));
    await renderStep();
    expect(
      await screen.findByText(/titles could not be loaded \(backend down\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('group:default/payments')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create' })).toBeEnabled();
  });
});
