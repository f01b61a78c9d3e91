import { mockServices } from '@backstage/backend-test-utils';

/** @public */
export type MockScheduler = ReturnType<typeof mockServices.scheduler> & {
  // The implementation takes this option; backend-test-utils 1.11's types do not declare it.
  factory(options: {
    skipTaskRunOnStartup: boolean;
  }): ReturnType<typeof mockServices.scheduler.factory>;
};

/**
 * The mock scheduler as the PrivateLink tests drive it: no task runs by itself at start-up; a test
 * runs one with `scheduler.triggerTask(id)`, which awaits it. Install `factory` in the test backend.
 * @public
 */
export function manualScheduler() {
  const scheduler = mockServices.scheduler() as MockScheduler;
  return {
    scheduler,
    factory: scheduler.factory({ skipTaskRunOnStartup: true }),
  };
}
