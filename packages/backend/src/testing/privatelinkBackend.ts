/*
 * A Backstage backend with the catalog and the PrivateLink catalog module and backend plugin,
 * and nothing else: what `restart.moto.test.ts` runs in a child process and kills. It reads its
 * config from the `--config` files it is given, like the portal's backend.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@privatelink-portal/plugin-catalog-backend-module-privatelink'),
);
backend.add(import('@privatelink-portal/plugin-privatelink-backend'));
backend.start().catch(error => {
  // eslint-disable-next-line no-console
  console.error(`The backend did not start: ${error?.stack ?? error}`);
  process.exit(1);
});
