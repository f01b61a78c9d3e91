import { TemplateExample } from '@backstage/plugin-scaffolder-node';

/** Examples of `privatelink:endpoint:retire`, shown in the scaffolder's action list and run in tests. */
export const retireExamples: TemplateExample[] = [
  {
    description: 'Retire an idle endpoint the audit decided to retire',
    example: `steps:
  - id: retire
    action: privatelink:endpoint:retire
    input:
      accountId: '111111111111'
      region: us-east-1
      endpointId: vpce-0a00000000000a006
      confirm: vpce-0a00000000000a006
      trafficDays: 14`,
  },
];
