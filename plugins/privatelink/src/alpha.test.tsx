import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import { screen } from '@testing-library/react';
import privatelinkPlugin, { privatelinkEntityCardPlacements } from './alpha';
import { privatelinkApiRef } from './api';
import {
  isPrivateLinkEndpointAvailable,
  isPrivateLinkInventoryAvailable,
  isPrivateLinkProvidedServiceAvailable,
  isPrivateLinkServiceAvailable,
  isPrivateLinkVendorAvailable,
  isPrivateLinkVpcAvailable,
} from './index';
import { endpointEntity, summaryApi } from './components/testEntities';

const resource = (name: string, type: string, spec: object = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name },
  spec: { type, owner: 'group:default/payments', ...spec },
});
const group = (name: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name },
  spec: { type, children: [] },
});

const entities: Record<string, Entity> = {
  endpoint: endpointEntity(),
  consumedService: resource('vpce-svc-snowflake', 'aws-vpc-endpoint-service', {
    endpointService: {},
  }),
  providedService: resource('vpce-svc-orders', 'aws-vpc-endpoint-service', {
    endpointService: { provider: { accountId: '111111111111' } },
  }),
  vpc: resource('vpc-0b1c2d3e4f5a60021', 'aws-vpc'),
  tenant: group('payments', 'team'),
  vendor: group('snowflake', 'vendor'),
  database: resource('orders-db', 'database'),
  user: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest' },
    spec: {},
  },
};

const isEndpointOrService = (e: Entity) =>
  isPrivateLinkEndpointAvailable(e) || isPrivateLinkServiceAvailable(e);

// Each card of the new system, and the legacy predicates the legacy app places the same card with.
const cards: Array<[string, (e: Entity) => boolean]> = [
  ['endpoint', isPrivateLinkEndpointAvailable],
  ['service', isPrivateLinkServiceAvailable],
  ['usage', isEndpointOrService],
  ['cost', isPrivateLinkEndpointAvailable],
  ['health', isEndpointOrService],
  ['posture', e => isEndpointOrService(e) || isPrivateLinkVpcAvailable(e)],
  [
    'audit',
    e =>
      isPrivateLinkEndpointAvailable(e) ||
      isPrivateLinkProvidedServiceAvailable(e),
  ],
  ['audit-campaign', isPrivateLinkInventoryAvailable],
  ['inventory', isPrivateLinkInventoryAvailable],
  ['vendor', isPrivateLinkVendorAvailable],
  [
    'cost-history',
    e => isPrivateLinkInventoryAvailable(e) || isPrivateLinkVendorAvailable(e),
  ],
];

const byDeclared = (a: string, b: string) =>
  Object.keys(privatelinkEntityCardPlacements).indexOf(a) -
  Object.keys(privatelinkEntityCardPlacements).indexOf(b);

describe('the new frontend system plugin', () => {
  it.each(cards)(
    'places the %s card on the pages the legacy predicates choose',
    (name, legacy) => {
      const card = privatelinkPlugin.getExtension(
        `entity-card:privatelink/${name}` as any,
      );
      const filter = createExtensionTester(card).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      ) as ((entity: Entity) => boolean) | undefined;
      expect(filter).toBeDefined();
      const shownOn = Object.keys(entities).filter(key =>
        filter!(entities[key]),
      );
      expect(shownOn).toEqual(
        Object.keys(entities).filter(key => legacy(entities[key])),
      );
      expect(shownOn.length).toBeGreaterThan(0);
    },
  );

  it('has an entity card for each declared placement, and the same set the legacy predicates choose for', () => {
    const declared = Object.keys(privatelinkEntityCardPlacements);
    expect(declared).toEqual(cards.map(([name]) => name).sort(byDeclared));
    for (const name of declared) {
      expect(
        privatelinkPlugin.getExtension(
          `entity-card:privatelink/${name}` as any,
        ),
      ).toBeDefined();
    }
  });

  it('renders a card from the backend through the API it is given', async () => {
    const getUsage = jest.fn().mockResolvedValue({
      entityRef: 'resource:default/vpce-0a00000000000a001',
      metricsPublished: true,
      series:
        'AWS/PrivateLinkEndpoints BytesProcessed for VPC Endpoint Id vpce-0a00000000000a001, daily, in UTC',
      from: '2026-11-01',
      to: '2026-11-01',
      days: [
        {
          day: '2026-11-01',
          bytesProcessed: 2_000_000_000,
          newConnections: 1234,
          activeConnectionsMax: 3,
          packetsDropped: 0,
          resetPackets: 0,
        },
      ],
      totals: { bytesProcessed: 2_000_000_000, newConnections: 1234 },
    });
    const api = summaryApi({ usage: getUsage });
    const card = privatelinkPlugin.getExtension(
      'entity-card:privatelink/usage' as any,
    );
    await renderInTestApp(
      <EntityProvider entity={endpointEntity()}>
        {createExtensionTester(card).reactElement()}
      </EntityProvider>,
      { apis: [[privatelinkApiRef, api]] },
    );
    expect(
      await screen.findByText(/1,234 new connections/),
    ).toBeInTheDocument();
    expect(api.getEntitySummary).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'vpce-0a00000000000a001' }),
    );
  });

  it('mounts the PrivateLink page at /privatelink with its own header', async () => {
    const page = privatelinkPlugin.getExtension('page:privatelink');
    const tester = createExtensionTester(page);
    expect(tester.get(coreExtensionData.routePath)).toBe('/privatelink');
    expect(tester.get(coreExtensionData.title)).toBe('PrivateLink');
    const pending = () => new Promise(() => {});
    const api = new Proxy({}, { get: () => jest.fn(pending) });
    await renderInTestApp(tester.reactElement(), {
      apis: [[privatelinkApiRef, api]],
    });
    expect(
      await screen.findByText(
        'Every VPC endpoint and endpoint service, by tenant, vendor and account',
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['owner-picker', 'PrivateLinkOwnerPicker'],
    ['account-picker', 'PrivateLinkAccountPicker'],
    ['region-picker', 'PrivateLinkRegionPicker'],
    ['vpc-picker', 'PrivateLinkVpcPicker'],
    ['service-picker', 'PrivateLinkServicePicker'],
    ['subnets-picker', 'PrivateLinkSubnetsPicker'],
    ['security-groups-picker', 'PrivateLinkSecurityGroupsPicker'],
    ['request-review', 'PrivateLinkRequestReview'],
  ])(
    'offers the request form field %s as ui:field %s',
    async (extension, fieldName) => {
      const ext = privatelinkPlugin.getExtension(
        `scaffolder-form-field:privatelink/${extension}` as any,
      );
      const loader = createExtensionTester(ext).get(
        FormFieldBlueprint.dataRefs.formFieldLoader,
      ) as () => Promise<unknown>;
      const field = (await loader()) as {
        name: string;
        component: unknown;
        validation?: Function;
      };
      expect(field.name).toBe(fieldName);
      expect(field.component).toEqual(expect.any(Function));
      // Only the subnets ask for something the form's other values decide (two AZs or a reason).
      expect(!!field.validation).toBe(fieldName === 'PrivateLinkSubnetsPicker');
    },
  );
});
