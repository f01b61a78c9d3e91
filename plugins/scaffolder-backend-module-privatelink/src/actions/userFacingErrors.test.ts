import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { withUserFacingErrors } from './userFacingErrors';

describe('withUserFacingErrors', () => {
  const failing = (error: Error) =>
    createTemplateAction({
      id: 'privatelink:test:fail',
      schema: { input: {} },
      handler: async () => {
        throw error;
      },
    });

  it("gives the task's log pane the message only, and the server's log the stack", async () => {
    const logger = mockServices.logger.mock();
    const original = new InputError(
      'endpointId: vpce-1 is not an endpoint of account 111111111111, us-east-1',
    );
    const action = withUserFacingErrors(logger, failing(original));
    const thrown: Error = await action
      .handler(createMockActionContext({ task: { id: 'task-7' } } as any))
      .catch(e => e);
    // What the scaffolder writes to the log pane: String(error.stack).
    expect(String(thrown.stack)).toBe(
      'InputError: endpointId: vpce-1 is not an endpoint of account 111111111111, us-east-1',
    );
    expect(String(thrown.stack)).not.toMatch(/\.ts:\d+|\/work\/| at /);
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown.message).toBe(original.message);
    expect(logger.error).toHaveBeenCalledWith(
      'Scaffolder action privatelink:test:fail failed in task task-7: endpointId: vpce-1 is not an endpoint of account 111111111111, us-east-1',
      original,
    );
    expect(original.stack).toMatch(/userFacingErrors\.test\.ts/);
  });
});
