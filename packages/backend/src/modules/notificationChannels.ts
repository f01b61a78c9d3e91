import {
  coreServices,
  createBackendFeatureLoader,
} from '@backstage/backend-plugin-api';
import notificationsModuleEmail from '@backstage/plugin-notifications-backend-module-email';
import notificationsModuleSlack from '@backstage/plugin-notifications-backend-module-slack';

/**
 * Notices (PrivateLink alerts and audit notices among them) also by e-mail and in Slack, where
 * `notifications.processors.email` or `notifications.processors.slack` is configured. The e-mail
 * module cannot start without its config, so each module is added only with its own (the
 * repository's app-config.yaml gives it the `stream` transport, which sends nothing).
 */
export const notificationChannels = createBackendFeatureLoader({
  deps: { config: coreServices.rootConfig },
  *loader({ config }) {
    if (config.has('notifications.processors.email')) {
      yield notificationsModuleEmail;
    }
    if (config.has('notifications.processors.slack')) {
      yield notificationsModuleSlack;
    }
  },
});
