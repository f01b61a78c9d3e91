import { createHash } from 'crypto';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  Subnet,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';

type VpcEndpointList = VpcEndpoint[];
import {
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  isLiveEndpointState,
  REQUEST_TAGS,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  AccountTarget,
  AwsAccessService,
  cidrWithin,
  classifyService,
  isIpv4Cidr,
  isServiceAllowed,
  RequestSettings,
  UNKNOWN_VENDOR,
  VendorConfig,
} from '@privatelink-portal/plugin-privatelink-node';
import { CatalogRefresh } from './catalogRefresh';
import { examples } from './createEndpoint.examples';
import { announceCreated, createOnce, outputDryRun } from './createOnce';
import { authorizedOwner, changeableTarget } from './targets';

/**
 * EC2's idempotency token for a request: the same task step asking for the same endpoint twice (a
 * retried step) gets the same endpoint back instead of a second one.
 */
export function clientToken(taskStep: string, input: object): string {
  return createHash('sha256')
    .update(taskStep)
    .update(JSON.stringify(input))
    .digest('hex')
    .slice(0, 64);
}

export const notFound = (error: unknown) =>
  /NotFound|Malformed/.test((error as { name?: string }).name ?? '');

/**
 * What a request must satisfy in AWS: the VPC in the account and region, subnets of that VPC in
 * distinct AZs (two at least, unless a reason is given), security groups of that VPC. Reads with
 * the inventory's read-only clients. Returns the endpoints the VPC already has to the service.
 */
async function checkNetwork(
  ec2: EC2Client,
  input: {
    accountId: string;
    region: string;
    vpcId: string;
    serviceName: string;
    subnetIds: string[];
    securityGroupIds: string[];
    singleAzReason?: string;
  },
): Promise<{ existing: VpcEndpointList; vpcCidrs: string[] }> {
  const where = `account ${input.accountId}, ${input.region}`;
  const vpcs = await ec2
    .send(new DescribeVpcsCommand({ VpcIds: [input.vpcId] }))
    .catch(error => {
      if (notFound(error)) return { Vpcs: [] };
      throw error;
    });
  if (!vpcs.Vpcs?.length)
    throw new InputError(`vpcId: ${input.vpcId} is not a VPC of ${where}`);
  const vpc = vpcs.Vpcs[0];
  const vpcCidrs = [
    ...new Set(
      [
        vpc.CidrBlock,
        ...(vpc.CidrBlockAssociationSet ?? []).map(a => a.CidrBlock),
      ].filter((c): c is string => !!c),
    ),
  ];

  const subnets: Subnet[] = [];
  for (const subnetId of input.subnetIds) {
    const found = await ec2
      .send(new DescribeSubnetsCommand({ SubnetIds: [subnetId] }))
      .catch(error => {
        if (notFound(error)) return { Subnets: [] };
        throw error;
      });
    const subnet = found.Subnets?.[0];
    if (!subnet)
      throw new InputError(
        `subnetIds: ${subnetId} is not a subnet of ${where}`,
      );
    if (subnet.VpcId !== input.vpcId) {
      throw new InputError(
        `subnetIds: ${subnetId} is in ${subnet.VpcId}, not in ${input.vpcId}`,
      );
    }
    const sameZone = subnets.find(
      s => s.AvailabilityZone === subnet.AvailabilityZone,
    );
    if (sameZone) {
      throw new InputError(
        `subnetIds: ${sameZone.SubnetId} and ${subnetId} are both in ${subnet.AvailabilityZone}: give one subnet per Availability Zone`,
      );
    }
    subnets.push(subnet);
  }
  if (subnets.length < 2 && !input.singleAzReason?.trim()) {
    throw new InputError(
      'subnetIds: an endpoint in one Availability Zone fails with it; give subnets in two AZs at least, or say why one is enough in singleAzReason',
    );
  }

  // Asked only for the groups given: an empty list would answer every group of the account.
  const groups = !input.securityGroupIds.length
    ? { SecurityGroups: [] }
    : await ec2
        .send(
          new DescribeSecurityGroupsCommand({
            GroupIds: input.securityGroupIds,
          }),
        )
        .catch(error => {
          if (notFound(error)) return { SecurityGroups: [] };
          throw error;
        });
  for (const groupId of input.securityGroupIds) {
    const group = groups.SecurityGroups?.find(g => g.GroupId === groupId);
    if (!group)
      throw new InputError(
        `securityGroupIds: ${groupId} is not a security group of ${where}`,
      );
    if (group.VpcId !== input.vpcId) {
      throw new InputError(
        `securityGroupIds: ${groupId} belongs to ${group.VpcId}, not to ${input.vpcId}`,
      );
    }
  }

  // Filtered again here: the filters narrow the answer, they are not trusted to.
  const { VpcEndpoints = [] } = await ec2.send(
    new DescribeVpcEndpointsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [input.vpcId] },
        { Name: 'service-name', Values: [input.serviceName] },
      ],
    }),
  );
  const existing = VpcEndpoints.filter(
    e =>
      e.VpcId === input.vpcId &&
      e.ServiceName === input.serviceName &&
      isLiveEndpointState(e.State),
  );
  return { existing, vpcCidrs };
}

