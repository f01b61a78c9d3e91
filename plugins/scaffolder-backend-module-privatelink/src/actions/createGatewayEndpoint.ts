import {
  DescribeRouteTablesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
} from '@aws-sdk/client-ec2';
import {
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  GATEWAY_ENDPOINT_SERVICES,
  isLiveEndpointState,
  REQUEST_TAGS,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  AccountTarget,
  AWS_VENDOR,
  AwsAccessService,
  isServiceAllowed,
  RequestSettings,
} from '@privatelink-portal/plugin-privatelink-node';
import { CatalogRefresh } from './catalogRefresh';
import { clientToken, notFound } from './createEndpoint';
import { announceCreated, createOnce, outputDryRun } from './createOnce';
import { examples } from './createGatewayEndpoint.examples';
import { authorizedOwner, changeableTarget } from './targets';

/**
 * `privatelink:gateway-endpoint:create`: creates a gateway endpoint to S3 or DynamoDB in a VPC,
 * routed from the chosen route tables, with the account's write role, tagged with its owner and
 * requester. Gateway endpoints cost nothing and take the VPC's traffic to the service off NAT.
 * The checks of the interface action hold: a member of the owning group, allowed to request, in
 * an account the portal manages from AWS. A route table that already routes to the service
 * through another endpoint is refused (AWS would refuse it too). A retried step finds and
 * returns what it created.
 */
