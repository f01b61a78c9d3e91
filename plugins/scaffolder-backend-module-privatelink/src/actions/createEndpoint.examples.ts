import { TemplateExample } from '@backstage/plugin-scaffolder-node';

/** Examples of `privatelink:endpoint:create`, shown in the scaffolder's action list and run in tests. */
export const examples: TemplateExample[] = [
  {
    description: 'An endpoint to a vendor service in two AZs',
    example: `steps:
  - id: endpoint
    action: privatelink:endpoint:create
    input:
      accountId: '111111111111'
      region: us-east-1
      vpcId: vpc-0a1b2c3d4e5f60718
      serviceName: com.amazonaws.vpce.us-east-1.vpce-svc-0f1e2d3c4b5a69788
      subnetIds: [subnet-0aa1, subnet-0bb2]
      securityGroupIds: [sg-0cc3]
      owner: group:default/payments
      ownerTagKey: tenant
      name: payments-snowflake`,
  },
];
