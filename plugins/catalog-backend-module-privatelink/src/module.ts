import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  awsAccessServiceRef,
  readAccountTargets,
  SnapshotReader,
} from '@privatelink-portal/plugin-privatelink-node';
import { AwsInventoryReader } from './lib/AwsInventoryReader';
import { SnapshotInventoryReader } from './lib/SnapshotInventoryReader';
import { readPrivateLinkCatalogConfig } from './providers/config';
import { PrivateLinkBackendStatusReporter } from './providers/InventoryStatusReporter';
import { PrivateLinkAccountEntityProvider } from './providers/PrivateLinkAccountEntityProvider';
import { PrivateLinkVendorEntityProvider } from './providers/PrivateLinkVendorEntityProvider';
import { isGroupMember } from './lib/permissionRules';
import { createRefreshRoute } from './providers/refreshRoute';
import { ChangeEventRefresher } from './providers/ChangeEventRefresher';

/**
 * Ingests AWS VPC endpoints and endpoint services into the catalog: one entity provider per
 * account (read from AWS or from its snapshot, as the account's source says), plus one for vendor
 * groups and the services they provide.
 *
 * @public
 */
export const catalogModulePrivateLink = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'privatelink',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
        processing: catalogProcessingExtensionPoint,
        aws: awsAccessServiceRef,
        permissionsRegistry: coreServices.permissionsRegistry,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        events: eventsServiceRef,
      },
      async init({
        config,
        logger,
        scheduler,
        auth,
        discovery,
        lifecycle,
        catalog,
        processing,
        aws,
        permissionsRegistry,
        httpAuth,
        httpRouter,
        events,
      }) {
        // Who may request endpoints for a group: its members (privatelink.endpoint.create).
        permissionsRegistry.addPermissionRules([isGroupMember]);
        const settings = readPrivateLinkCatalogConfig(config);
        const targets = readAccountTargets(config);
        logger.info(
          `PrivateLink inventory: ${targets
            .map(
              t =>
                `${t.accountId} (${t.regions.join(', ')}) from ${
                  t.source.type
                }`,
            )
            .join('; ')}`,
        );
        // What a snapshot folder holds that is not read is said, not skipped in silence.
        const snapshotPaths = new Set(
          targets.flatMap(t =>
            t.source.type === 'snapshot' ? [t.source.path] : [],
          ),
        );
        for (const folder of snapshotPaths) {
          for (const { entry, reason } of new SnapshotReader(
            folder,
          ).ignoredEntries()) {
            logger.warn(
              `PrivateLink snapshot: ${entry} is ${reason}; it is not read`,
            );
          }
        }

        const awsReader = new AwsInventoryReader(aws);
        const snapshotReaders = new Map<string, SnapshotInventoryReader>();
        const readerFor = (target: (typeof targets)[number]) => {
          if (target.source.type === 'aws') return awsReader;
          const { path } = target.source;
          if (!snapshotReaders.has(path)) {
            snapshotReaders.set(
              path,
              new SnapshotInventoryReader(new SnapshotReader(path)),
            );
          }
          return snapshotReaders.get(path)!;
        };

        const status = new PrivateLinkBackendStatusReporter({
          discovery,
          auth,
          logger,
        });
        const inventoriedAccountIds = new Set(targets.map(t => t.accountId));
        const vendorProvider = new PrivateLinkVendorEntityProvider({
          settings,
          taskRunner: scheduler.createScheduledTaskRunner({
            ...settings.vendorSchedule,
            scope: 'global',
          }),
          scheduler,
          catalog,
          auth,
          logger,
        });

        const refreshTasks = new Map<string, string>();
        const changeEvents = settings.changeEvents && {
          topic: settings.changeEvents.topic,
          refresher: new ChangeEventRefresher({
            scheduler,
            taskIdOf: accountId => refreshTasks.get(accountId),
            debounceMs: settings.changeEvents.debounceMs,
            logger,
          }),
        };
        for (const target of targets) {
          const provider = new PrivateLinkAccountEntityProvider({
            target,
            reader: readerFor(target),
            settings,
            inventoriedAccountIds,
            taskRunner: scheduler.createScheduledTaskRunner({
              ...settings.schedule,
              scope: 'global',
            }),
            logger,
            catalog,
            auth,
            // Each report carries the account's last change event, for the operators' tab.
            status: {
              report: refresh => {
                const lastChangeEvent = changeEvents?.refresher.lastEventOf(
                  target.accountId,
                );
                return status.report(
                  lastChangeEvent ? { ...refresh, lastChangeEvent } : refresh,
                );
              },
            },
            counter: aws.counter,
            onApplied: applied => {
              vendorProvider
                .catchUp(applied)
                .catch(error =>
                  logger.warn(`Vendor catch-up failed: ${error}`),
                );
            },
          });
          processing.addEntityProvider(provider);
          refreshTasks.set(target.accountId, provider.refreshTaskId());
        }
        // Lets the request actions show what they changed without waiting for the schedule.
        httpRouter.use(
          createRefreshRoute({
            httpAuth,
            scheduler,
            taskIdOf: accountId => refreshTasks.get(accountId),
          }),
        );
        processing.addEntityProvider(vendorProvider);
        lifecycle.addShutdownHook(() => vendorProvider.stop());
        // An account refreshes as soon as AWS records a change in it; the schedule is the safety net.
        if (changeEvents) {
          await events.subscribe({
            id: 'catalog-privatelink-changes',
            topics: [changeEvents.topic],
            onEvent: async ({ eventPayload }) => {
              changeEvents.refresher.onEvent(eventPayload);
            },
          });
          lifecycle.addShutdownHook(() => changeEvents.refresher.stop());
        }
      },
    });
  },
});
