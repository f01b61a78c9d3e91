import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { privatelinkApiRef, PostureReport } from '../../api';
import { endpointEntity, summaryApi } from '../testEntities';
import { PostureCard } from './PostureCard';

async function render(getFindings: jest.Mock) {
  await renderInTestApp(
    <TestApiProvider
      apis={[[privatelinkApiRef, summaryApi({ findings: getFindings })]]}
    >
      <EntityProvider entity={endpointEntity()}>
        <PostureCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

const checks = [
  { id: 'policy-full-access', title: 'x', severity: 'high' as const },
  { id: 'sg-open-ingress', title: 'y', severity: 'high' as const },
];

describe('PostureCard', () => {
  it("shows the backend's findings, worst first, with evidence, fix and suppression", async () => {
    const report: PostureReport = {
      entityRef: 'resource:default/vpce-0a00000000000a001',
      checks,
      findings: [
        {
          entityRef: 'resource:default/vpce-0a00000000000a001',
          checkId: 'endpoint-single-az',
          severity: 'medium',
          title: 'The endpoint is in one availability zone only',
          evidence: ['Subnets subnet-1 (us-east-1a)'],
          fix: 'Add a subnet in a second AZ.',
          suppressed: 'dev only',
          firstSeen: '2026-11-01T00:00:00.000Z',
          lastSeen: '2026-11-25T00:00:00.000Z',
        },
        {
          entityRef: 'resource:default/vpce-0a00000000000a001',
          checkId: 'policy-full-access',
          severity: 'high',
          title: 'The endpoint policy lets anyone do anything',
          evidence: ['Statement {"Effect":"Allow"}'],
          fix: 'Narrow the policy.',
          firstSeen: '2026-10-01T00:00:00.000Z',
          lastSeen: '2026-11-25T00:00:00.000Z',
        },
      ],
    };
    const getFindings = jest.fn().mockResolvedValue(report);
    await render(getFindings);
    expect(
      await screen.findByText('Posture: 1 finding, 1 suppressed'),
    ).toBeInTheDocument();
    expect(getFindings).toHaveBeenCalledWith({
      kind: 'Resource',
      namespace: 'default',
      name: 'vpce-0a00000000000a001',
    });
    const rows = screen.getAllByRole('row').map(r => r.textContent ?? '');
    expect(rows[1]).toContain('The endpoint policy lets anyone do anything');
    expect(rows[2]).toContain('suppressed: dev only');
    expect(
      screen.getByText('Statement {"Effect":"Allow"}'),
    ).toBeInTheDocument();
    expect(screen.getByText('Narrow the policy.')).toBeInTheDocument();
  });

  it('links each remedy the backend offers, its form filled in', async () => {
    const url =
      '/create/templates/default/request-gateway-endpoint?formData=%7B%22vpcId%22%3A%22vpc-1%22%2C%22service%22%3A%22s3%22%7D';
    await render(
      jest.fn().mockResolvedValue({
        entityRef: 'resource:default/vpc-1',
        checks,
        findings: [
          {
            entityRef: 'resource:default/vpc-1',
            checkId: 'vpc-missing-gateway-endpoint',
            severity: 'medium',
            title: 'The VPC lacks a free gateway endpoint for S3 or DynamoDB',
            evidence: ['No gateway endpoint for s3'],
            fix: 'Add a gateway endpoint for each.',
            firstSeen: '2026-11-01T00:00:00.000Z',
            lastSeen: '2026-11-25T00:00:00.000Z',
            remedies: [{ title: 'Request the s3 gateway endpoint', url }],
          },
        ],
      }),
    );
    expect(
      await screen.findByRole('link', {
        name: 'Request the s3 gateway endpoint',
      }),
    ).toHaveAttribute('href', url);
  });

  it('says there are no findings and which checks ran', async () => {
    await render(
      jest.fn().mockResolvedValue({ entityRef: 'x', checks, findings: [] }),
    );
    expect(await screen.findByText(/No findings/)).toBeInTheDocument();
    expect(
      screen.getByText('Checks that ran: policy-full-access, sg-open-ingress'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await render(jest.fn().mockRejectedValue(new Error('privatelink is down')));
    expect(
      await screen.findByText(/Could not load posture findings/),
    ).toBeInTheDocument();
  });
});
