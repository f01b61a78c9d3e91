/*
 * The backend of an app laid out like create-app's 1.55 template (catalog, scaffolder, auth,
 * permission, notifications), with the PrivateLink packages added as their READMEs say.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

backend.add(import('@backstage/plugin-scaffolder-backend'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.add(import('@backstage/plugin-notifications-backend'));

// PrivateLink
backend.add(
  import('@privatelink-portal/plugin-catalog-backend-module-privatelink'),
);
backend.add(import('@privatelink-portal/plugin-privatelink-backend'));
backend.add(
  import('@privatelink-portal/plugin-scaffolder-backend-module-privatelink'),
);

backend.start();
