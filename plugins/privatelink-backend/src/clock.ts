import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';

/** What time it is, for every dated decision of the plugin (usage days, idle, quarters). @public */
export interface Clock {
  now(): Date;
}

/**
 * The plugin's clock: the system's. Integration tests replace it to let a quarter pass; nothing
 * else in the plugin reads the time of day on its own.
 * @public
 */
export const clockServiceRef = createServiceRef<Clock>({
  id: 'privatelink.clock',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {},
      factory: () => ({ now: () => new Date() }),
    }),
});
