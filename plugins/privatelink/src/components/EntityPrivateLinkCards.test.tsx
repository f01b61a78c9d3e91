import { Entity } from '@backstage/catalog-model';
import { catalogApiRef, EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { privatelinkApiRef } from '../api';
import { EntityPrivateLinkCards } from './EntityPrivateLinkCards';
import { endpointEntity } from './testEntities';

// The cards' reports never answer here: the test is about which cards a page gets, and how wide.
const pending = new Proxy(
  {},
  { get: () => () => new Promise<never>(() => {}) },
);

jest.mock('@backstage/plugin-permission-react', () => ({
  usePermission: () => ({ loading: true, allowed: false }),
}));

const resource = (type: string, spec: object = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: `a-${type}` },
  spec: { type, owner: 'group:default/payments', ...spec },
});
const group = (type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: `a-${type}` },
  spec: { type, children: [] },
});

async function placed(entity: Entity) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [privatelinkApiRef, pending],
        [catalogApiRef, pending],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityPrivateLinkCards />
      </EntityProvider>
    </TestApiProvider>,
  );
  return screen
    .queryAllByTestId(/^privatelink-card-/)
    .map(item => [
      item.dataset.testid!.replace('privatelink-card-', ''),
      /MuiGrid-grid-md-(\d+)/.exec(item.className)?.[1],
    ]);
}

describe('EntityPrivateLinkCards', () => {
  it.each<[string, Entity, Array<[string, string]>]>([
    [
      'an endpoint',
      endpointEntity(),
      [
        ['usage', '8'],
        ['cost', '4'],
        ['health', '12'],
        ['posture', '12'],
        ['audit', '12'],
        ['endpoint', '12'],
      ],
    ],
    [
      'a provided service',
      resource('aws-vpc-endpoint-service', {
        endpointService: { provider: { accountId: '111111111111' } },
      }),
      [
        ['usage', '8'],
        ['health', '4'],
        ['posture', '12'],
        ['audit', '12'],
        ['service', '12'],
      ],
    ],
    [
      'a consumed service',
      resource('aws-vpc-endpoint-service', { endpointService: {} }),
      [
        ['usage', '8'],
        ['health', '4'],
        ['posture', '12'],
        ['service', '12'],
      ],
    ],
    ['a VPC', resource('aws-vpc'), [['posture', '12']]],
    [
      'a tenant',
      group('team'),
      [
        ['audit-campaign', '12'],
        ['inventory', '12'],
        ['cost-history', '12'],
      ],
    ],
    [
      'a vendor',
      group('vendor'),
      [
        ['vendor', '12'],
        ['cost-history', '12'],
      ],
    ],
    ['a database', resource('database'), []],
  ])("places %s's cards in order and width", async (_, entity, cards) => {
    expect(await placed(entity)).toEqual(cards);
  });
});
