import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AwsAccessService } from '@privatelink-portal/plugin-privatelink-node';
import { createEndpointAction } from './actions/createEndpoint';
import { createGatewayEndpointAction } from './actions/createGatewayEndpoint';
import { retireEndpointAction } from './actions/retireEndpoint';

const TEMPLATES = path.resolve(__dirname, '../templates');

type InputSchema = { properties: Record<string, unknown>; required?: string[] };

/** The fields a template may ask for: the PrivateLink plugin's and the scaffolder's own. */
const KNOWN_FIELDS = [
  'PrivateLinkOwnerPicker',
  'PrivateLinkAccountPicker',
  'PrivateLinkRegionPicker',
  'PrivateLinkVpcPicker',
  'PrivateLinkServicePicker',
  'PrivateLinkSubnetsPicker',
  'PrivateLinkSecurityGroupsPicker',
  'PrivateLinkRouteTablesPicker',
  'PrivateLinkRequestReview',
  'EntityPicker',
  'RepoUrlPicker',
];

describe('the shipped templates', () => {
  const deps = {
    aws: {} as AwsAccessService,
    accounts: [],
    permissions: mockServices.permissions(),
  };
  const actions = [
    createEndpointAction({
      ...deps,
      requests: {},
      userInfo: mockServices.userInfo(),
    }),
    createGatewayEndpointAction({
      ...deps,
      requests: {},
      userInfo: mockServices.userInfo(),
    }),
    retireEndpointAction({ ...deps, catalog: catalogServiceMock() }),
  ];

  it.each(fs.readdirSync(TEMPLATES).filter(f => f.endsWith('.yaml')))(
    '%s asks only for known fields and gives each privatelink action the inputs it knows and requires',
    file => {
      const template = yaml.parse(
        fs.readFileSync(path.join(TEMPLATES, file), 'utf8'),
      );
      const fields = template.spec.parameters.flatMap(
        (page: { properties: Record<string, { 'ui:field'?: string }> }) =>
          Object.values(page.properties).flatMap(p =>
            p['ui:field'] ? [p['ui:field']] : [],
          ),
      );
      expect(fields.filter((f: string) => !KNOWN_FIELDS.includes(f))).toEqual(
        [],
      );
      const steps = template.spec.steps.filter((s: { action: string }) =>
        s.action.startsWith('privatelink:'),
      );
      for (const step of steps) {
        const action = actions.find(a => a.id === step.action);
        expect(action).toBeDefined();
        const schema = action!.schema?.input as InputSchema;
        const keys = Object.keys(step.input);
        expect(keys.filter(k => !(k in schema.properties))).toEqual([]);
        expect((schema.required ?? []).filter(k => !keys.includes(k))).toEqual(
          [],
        );
      }
    },
  );
});
