import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';

/** What time it is, for every dated decision of the plugin (usage days, idle, quarters). @public */
export interface Clock {
  now(): Date;
}

/**
 * The plugin's clock: the system's. Integration tests replace it to let a quarter pass. Every
 * dated decision takes its time from here (the pipeline passes `clock.now()` to collection,
 * evaluation, audits and notices; the routes read it through the router's `now`); only the
 * operators' status stamps its own records with the time they were written.
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
