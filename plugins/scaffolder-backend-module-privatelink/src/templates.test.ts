import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AwsAccessService } from '@internal/plugin-privatelink-node';
import { createEndpointAction } from './actions/createEndpoint';
import { retireEndpointAction } from './actions/retireEndpoint';

const TEMPLATES = path.resolve(__dirname, '../templates');

type InputSchema = { properties: Record<string, unknown>; required?: string[] };

describe('the shipped templates', () => {
  const deps = { aws: {} as AwsAccessService, accounts: [], permissions: mockServices.permissions() };
  const actions = [
    createEndpointAction({ ...deps, requests: {}, userInfo: mockServices.userInfo() }),
    retireEndpointAction({ ...deps, catalog: catalogServiceMock() }),
  ];

  it.each(fs.readdirSync(TEMPLATES).filter(f => f.endsWith('.yaml')))(
    '%s gives each privatelink action only inputs it knows, and every one it requires',
    file => {
      const template = yaml.parse(fs.readFileSync(path.join(TEMPLATES, file), 'utf8'));
      const steps = template.spec.steps.filter((s: { action: string }) => s.action.startsWith('privatelink:'));
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const action = actions.find(a => a.id === step.action);
        expect(action).toBeDefined();
        const schema = action!.schema?.input as InputSchema;
        const keys = Object.keys(step.input);
        expect(keys.filter(k => !(k in schema.properties))).toEqual([]);
        expect((schema.required ?? []).filter(k => !keys.includes(k))).toEqual([]);
      }
    },
  );
});