/**
 * The least-privilege group of a request: HTTPS (443) from the given CIDRs only, tagged with its
 * owner and task. Found again by its name when a retried step created it before.
 */
async function leastPrivilegeGroup(
  ec2: EC2Client,
  request: {
    vpcId: string;
    name: string;
    cidrs: string[];
    tags: Array<{ Key: string; Value: string }>;
  },
): Promise<string> {
  const found = await ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: 'vpc-id', Values: [request.vpcId] },
        { Name: 'group-name', Values: [request.name] },
      ],
    }),
  );
  const existing = found.SecurityGroups?.find(
    g => g.GroupName === request.name && g.VpcId === request.vpcId,
  );
  if (existing?.GroupId) return existing.GroupId;
  const { GroupId } = await ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: request.name,
      Description:
        'HTTPS to a VPC endpoint requested through the PrivateLink portal',
      VpcId: request.vpcId,
      TagSpecifications: [
        { ResourceType: 'security-group', Tags: request.tags },
      ],
    }),
  );
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: request.cidrs.map(cidr => ({
            CidrIp: cidr,
            Description: 'HTTPS to the endpoint',
          })),
        },
      ],
    }),
  );
  return GroupId!;
}

/**
 * `privatelink:endpoint:create`: creates an interface VPC endpoint to a vendor's or an internal
 * endpoint service for a tenant, after checking on the server everything a request form could
 * get wrong or a requester could try: the account and region are ones the portal manages from
 * AWS, the requester is a member of the owning group (`privatelink.endpoint.create`, decided by
 * the permission framework on the initiator's credentials), the service is allowed for the tenant,
 * the VPC, subnets and security groups belong together, and the VPC has no endpoint to that service
 * yet (unless confirmed). It creates with the account's write role, tagged with owner, requester,
 * task and vendor; a retried step finds and returns what it created.
 */
