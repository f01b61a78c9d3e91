import path from 'path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  AccountTarget,
  AwsApiCallCounter,
  AwsClientFactory,
  readAccountTargets,
  readInventorySource,
  SnapshotReader,
} from '@internal/plugin-privatelink-node';
import { AwsInventoryReader } from './lib/AwsInventoryReader';
import { InventoryReader } from './lib/inventory';
import { SnapshotInventoryReader } from './lib/SnapshotInventoryReader';
import { readPrivateLinkCatalogConfig } from './providers/config';
import { InventoryStatusBoard } from './providers/InventoryStatus';
import { PrivateLinkAccountEntityProvider } from './providers/PrivateLinkAccountEntityProvider';
import { PrivateLinkVendorEntityProvider } from './providers/PrivateLinkVendorEntityProvider';

/** Seconds between an account's refresh and the vendor provider's catch-up run. */
const VENDOR_CATCH_UP_DELAY_MS = 5000;

/**
 * Ingests AWS VPC endpoints and endpoint services into the catalog: one entity provider per
 * account, plus one for vendor groups and the services they provide.
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
        catalog: catalogServiceRef,
        processing: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, scheduler, auth, catalog, processing }) {
        const settings = readPrivateLinkCatalogConfig(config);
        const source = readInventorySource(config);
        const configured = readAccountTargets(config);
        let reader: InventoryReader;
        let targets: AccountTarget[];
        const counter = new AwsApiCallCounter();
        if (source.type === 'aws') {
          if (configured.length === 0) {
            throw new Error(
              'Missing config at privatelink.accounts: the aws source needs at least one account and its regions',
            );
          }
          targets = configured;
          reader = new AwsInventoryReader(AwsClientFactory.fromConfig(config, { counter }));
        } else {
          const snapshot = new SnapshotReader(path.resolve(source.path));
          const available = snapshot.listTargets();
          targets =
            configured.length > 0
              ? configured.map(t => {
                  const found = available.find(a => a.accountId === t.accountId);
                  if (!found) {
                    throw new Error(
                      `Invalid config at privatelink.accounts: account ${t.accountId} is not in the snapshot ${snapshot.root}`,
                    );
                  }
                  return t;
                })
              : available;
          reader = new SnapshotInventoryReader(snapshot);
        }
        logger.info(
          `PrivateLink inventory from ${source.type}: ${targets
            .map(t => `${t.accountId} (${t.regions.join(', ')})`)
            .join('; ')}`,
        );

        const status = new InventoryStatusBoard();
        const inventoriedAccountIds = new Set(targets.map(t => t.accountId));
        const vendorProvider = new PrivateLinkVendorEntityProvider({
          settings,
          taskRunner: scheduler.createScheduledTaskRunner({
            frequency: { minutes: 5 },
            timeout: { minutes: 5 },
            initialDelay: { seconds: 30 },
            scope: 'global',
          }),
          catalog,
          auth,
          logger,
          status,
        });
        let catchUp: NodeJS.Timeout | undefined;
        const scheduleVendorCatchUp = () => {
          // The catalog stitches new endpoints a moment after they are applied.
          clearTimeout(catchUp);
          catchUp = setTimeout(() => {
            scheduler.triggerTask(vendorProvider.taskId).catch(error =>
              logger.debug(`Vendor catch-up not triggered: ${error}`),
            );
          }, VENDOR_CATCH_UP_DELAY_MS);
          catchUp.unref?.();
        };

        for (const target of targets) {
          processing.addEntityProvider(
            new PrivateLinkAccountEntityProvider({
              target,
              reader,
              settings,
              inventoriedAccountIds,
              taskRunner: scheduler.createScheduledTaskRunner({
                ...settings.schedule,
                scope: 'global',
              }),
              logger,
              catalog,
              auth,
              status,
              counter,
              onApplied: scheduleVendorCatchUp,
            }),
          );
        }
        processing.addEntityProvider(vendorProvider);
      },
    });
  },
});
