import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  DeleteVpcEndpointsCommand,
  DescribeVpcEndpointsCommand,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { PermissionsService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  endpointEntityRef,
  endpointMetricDimensions,
  ANNOTATION_OWNER_SOURCE,
  privatelinkEndpointRetirePermission,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  AccountTarget,
  AwsAccessService,
} from '@privatelink-portal/plugin-privatelink-node';
import { CatalogRefresh } from './catalogRefresh';
import { retireExamples } from './retireEndpoint.examples';
import { changeableTarget, userOf } from './targets';

const DAY_SECONDS = 86_400;

/**
 * The bytes an endpoint processed over the last `days` whole days (UTC), from CloudWatch's
 * `AWS/PrivateLinkEndpoints BytesProcessed` with the endpoint's dimension set: what "it carried
 * traffic" means when deciding whether it may go.
 */
async function recentBytes(
  cloudWatch: {
    send: (
      command: GetMetricDataCommand,
    ) => Promise<{ MetricDataResults?: Array<{ Values?: number[] }> }>;
  },
  endpoint: VpcEndpoint,
  days: number,
  now: Date,
): Promise<number> {
  const end = new Date(
    Math.floor(now.getTime() / (DAY_SECONDS * 1000)) * DAY_SECONDS * 1000,
  );
  const start = new Date(end.getTime() - days * DAY_SECONDS * 1000);
  const answer = await cloudWatch.send(
    new GetMetricDataCommand({
      StartTime: start,
      EndTime: end,
      MetricDataQueries: [
        {
          Id: 'bytes',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/PrivateLinkEndpoints',
              MetricName: 'BytesProcessed',
              Dimensions: endpointMetricDimensions({
                endpointType: endpoint.VpcEndpointType ?? 'Interface',
                serviceName: endpoint.ServiceName ?? '',
                endpointId: endpoint.VpcEndpointId ?? '',
                vpcId: endpoint.VpcId ?? '',
              }),
            },
            Period: DAY_SECONDS,
            Stat: 'Sum',
          },
        },
      ],
    }),
  );
  return (answer.MetricDataResults ?? [])
    .flatMap(r => r.Values ?? [])
    .reduce((sum, v) => sum + v, 0);
}

/**
 * An AWS read of the retirement that failed, naming what, where, with which credentials, and the
 * permission to check.
 */
function readFailure(
  input: { endpointId: string; accountId: string; region: string },
  what: string,
  permission: string,
  error: unknown,
): Error {
  return new Error(
    `${what} ${input.endpointId} in account ${input.accountId} (${
      input.region
    }), read with the account's credentials (aws.accounts): ${
      (error as Error).name
    }: ${
      (error as Error).message
    }. Check that its role may call ${permission}.`,
  );
}

/** Days of traffic that refuse a deletion when the request names none. */
const DEFAULT_TRAFFIC_DAYS = 14;

/**
 * `privatelink:endpoint:retire`: deletes a VPC endpoint its owners decided to retire (the audit's
 * "retire"). The requester types the endpoint id to confirm, must belong to the group that owns
 * the endpoint's catalog entity (`privatelink.endpoint.retire`), and cannot delete an endpoint that
 * carried traffic in the last `trafficDays` days unless they force it with a reason. Deletes with
 * the account's write role; the task records who asked, the entity leaves at the next refresh.
 */
