import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import privatelinkPlugin from '@privatelink-portal/plugin-privatelink/alpha';

// app.packages: all in app-config.yaml would also discover the plugin from this package's
// dependencies; naming it here makes the type-check cover its public entry point.
export default createApp({
  features: [catalogPlugin, privatelinkPlugin],
});
