import { TemplateExample } from '@backstage/plugin-scaffolder-node';

/** Examples of `privatelink:gateway-endpoint:create`, shown in the scaffolder's action list and run in tests. */
export const examples: TemplateExample[] = [
  {
    description: "A free S3 gateway endpoint for the VPC's private subnets",
    example: `steps:
  - id: gateway
    action: privatelink:gateway-endpoint:create
    input:
      accountId: '111111111111'
      region: us-east-1
      vpcId: vpc-0a1b2c3d4e5f60718
      service: s3
      routeTableIds: [rtb-0aa1, rtb-0bb2]
      owner: group:default/payments
      ownerTagKey: tenant
      name: payments-s3`,
  },
];
