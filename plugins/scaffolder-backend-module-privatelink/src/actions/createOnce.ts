import {
  CreateVpcEndpointCommand,
  CreateVpcEndpointCommandInput,
  EC2Client,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { endpointEntityRef } from '@privatelink-portal/plugin-privatelink-common';
import { CatalogRefresh } from './catalogRefresh';
import { showInCatalog } from './targets';

/** What the create actions need of the scaffolder's context. */
type CreateContext = Pick<
  ActionContext<any, any>,
  'checkpoint' | 'logger' | 'output'
>;

/** An AWS SDK error's code and message, for a message that says what AWS answered. */
function awsReason(error: unknown): string {
  const e = error as { name?: string; Code?: string; message?: string };
  return `${e.Code ?? e.name ?? 'Error'}: ${e.message ?? String(error)}`;
}

/** A dry run's answer: every check passed and nothing was created. */
export function outputDryRun(ctx: CreateContext, message: string) {
  ctx.logger.info(`Dry run: every check passed; would create ${message}`);
  ctx.output('endpointId', 'vpce-dry-run');
  ctx.output('state', 'dry-run');
  ctx.output('entityRef', 'resource:default/vpce-dry-run');
}

/**
 * Creates an endpoint once per task step, under a scaffolder checkpoint: a step retried after it
 * created one gets that one back (from the checkpoint, or `ours`, the endpoint carrying the step's
 * task tag), and the `ClientToken` in `request` makes EC2 answer a repeated call with the same
 * endpoint. `request` is built only when AWS is to be called (it may create a security group).
 */
export async function createOnce(
  ctx: CreateContext,
  options: {
    key: string;
    ours?: VpcEndpoint;
    ec2: EC2Client;
    request: () => Promise<CreateVpcEndpointCommandInput>;
    /** "the endpoint in account ... (region) as role": what failed, for the error. */
    what: string;
  },
): Promise<{ endpointId: string; state: string }> {
  const { ours } = options;
  return ctx.checkpoint({
    key: options.key,
    fn: async () => {
      if (ours?.VpcEndpointId) {
        ctx.logger.info(
          `A retried step: ${ours.VpcEndpointId} was created by this step before`,
        );
        return {
          endpointId: ours.VpcEndpointId,
          state: ours.State ?? 'unknown',
        };
      }
      const request = await options.request();
      const response = await options.ec2
        .send(new CreateVpcEndpointCommand(request))
        .catch(error => {
          throw new Error(
            `AWS did not create ${options.what}: ${awsReason(error)}. ` +
              'Check that the portal may assume that role and that the role may call ec2:CreateVpcEndpoint and ec2:CreateTags.',
          );
        });
      const endpoint = response.VpcEndpoint;
      if (!endpoint?.VpcEndpointId)
        throw new Error('CreateVpcEndpoint answered without an endpoint id');
      return {
        endpointId: endpoint.VpcEndpointId,
        state: endpoint.State ?? 'unknown',
      };
    },
  });
}

/**
 * After a creation: the task log's line, the catalog asked to read the account (and waited for,
 * so that the template's link opens the entity), and the step's outputs.
 */
export async function announceCreated(
  ctx: CreateContext,
  created: { endpointId: string; state: string },
  options: {
    logLine: string;
    accountId: string;
    credentials: BackstageCredentials;
    refreshCatalog?: CatalogRefresh;
    catalog?: Pick<CatalogService, 'getEntityByRef'>;
    waitMs: number;
  },
): Promise<void> {
  ctx.logger.info(options.logLine);
  const entityRef = endpointEntityRef(created.endpointId);
  await showInCatalog({
    accountId: options.accountId,
    entityRef,
    credentials: options.credentials,
    refreshCatalog: options.refreshCatalog,
    catalog: options.catalog,
    waitMs: options.waitMs,
    logger: ctx.logger,
  });
  ctx.output('endpointId', created.endpointId);
  ctx.output('state', created.state);
  ctx.output('entityRef', entityRef);
}
