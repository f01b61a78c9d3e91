import { LoggerService } from '@backstage/backend-plugin-api';
import { TemplateAction } from '@backstage/plugin-scaffolder-node';

/**
 * The same action, whose errors reach the task's log pane as their message alone: the scaffolder
 * writes a failed step's `error.stack` there, which would show the requester the server's file
 * paths. The stack goes to the server's log, with the action and the task.
 */
export function withUserFacingErrors<A extends TemplateAction<any, any, any>>(
  logger: LoggerService,
  action: A,
): A {
  return {
    ...action,
    handler: async ctx => {
      try {
        return await action.handler(ctx);
      } catch (error) {
        if (!(error instanceof Error)) throw error;
        logger.error(
          `Scaffolder action ${action.id} failed in task ${
            ctx.task?.id ?? 'unknown'
          }: ${error.message}`,
          error,
        );
        const shown = Object.create(Object.getPrototypeOf(error)) as Error;
        Object.assign(shown, error, {
          message: error.message,
          name: error.name,
        });
        Object.defineProperty(shown, 'stack', {
          value: `${error.name}: ${error.message}`,
          enumerable: false,
          writable: true,
        });
        throw shown;
      }
    },
  };
}
