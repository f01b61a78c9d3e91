import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { AwsAccessService } from '@internal/plugin-privatelink-node';
import { createEndpointAction } from './actions/createEndpoint';

const TEMPLATES = path.resolve(__dirname, '../templates');

describe('the shipped templates', () => {
  const schema = createEndpointAction({
    aws: {} as AwsAccessService,
    accounts: [],
    requests: {},
    permissions: mockServices.permissions(),
    userInfo: mockServices.userInfo(),
  }).schema?.input as { properties: Record<string, unknown>; required?: string[] };

  it.each(fs.readdirSync(TEMPLATES).filter(f => f.endsWith('.yaml')))(
    '%s gives privatelink:endpoint:create only inputs it knows, and every one it requires',
    file => {
      const template = yaml.parse(fs.readFileSync(path.join(TEMPLATES, file), 'utf8'));
      const steps = template.spec.steps.filter((s: { action: string }) => s.action === 'privatelink:endpoint:create');
      expect(steps).toHaveLength(1);
      const keys = Object.keys(steps[0].input);
      expect(keys.filter(k => !(k in schema.properties))).toEqual([]);
      expect((schema.required ?? []).filter(k => !keys.includes(k))).toEqual([]);
    },
  );
});
