/*
 * The PrivateLink portal's backend: the Backstage catalog, scaffolder, permissions and auth, with
 * the PrivateLink catalog module, backend plugin and scaffolder module.
 */
import { createBackend } from '@backstage/backend-defaults';
import { demoSignInModule } from './modules/demoSignIn';
import { notificationChannels } from './modules/notificationChannels';
import { portalPermissionPolicyModule } from './modules/portalPermissionPolicy';
import { transitiveOwnershipModule } from './modules/transitiveOwnership';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: Backstage's guest in development (app-config.yaml), the example org's users in the
// demo (app-config.demo.yaml); configure a real provider for production. Ownership claims include
// the parent groups of the user's groups (reads); the policy grants writes to direct members only
// (portalPermissionPolicy.ts, writeClaims.ts).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(demoSignInModule);
backend.add(transitiveOwnershipModule);

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(
  import('@privatelink-portal/plugin-catalog-backend-module-privatelink'),
);

// AWS's change events: where events.modules.awsSqs names a queue that an EventBridge rule on
// CloudTrail's endpoint calls feeds, the SQS module publishes them on the topic that
// privatelink.inventory.changeEvents names and the account they name refreshes at once (README).
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-events-backend-module-aws-sqs'));

backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@privatelink-portal/plugin-scaffolder-backend-module-privatelink'),
);

// Permissions are enabled (permission.enabled): the portal's own policy decides.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(portalPermissionPolicyModule);

// Owners hear of their alerts and audit campaigns through notifications: the portal's bell, and
// e-mail and Slack where notifications.processors configures them (privatelink.alerts.groups).
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(notificationChannels);

backend.add(import('@privatelink-portal/plugin-privatelink-backend'));

// A plugin that cannot start (bad config, a migration lock, the port in use) stops the process
// with a non-zero code instead of leaving the others serving half a portal.
backend.start().catch(error => {
  // eslint-disable-next-line no-console
  console.error(`The backend did not start: ${error?.stack ?? error}`);
  process.exit(1);
});