export function createGatewayEndpointAction(options: {
  aws: AwsAccessService;
  accounts: AccountTarget[];
  requests: RequestSettings;
  permissions: PermissionsService;
  userInfo: Pick<UserInfoService, 'getUserInfo'>;
  refreshCatalog?: CatalogRefresh;
  catalog?: Pick<CatalogService, 'getEntityByRef'>;
  catalogWaitMs?: number;
}) {
  const { aws, accounts, requests, permissions, userInfo } = options;
  return createTemplateAction({
    id: 'privatelink:gateway-endpoint:create',
    description:
      'Creates a gateway VPC endpoint to S3 or DynamoDB (free) routed from the chosen route tables, with the account write role, tagged with its owner and requester.',
    supportsDryRun: true,
    examples,
    schema: {
      input: {
        accountId: z =>
          z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
        region: z => z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/),
        vpcId: z => z.string().regex(/^vpc-[0-9a-f]+$/),
        service: z =>
          z.enum(GATEWAY_ENDPOINT_SERVICES, {
            description: 'The AWS service: s3 or dynamodb',
          }),
        routeTableIds: z =>
          z.array(z.string().regex(/^rtb-[0-9a-f]+$/)).min(1, {
            message:
              'routeTableIds: choose the route tables of the subnets that reach the service',
          }),
        owner: z => z.string().min(1),
        ownerTagKey: z => z.string().default('owner'),
        name: z => z.string().max(256).optional(),
      },
      output: {
        endpointId: z => z.string(),
        state: z => z.string(),
        entityRef: z => z.string(),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const serviceName = `com.amazonaws.${input.region}.${input.service}`;
      changeableTarget(accounts, input, 'create endpoints');
      const write = await aws.forAccountWrite(input.accountId, input.region);
      const { owner, requester, credentials } = await authorizedOwner({
        owner: input.owner,
        credentials: await ctx.getInitiatorCredentials(),
        userInfo,
        permissions,
      });
      if (!isServiceAllowed(requests, owner, serviceName)) {
        throw new InputError(
          `service: ${owner} may not request ${serviceName} (privatelink.requests.allow)`,
        );
      }
      if (new Set(input.routeTableIds).size !== input.routeTableIds.length) {
        throw new InputError('routeTableIds lists a route table twice');
      }

      // The VPC and its route tables, read with the inventory's read-only role.
      const where = `account ${input.accountId}, ${input.region}`;
      const { ec2 } = await aws.forAccount(input.accountId, input.region);
      const vpcs = await ec2
        .send(new DescribeVpcsCommand({ VpcIds: [input.vpcId] }))
        .catch(error => {
          if (notFound(error)) return { Vpcs: [] };
          throw error;
        });
      if (!vpcs.Vpcs?.length)
        throw new InputError(`vpcId: ${input.vpcId} is not a VPC of ${where}`);
      const { RouteTables = [] } = await ec2.send(
        new DescribeRouteTablesCommand({
          Filters: [{ Name: 'vpc-id', Values: [input.vpcId] }],
        }),
      );
      for (const id of input.routeTableIds) {
        if (
          !RouteTables.some(
            t => t.RouteTableId === id && t.VpcId === input.vpcId,
          )
        )
          throw new InputError(
            `routeTableIds: ${id} is not a route table of ${input.vpcId}`,
          );
      }

      const taskId = ctx.task?.id;
      if (!taskId && !ctx.isDryRun) {
        throw new InputError(
          'privatelink:gateway-endpoint:create runs in a scaffolder task: there is no task id to make the request idempotent',
        );
      }
      const taskStep = `${taskId}/${ctx.step?.id ?? 'create'}`;
      const { VpcEndpoints = [] } = await ec2.send(
        new DescribeVpcEndpointsCommand({
          Filters: [
            { Name: 'vpc-id', Values: [input.vpcId] },
            { Name: 'service-name', Values: [serviceName] },
          ],
        }),
      );
      const existing = VpcEndpoints.filter(
        e =>
          e.VpcId === input.vpcId &&
          e.ServiceName === serviceName &&
          e.VpcEndpointType === 'Gateway' &&
          isLiveEndpointState(e.State),
      );
      const ours = existing.find(e =>
        e.Tags?.some(t => t.Key === REQUEST_TAGS.task && t.Value === taskStep),
      );
      if (!ours) {
        for (const endpoint of existing) {
          const shared = (endpoint.RouteTableIds ?? []).filter(id =>
            input.routeTableIds.includes(id),
          );
          if (shared.length) {
            throw new InputError(
              `routeTableIds: ${shared.join(', ')} already route${
                shared.length > 1 ? '' : 's'
              } to ${input.service} through ${
                endpoint.VpcEndpointId
              }; choose the route tables without it`,
            );
          }
        }
      }

      if (ctx.isDryRun) {
        outputDryRun(
          ctx,
          `a gateway endpoint to ${serviceName} in ${input.vpcId} (${
            input.accountId
          }, ${input.region}) routed from ${input.routeTableIds.join(
            ', ',
          )} for ${owner} as ${write.roleArn}`,
        );
        return;
      }

      const token = clientToken(taskStep, input);
      const created = await createOnce(ctx, {
        key: `privatelink-create-gateway-${token}`,
        ours,
        ec2: write.ec2,
        what: `the gateway endpoint in account ${input.accountId} (${input.region}) as ${write.roleArn}`,
        request: async () => ({
          VpcEndpointType: 'Gateway',
          VpcId: input.vpcId,
          ServiceName: serviceName,
          RouteTableIds: input.routeTableIds,
          ClientToken: token,
          TagSpecifications: [
            {
              ResourceType: 'vpc-endpoint',
              Tags: [
                { Key: input.ownerTagKey, Value: owner },
                { Key: REQUEST_TAGS.task, Value: taskStep },
                ...(requester
                  ? [{ Key: REQUEST_TAGS.requestedBy, Value: requester }]
                  : []),
                {
                  Key: REQUEST_TAGS.vendor,
                  Value: vendorGroupRef(AWS_VENDOR.name),
                },
                ...(input.name ? [{ Key: 'Name', Value: input.name }] : []),
              ],
            },
          ],
        }),
      });
      await announceCreated(ctx, created, {
        logLine: `${created.endpointId} (${
          created.state
        }), a gateway endpoint to ${serviceName} for ${owner}, requested by ${
          requester ?? 'a service'
        }`,
        accountId: input.accountId,
        credentials,
        refreshCatalog: options.refreshCatalog,
        catalog: options.catalog,
        waitMs: options.catalogWaitMs ?? 60_000,
      });
    },
  });
}
