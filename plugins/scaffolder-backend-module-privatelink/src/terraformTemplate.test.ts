import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { createFetchTemplateAction } from '@backstage/plugin-scaffolder-backend';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';

const TEMPLATES = path.resolve(__dirname, '../templates');
const TEMPLATE = path.join(TEMPLATES, 'request-vendor-endpoint-terraform.yaml');

/** The template's fetch:template step, as the scaffolder runs it with rendered values. */
async function render(values: Record<string, unknown>) {
  const workspace = createMockDirectory();
  const step = yaml
    .parse(fs.readFileSync(TEMPLATE, 'utf8'))
    .spec.steps.find((s: { id: string }) => s.id === 'render');
  const action = createFetchTemplateAction({
    reader: mockServices.urlReader.mock(),
    integrations: ScmIntegrations.fromConfig(new ConfigReader({})),
  });
  const ctx = createMockActionContext({
    input: {
      url: step.input.url,
      targetPath: 'privatelink/payments-snowflake',
      values: values as any,
    },
    workspacePath: workspace.path,
    templateInfo: {
      baseUrl: `file://${TEMPLATE}`,
      entityRef: 'template:default/request-vendor-endpoint-terraform',
    },
  });
  await action.handler(ctx as any);
  return fs.readFileSync(
    path.join(workspace.path, 'privatelink/payments-snowflake/main.tf'),
    'utf8',
  );
}

const values = {
  name: 'payments-snowflake',
  owner: 'group:default/payments',
  ownerTagKey: 'tenant',
  requestedBy: 'user:default/guest',
  accountId: '111111111111',
  region: 'us-east-1',
  vpcId: 'vpc-0a1b2c3d4e5f60011',
  serviceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
  vendor: 'group:default/snowflake',
  subnetIds: ['subnet-000a0010aa', 'subnet-000a0011aa'],
  securityGroupIds: [],
  createSecurityGroup: true,
  allowedCidrs: ['10.1.0.0/16'],
};

describe('the Terraform request template', () => {
  it('renders the endpoint, a least-privilege security group and the tags', async () => {
    const tf = await render(values);
    expect(tf).toContain('resource "aws_vpc_endpoint" "payments_snowflake" {');
    expect(tf).toContain(
      'service_name        = "com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001"',
    );
    expect(tf).toContain(
      'subnet_ids          = ["subnet-000a0010aa", "subnet-000a0011aa"]',
    );
    expect(tf).toContain(
      'security_group_ids  = [aws_security_group.payments_snowflake.id]',
    );
    expect(tf).toContain(
      'resource "aws_security_group" "payments_snowflake" {',
    );
    expect(tf).toContain('cidr_blocks = ["10.1.0.0/16"]');
    expect(tf).toMatch(/from_port\s+= 443/);
    expect(tf).toContain('"tenant"  = "group:default/payments"');
    expect(tf).toContain('"privatelink:requested-by" = "user:default/guest"');
    expect(tf).toContain(
      '"privatelink:vendor"       = "group:default/snowflake"',
    );
    // Balanced braces: the file is one block per resource, each closed.
    expect(tf.split('{').length).toBe(tf.split('}').length);
  });

  it('uses the given security groups alone when asked not to create one', async () => {
    const tf = await render({
      ...values,
      createSecurityGroup: false,
      securityGroupIds: ['sg-0a1c2e3f4a5b60011'],
      vendor: undefined,
    });
    expect(tf).not.toContain('aws_security_group');
    expect(tf).toContain('security_group_ids  = ["sg-0a1c2e3f4a5b60011", ]');
    expect(tf).not.toContain('privatelink:vendor');
  });
});

describe('the Terraform request template in the scaffolder', () => {
  it('dry-runs without a repository: the pull request is skipped and the rendered file shown', async () => {
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Resource',
              metadata: { name: values.vpcId },
              spec: {
                type: 'aws-vpc',
                owner: 'group:default/payments',
                vpc: { cidrBlocks: ['10.1.0.0/16'] },
              },
            },
          ],
        }),
      ],
    });
    const template = yaml.parse(fs.readFileSync(TEMPLATE, 'utf8'));
    const skeleton = fs.readFileSync(
      path.join(TEMPLATES, 'terraform-skeleton/main.tf'),
    );
    const res = await request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({
        template,
        values: {
          owner: values.owner,
          accountId: values.accountId,
          region: values.region,
          vpcId: values.vpcId,
          serviceName: values.serviceName,
          subnetIds: values.subnetIds,
          createSecurityGroup: true,
          name: values.name,
        },
        directoryContents: [
          {
            path: 'terraform-skeleton/main.tf',
            base64Content: skeleton.toString('base64'),
          },
        ],
      });
    expect([res.status, res.body.error?.message]).toEqual([200, undefined]);
    const rendered = res.body.directoryContents.find(
      (f: { path: string }) =>
        f.path === 'privatelink/payments-snowflake/main.tf',
    );
    expect(rendered).toBeDefined();
    const tf = Buffer.from(rendered.base64Content, 'base64').toString('utf8');
    expect(tf).toContain(`service_name        = "${values.serviceName}"`);
    expect(tf).toContain('cidr_blocks = ["10.1.0.0/16"]');
    // The picker holds the service name (the service need not be in the catalog): the catalog
    // module maps the endpoint to its vendor from the name and the provider account.
    expect(tf).not.toContain('privatelink:vendor');
    expect(res.body.output.text[0].content).toContain(
      'give a repository to open a pull request',
    );
  });
});