export function retireEndpointAction(options: {
  aws: AwsAccessService;
  accounts: AccountTarget[];
  permissions: PermissionsService;
  catalog: CatalogService;
  /** Asks the catalog to read the account now, so the entity leaves within seconds. */
  refreshCatalog?: CatalogRefresh;
  now?: () => Date;
}) {
  const { aws, accounts, permissions, catalog, refreshCatalog } = options;
  const now = options.now ?? (() => new Date());
  return createTemplateAction({
    id: 'privatelink:endpoint:retire',
    description:
      'Deletes a VPC endpoint its owners decided to retire: confirmed by its id, refused while it carries traffic unless forced with a reason.',
    supportsDryRun: true,
    examples: retireExamples,
    schema: {
      input: {
        accountId: z =>
          z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
        region: z => z.string().min(1),
        endpointId: z =>
          z.string().regex(/^vpce-[0-9a-f]+$/, 'a VPC endpoint id'),
        confirm: z =>
          z.string({
            description: 'The endpoint id again, typed by the requester',
          }),
        trafficDays: z =>
          z.number().int().min(1).max(90).default(DEFAULT_TRAFFIC_DAYS),
        force: z => z.boolean().default(false),
        reason: z => z.string().max(1000).optional(),
      },
      output: {
        endpointId: z => z.string(),
        retiredBy: z => z.string(),
        bytesInWindow: z => z.number(),
      },
    },
    async handler(ctx) {
      // The scaffolder checks input against the schema but does not apply its defaults: an API
      // call (or a template) that leaves a field out hands the handler undefined.
      const input = {
        ...ctx.input,
        trafficDays: ctx.input.trafficDays ?? DEFAULT_TRAFFIC_DAYS,
        force: ctx.input.force ?? false,
      };
      if (input.confirm.trim() !== input.endpointId) {
        throw new InputError(
          `confirm: type the endpoint id ${input.endpointId} to confirm its deletion`,
        );
      }
      if (input.force && !input.reason?.trim()) {
        throw new InputError(
          'reason: forcing the deletion of an endpoint that carries traffic needs a reason',
        );
      }
      changeableTarget(accounts, input, 'delete endpoints');
      const write = await aws.forAccountWrite(input.accountId, input.region);

      // Who: a member of the group that owns the endpoint's entity in the catalog.
      const credentials = await ctx.getInitiatorCredentials();
      const requester = userOf(credentials) ?? 'a service';
      const entityRef = endpointEntityRef(input.endpointId);
      const entity = await catalog.getEntityByRef(entityRef, { credentials });
      const owner =
        typeof entity?.spec?.owner === 'string' ? entity.spec.owner : undefined;
      if (!owner) {
        throw new InputError(
          `endpointId: ${input.endpointId} has no entity with an owner in the catalog (${entityRef})`,
        );
      }
      const ownerRef = stringifyEntityRef(
        parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: 'default',
        }),
      );
      // An owner nobody named (no tag, no rule: the configured default) is nobody's to act for.
      const ownerSource =
        entity?.metadata.annotations?.[ANNOTATION_OWNER_SOURCE] ??
        (entity?.spec?.endpoint as { ownerSource?: unknown } | undefined)
          ?.ownerSource;
      if (ownerSource === 'default') {
        throw new InputError(
          `endpointId: ${input.endpointId} belongs to ${ownerRef} only as the portal's default owner (no tag or ownership rule names its owner), so nobody may retire it here; tag it with its owning team first`,
        );
      }
      const [decision] = await permissions.authorize(
        [
          {
            permission: privatelinkEndpointRetirePermission,
            resourceRef: ownerRef,
          },
        ],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new InputError(
          `endpointId: ${requester} may not retire ${input.endpointId}, owned by ${ownerRef}: only its members may (permission privatelink.endpoint.retire)`,
        );
      }

      // What: the endpoint in AWS, and whether it still carries traffic.
      const { ec2, cloudWatch } = await aws.forAccount(
        input.accountId,
        input.region,
      );
      const found = await ec2
        .send(
          new DescribeVpcEndpointsCommand({
            VpcEndpointIds: [input.endpointId],
          }),
        )
        .catch(error => {
          if (/NotFound/.test((error as { name?: string }).name ?? ''))
            return { VpcEndpoints: [] };
          throw readFailure(
            input,
            'EC2 did not describe',
            'ec2:DescribeVpcEndpoints',
            error,
          );
        });
      const endpoint = found.VpcEndpoints?.find(
        e => e.VpcEndpointId === input.endpointId,
      );
      if (!endpoint) {
        throw new InputError(
          `endpointId: ${input.endpointId} is not an endpoint of account ${input.accountId}, ${input.region}`,
        );
      }
      // Gateway endpoints publish no metrics: their traffic is unknown, so they go only when forced.
      const bytes =
        endpoint.VpcEndpointType === 'Gateway'
          ? undefined
          : await recentBytes(
              cloudWatch,
              endpoint,
              input.trafficDays,
              now(),
            ).catch(error => {
              throw readFailure(
                input,
                'CloudWatch did not answer the bytes of',
                'cloudwatch:GetMetricData',
                error,
              );
            });
      if ((bytes === undefined || bytes > 0) && !input.force) {
        throw new InputError(
          bytes === undefined
            ? `endpointId: ${input.endpointId} is a gateway endpoint, which publishes no traffic metrics; set force with a reason to delete it`
            : `endpointId: ${input.endpointId} processed ${bytes.toLocaleString(
                'en-US',
              )} bytes in the last ${
                input.trafficDays
              } days; set force with a reason to delete it anyway`,
        );
      }
      const summary = `${input.endpointId} (${
        endpoint.ServiceName
      }, owned by ${ownerRef}) for ${requester}${
        input.force ? `, forced: ${input.reason}` : ''
      }`;
      ctx.output('endpointId', input.endpointId);
      ctx.output('retiredBy', requester);
      ctx.output('bytesInWindow', bytes ?? -1);
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: every check passed; would delete ${summary} as ${write.roleArn}`,
        );
        return;
      }
      await ctx.checkpoint({
        key: `privatelink-retire-${input.endpointId}`,
        fn: async () => {
          const answer = await write.ec2
            .send(
              new DeleteVpcEndpointsCommand({
                VpcEndpointIds: [input.endpointId],
              }),
            )
            .catch(error => {
              throw new Error(
                `AWS did not delete ${input.endpointId} in account ${
                  input.accountId
                } (${input.region}) as ${write.roleArn}: ${
                  (error as Error).name
                }: ${
                  (error as Error).message
                }. Check that the role may call ec2:DeleteVpcEndpoints.`,
              );
            });
          const failed = answer.Unsuccessful?.find(
            u => u.ResourceId === input.endpointId,
          );
          if (failed) {
            throw new Error(
              `AWS did not delete ${input.endpointId}: ${failed.Error?.Code}: ${failed.Error?.Message}`,
            );
          }
        },
      });
      const refreshed = await refreshCatalog?.(input.accountId);
      ctx.logger.info(
        `Deleted ${summary}; its entity leaves the catalog ${
          refreshed?.triggered
            ? 'within seconds'
            : "at the account's next refresh"
        }`,
      );
    },
  });
}