export function createEndpointAction(options: {
  aws: AwsAccessService;
  accounts: AccountTarget[];
  requests: RequestSettings;
  /**
   * `privatelink.vendors`: the vendor tag of a service named there (or of an AWS service) when the
   * template gives none. Without it, no vendor tag.
   */
  vendors?: VendorConfig[];
  permissions: PermissionsService;
  userInfo: Pick<UserInfoService, 'getUserInfo'>;
  /** Asks the catalog to read the account now, so the endpoint shows within seconds. */
  refreshCatalog?: CatalogRefresh;
  /** Where the action waits for the new entity, so that its link opens it. */
  catalog?: Pick<CatalogService, 'getEntityByRef'>;
  /** How long to wait for the entity (default 60 s). */
  catalogWaitMs?: number;
}) {
  const {
    aws,
    accounts,
    requests,
    permissions,
    userInfo,
    refreshCatalog,
    catalog,
  } = options;
  const catalogWaitMs = options.catalogWaitMs ?? 60_000;
  /** The vendor group a service name alone says (AWS's, or one `privatelink.vendors` names). */
  const vendorOfName = (serviceName: string) => {
    const { vendor } = classifyService(
      serviceName,
      undefined,
      options.vendors ?? [],
      new Set(accounts.map(a => a.accountId)),
    );
    return vendor && vendor.name !== UNKNOWN_VENDOR.name
      ? vendorGroupRef(vendor.name)
      : undefined;
  };
  return createTemplateAction({
    id: 'privatelink:endpoint:create',
    description:
      'Creates an interface VPC endpoint to an endpoint service for a tenant, one subnet per AZ, with the account write role, tagged with its owner and requester.',
    supportsDryRun: true,
    examples,
    schema: {
      input: {
        accountId: z =>
          z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
        region: z => z.string().min(1),
        vpcId: z => z.string().regex(/^vpc-[0-9a-f]+$/, 'a VPC id'),
        serviceName: z => z.string().min(1),
        subnetIds: z => z.array(z.string().regex(/^subnet-[0-9a-f]+$/)).min(1),
        securityGroupIds: z =>
          z.array(z.string().regex(/^sg-[0-9a-f]+$/)).default([]),
        createSecurityGroup: z =>
          z
            .boolean({
              description:
                'Create a least-privilege group: HTTPS (443) from allowedCidrs, the VPC CIDRs by default',
            })
            .default(false),
        allowedCidrs: z => z.array(z.string()).optional(),
        owner: z => z.string().min(1),
        ownerTagKey: z => z.string().default('owner'),
        name: z => z.string().max(256).optional(),
        vendor: z => z.string().max(256).optional(),
        privateDnsEnabled: z => z.boolean().default(true),
        singleAzReason: z => z.string().max(500).optional(),
        confirmDuplicate: z => z.boolean().default(false),
      },
      output: {
        endpointId: z => z.string(),
        state: z => z.string(),
        entityRef: z => z.string(),
      },
    },
    async handler(ctx) {
      const input = ctx.input;

      // Where: an account and region this portal manages, from AWS (not a snapshot).
      changeableTarget(accounts, input, 'create endpoints');
      // The account's write role, or a refusal naming the key to set; nothing is asked of AWS yet.
      const write = await aws.forAccountWrite(input.accountId, input.region);

      // Who: a group the initiator belongs to, that the policy lets them request for.
      const { owner, requester, credentials } = await authorizedOwner({
        owner: input.owner,
        credentials: await ctx.getInitiatorCredentials(),
        userInfo,
        permissions,
      });

      // What: a service the tenant may request, in a network that holds together.
      if (!isServiceAllowed(requests, owner, input.serviceName)) {
        throw new InputError(
          `serviceName: ${owner} may not request ${input.serviceName} (privatelink.requests.allow)`,
        );
      }
      if (!input.securityGroupIds.length && !input.createSecurityGroup) {
        throw new InputError(
          'securityGroupIds: choose a security group of the VPC, or set createSecurityGroup for a least-privilege one',
        );
      }
      const badCidr = (input.allowedCidrs ?? []).find(
        cidr => !isIpv4Cidr(cidr),
      );
      if (badCidr !== undefined)
        throw new InputError(
          `allowedCidrs: '${badCidr}' is not an IPv4 CIDR block such as 10.1.0.0/16`,
        );
      if (new Set(input.subnetIds).size !== input.subnetIds.length) {
        throw new InputError(
          'subnetIds lists a subnet twice; give one subnet per AZ',
        );
      }
      const { ec2: readEc2 } = await aws.forAccount(
        input.accountId,
        input.region,
      );
      const { existing, vpcCidrs } = await checkNetwork(readEc2, input);
      const allowedCidrs = input.allowedCidrs?.length
        ? input.allowedCidrs
        : vpcCidrs;
      // Least privilege: the VPC itself, or ranges config names; never the internet.
      const sources = [...vpcCidrs, ...(requests.allowedSourceCidrs ?? [])];
      const outside = allowedCidrs.find(
        cidr => !sources.some(range => cidrWithin(cidr, range)),
      );
      if (outside !== undefined) {
        throw new InputError(
          `allowedCidrs: '${outside}' lies outside the VPC's CIDRs (${vpcCidrs.join(
            ', ',
          )})${
            requests.allowedSourceCidrs?.length
              ? ` and privatelink.requests.allowedSourceCidrs (${requests.allowedSourceCidrs.join(
                  ', ',
                )})`
              : ''
          }; a least-privilege group admits only those: choose a range inside them, or have the portal's operators add yours to privatelink.requests.allowedSourceCidrs`,
        );
      }

      const taskId = ctx.task?.id;
      if (!taskId && !ctx.isDryRun) {
        throw new InputError(
          'privatelink:endpoint:create runs in a scaffolder task: there is no task id to make the request idempotent',
        );
      }
      const taskStep = `${taskId}/${ctx.step?.id ?? 'create'}`;
      const ours = existing.find(e =>
        e.Tags?.some(t => t.Key === REQUEST_TAGS.task && t.Value === taskStep),
      );
      const others = existing.filter(e => e !== ours);
      if (!ours && others.length > 0 && !input.confirmDuplicate) {
        throw new InputError(
          `serviceName: ${input.vpcId} already has ${others
            .map(e => e.VpcEndpointId)
            .join(', ')} to ${input.serviceName}; ` +
            'set confirmDuplicate to create another',
        );
      }

      if (ctx.isDryRun) {
        outputDryRun(
          ctx,
          `an endpoint to ${input.serviceName} in ${input.vpcId} (${input.accountId}, ${input.region}) for ${owner} as ${write.roleArn}`,
        );
        return;
      }

      const token = clientToken(taskStep, input);
      const created = await createOnce(ctx, {
        key: `privatelink-create-${token}`,
        ours,
        ec2: write.ec2,
        what: `the endpoint in account ${input.accountId} (${input.region}) as ${write.roleArn}`,
        request: async () => {
          const securityGroupIds = [...input.securityGroupIds];
          if (input.createSecurityGroup) {
            securityGroupIds.push(
              await leastPrivilegeGroup(write.ec2, {
                vpcId: input.vpcId,
                name: `privatelink-${token.slice(0, 12)}`,
                cidrs: allowedCidrs,
                tags: [
                  { Key: input.ownerTagKey, Value: owner },
                  { Key: REQUEST_TAGS.task, Value: taskStep },
                  {
                    Key: 'Name',
                    Value: `${input.name ?? input.serviceName} endpoint`,
                  },
                ],
              }),
            );
          }
          const vendor = input.vendor || vendorOfName(input.serviceName);
          const tags = [
            { Key: input.ownerTagKey, Value: owner },
            { Key: REQUEST_TAGS.task, Value: taskStep },
            ...(requester
              ? [{ Key: REQUEST_TAGS.requestedBy, Value: requester }]
              : []),
            ...(vendor ? [{ Key: REQUEST_TAGS.vendor, Value: vendor }] : []),
            ...(input.name ? [{ Key: 'Name', Value: input.name }] : []),
          ];
          return {
            VpcEndpointType: 'Interface',
            VpcId: input.vpcId,
            ServiceName: input.serviceName,
            SubnetIds: input.subnetIds,
            SecurityGroupIds: securityGroupIds,
            PrivateDnsEnabled: input.privateDnsEnabled,
            ClientToken: token,
            TagSpecifications: [{ ResourceType: 'vpc-endpoint', Tags: tags }],
          };
        },
      });
      await announceCreated(ctx, created, {
        logLine: `${created.endpointId} (${
          created.state
        }) for ${owner}, requested by ${requester ?? 'a service'}`,
        accountId: input.accountId,
        credentials,
        refreshCatalog,
        catalog,
        waitMs: catalogWaitMs,
      });
    },
  });
}
