import { EC2Client } from '@aws-sdk/client-ec2';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  AccountTarget,
  AwsClientFactory,
} from '@privatelink-portal/plugin-privatelink-node';
import { MotoServer } from '@privatelink-portal/plugin-privatelink-node/testUtils';
import { Schema, Validator } from 'jsonschema';
import yaml from 'yaml';

/**
 * What the action tests share: one AWS account in moto with a write role, the read and write
 * clients the actions build from config, a permission policy the test decides, a task's context,
 * and an example read as the scaffolder reads it. For tests only.
 */

/** The account the actions write to, and the role they assume there. */
export const ACCOUNT = '111111111111';
export const WRITE_ROLE = `arn:aws:iam::${ACCOUNT}:role/privatelink-write`;

/** The account as `privatelink.accounts` lists it: AWS, with the write role. */
export const writableAccount: AccountTarget = {
  accountId: ACCOUNT,
  regions: ['us-east-1'],
  source: { type: 'aws' },
  writeRoleArn: WRITE_ROLE,
};

/**
 * Starts moto before the file's tests and stops it after, with the SDK pointed at it; `ec2()`
 * is a client of the account in us-east-1.
 */
export function motoAccount() {
  let moto: MotoServer;
  let ec2: EC2Client;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    moto = await MotoServer.start();
    Object.assign(process.env, moto.sdkEnvironment());
    ec2 = new EC2Client(await moto.clientConfig(ACCOUNT, 'us-east-1'));
  });
  afterAll(async () => {
    await moto?.stop();
    process.env = savedEnv;
  });
  return {
    ec2: () => ec2,
    moto: () => moto,
  };
}

/** The clients the actions get from the portal's config: the read role, and the write role. */
export function awsAccess(
  more: Array<{ accountId: string; regions: string[] }> = [],
) {
  return AwsClientFactory.fromConfig(
    new ConfigReader({
      aws: { accounts: [{ accountId: ACCOUNT, roleName: 'privatelink-read' }] },
      privatelink: {
        accounts: [
          {
            accountId: ACCOUNT,
            regions: ['us-east-1'],
            writeRoleArn: WRITE_ROLE,
          },
          ...more,
        ],
      },
    }),
  );
}

/** A permission policy whose decision for each request the test gives. */
export function permissionsDeciding(
  decide: (request: { resourceRef?: string }) => AuthorizeResult,
) {
  return {
    authorize: jest.fn(async (requests: Array<{ resourceRef?: string }>) =>
      requests.map(request => ({ result: decide(request) })),
    ),
    authorizeConditional: jest.fn(),
  } as unknown as PermissionsService;
}

/** A task step's context, signed in as `user`. */
export function taskContext<T extends object>(
  input: T,
  options: { user?: string; task?: string; dryRun?: boolean } = {},
) {
  const ctx = createMockActionContext({
    input: input as any,
    task: { id: options.task ?? 'task-1' },
  });
  ctx.isDryRun = !!options.dryRun;
  ctx.getInitiatorCredentials = async () =>
    mockCredentials.user(options.user ?? 'user:default/guest');
  return ctx;
}

/** What an action's handler said it output under `name`. */
export function outputOf(
  ctx: ReturnType<typeof taskContext>,
  name: string,
): any {
  return (ctx.output as jest.Mock).mock.calls.find(c => c[0] === name)?.[1];
}

/**
 * An example's first step as the scaffolder reads it, after checking that it names the action
 * and that its input passes the action's input schema (as the scaffolder checks before the
 * handler runs).
 */
export function exampleStep(
  example: string,
  action: { id: string; schema?: { input?: unknown } },
) {
  const step = yaml.parse(example).steps[0];
  expect(step.action).toBe(action.id);
  expect(
    new Validator()
      .validate(step.input, action.schema?.input as Schema)
      .errors.map(e => e.stack),
  ).toEqual([]);
  return step as { action: string; input: Record<string, any> };
}
