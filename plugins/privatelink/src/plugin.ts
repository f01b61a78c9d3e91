import {
  createComponentExtension,
  createPlugin,
} from '@backstage/core-plugin-api';

/** The PrivateLink frontend plugin. @public */
export const privatelinkPlugin = createPlugin({
  id: 'privatelink',
});

/** Details of a VPC endpoint, on its entity page. @public */
export const EntityPrivateLinkEndpointCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkEndpointCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkEndpointCard').then(
          m => m.EndpointDetailsCard,
        ),
    },
  }),
);

/** Details of an endpoint service (provider, acceptance, principals, consumers). @public */
export const EntityPrivateLinkServiceCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkServiceCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkServiceCard').then(
          m => m.ServiceDetailsCard,
        ),
    },
  }),
);

/** A tenant's endpoint inventory, on its Group page, with CSV export. @public */
export const EntityPrivateLinkInventoryCard = privatelinkPlugin.provide(
  createComponentExtension({
    name: 'EntityPrivateLinkInventoryCard',
    component: {
      lazy: () =>
        import('./components/EntityPrivateLinkInventoryCard').then(
          m => m.InventoryCard,
        ),
    },
  }),
);
