import {
  CreateVpcEndpointCommand,
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
  endpointEntityRef,
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
import { awsReason, clientToken, notFound } from './createEndpoint';
import { examples } from './createGatewayEndpoint.examples';
import { authorizedOwner, changeableTarget, showInCatalog } from './targets';

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
        ctx.logger.info(
          `Dry run: every check passed; would create a gateway endpoint to ${serviceName} in ${
            input.vpcId
          } (${input.accountId}, ${
            input.region
          }) routed from ${input.routeTableIds.join(', ')} for ${owner} as ${
            write.roleArn
          }`,
        );
        ctx.output('endpointId', 'vpce-dry-run');
        ctx.output('state', 'dry-run');
        ctx.output('entityRef', 'resource:default/vpce-dry-run');
        return;
      }

      const token = clientToken(taskStep, input);
      const created = await ctx.checkpoint({
        key: `privatelink-create-gateway-${token}`,
        fn: async () => {
          if (ours) {
            ctx.logger.info(
              `A retried step: ${ours.VpcEndpointId} was created by this step before`,
            );
            return {
              endpointId: ours.VpcEndpointId!,
              state: ours.State ?? 'unknown',
            };
          }
          const tags = [
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
          ];
          const response = await write.ec2
            .send(
              new CreateVpcEndpointCommand({
                VpcEndpointType: 'Gateway',
                VpcId: input.vpcId,
                ServiceName: serviceName,
                RouteTableIds: input.routeTableIds,
                ClientToken: token,
                TagSpecifications: [
                  { ResourceType: 'vpc-endpoint', Tags: tags },
                ],
              }),
            )
            .catch(error => {
              throw new Error(
                `AWS did not create the gateway endpoint in account ${
                  input.accountId
                } (${input.region}) as ${write.roleArn}: ${awsReason(
                  error,
                )}. Check that the portal may assume that role and that the role may call ec2:CreateVpcEndpoint and ec2:CreateTags.`,
              );
            });
          const endpoint = response.VpcEndpoint;
          if (!endpoint?.VpcEndpointId)
            throw new Error(
              'CreateVpcEndpoint answered without an endpoint id',
            );
          return {
            endpointId: endpoint.VpcEndpointId,
            state: endpoint.State ?? 'unknown',
          };
        },
      });
      ctx.logger.info(
        `${created.endpointId} (${
          created.state
        }), a gateway endpoint to ${serviceName} for ${owner}, requested by ${
          requester ?? 'a service'
        }`,
      );
      const entityRef = endpointEntityRef(created.endpointId);
      await showInCatalog({
        accountId: input.accountId,
        entityRef,
        credentials,
        refreshCatalog: options.refreshCatalog,
        catalog: options.catalog,
        waitMs: options.catalogWaitMs ?? 60_000,
        logger: ctx.logger,
      });
      ctx.output('endpointId', created.endpointId);
      ctx.output('state', created.state);
      ctx.output('entityRef', entityRef);
    },
  });
}
