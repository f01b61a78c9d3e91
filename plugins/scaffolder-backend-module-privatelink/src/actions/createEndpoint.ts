import { createHash } from 'crypto';
import { CreateVpcEndpointCommand } from '@aws-sdk/client-ec2';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { AwsAccessService } from '@internal/plugin-privatelink-node';
import { examples } from './createEndpoint.examples';

/**
 * EC2's idempotency token for a request: the same task asking for the same endpoint twice (a
 * retried step) gets the same endpoint back instead of a second one.
 */
export function clientToken(taskId: string, input: object): string {
  return createHash('sha256')
    .update(taskId)
    .update(JSON.stringify(input))
    .digest('hex')
    .slice(0, 64);
}

/**
 * `privatelink:endpoint:create`: creates an interface VPC endpoint to a vendor's or an internal
 * endpoint service, tagged with its owning tenant so the catalog module assigns it.
 */
export function createEndpointAction(options: { clients: AwsAccessService }) {
  return createTemplateAction({
    id: 'privatelink:endpoint:create',
    description:
      'Creates an interface VPC endpoint to an endpoint service, one subnet per AZ, tagged with its owner.',
    supportsDryRun: true,
    examples,
    schema: {
      input: {
        accountId: z => z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
        region: z => z.string().min(1),
        vpcId: z => z.string().regex(/^vpc-[0-9a-f]+$/, 'a VPC id'),
        serviceName: z => z.string().min(1),
        subnetIds: z => z.array(z.string().regex(/^subnet-[0-9a-f]+$/)).min(1),
        securityGroupIds: z => z.array(z.string().regex(/^sg-[0-9a-f]+$/)).min(1),
        owner: z => z.string().min(1),
        ownerTagKey: z => z.string().default('owner'),
        name: z => z.string().optional(),
        privateDnsEnabled: z => z.boolean().default(true),
      },
      output: {
        endpointId: z => z.string(),
        state: z => z.string(),
      },
    },
    async handler(ctx) {
      const input = ctx.input;
      const azSubnets = new Set(input.subnetIds);
      if (azSubnets.size !== input.subnetIds.length) {
        throw new InputError('subnetIds lists a subnet twice; give one subnet per AZ');
      }
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would create an endpoint to ${input.serviceName} in ${input.vpcId} (${input.accountId}, ${input.region})`,
        );
        ctx.output('endpointId', 'vpce-dry-run');
        ctx.output('state', 'dry-run');
        return;
      }
      const { ec2 } = await options.clients.forAccount(input.accountId, input.region);
      const response = await ec2.send(
        new CreateVpcEndpointCommand({
          VpcEndpointType: 'Interface',
          VpcId: input.vpcId,
          ServiceName: input.serviceName,
          SubnetIds: input.subnetIds,
          SecurityGroupIds: input.securityGroupIds,
          PrivateDnsEnabled: input.privateDnsEnabled,
          ClientToken: clientToken(ctx.task?.id ?? 'no-task', input),
          TagSpecifications: [
            {
              ResourceType: 'vpc-endpoint',
              Tags: [
                { Key: input.ownerTagKey, Value: input.owner },
                ...(input.name ? [{ Key: 'Name', Value: input.name }] : []),
              ],
            },
          ],
        }),
      );
      const endpoint = response.VpcEndpoint;
      if (!endpoint?.VpcEndpointId) {
        throw new Error('CreateVpcEndpoint answered without an endpoint id');
      }
      ctx.logger.info(`Created ${endpoint.VpcEndpointId} (${endpoint.State})`);
      ctx.output('endpointId', endpoint.VpcEndpointId);
      ctx.output('state', endpoint.State ?? 'unknown');
    },
  });
}
