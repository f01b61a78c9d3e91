import {
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeRouteTablesCommand,
  DescribeRouteTablesCommandOutput,
  DescribeVpcEndpointsCommand,
  DescribeVpcEndpointsCommandOutput,
  DescribeVpcEndpointServicesCommand,
  DescribeVpcEndpointServicesCommandOutput,
  RouteTable,
  ServiceDetail,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';
import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  createServiceRef,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_AWS_ACCOUNT_ID,
  ANNOTATION_AWS_REGION,
  ANNOTATION_AWS_VPC_ID,
  ENDPOINT_ENTITY_TYPE,
  EndpointSecurityGroup,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  isGatewayEndpointService,
  isLiveEndpointState,
  PrivateLinkEntity,
  REQUEST_TAGS,
  RequestAccount,
  RequestEstimate,
  RequestNetworkSource,
  RequestOwner,
  RequestRouteTables,
  RequestSecurityGroup,
  RequestServiceGroup,
  RequestServices,
  RequestSubnet,
  RequestVpc,
  shortServiceName,
  VENDOR_GROUP_TYPE,
  vendorGroupRef,
  VPC_ENTITY_TYPE,
} from '@privatelink-portal/plugin-privatelink-common';
import {
  AccountTarget,
  AWS_VENDOR,
  AwsAccessService,
  awsAccessServiceRef,
  classifyService,
  isServiceAllowed,
  readRequestSettings,
  readVendors,
  readWriteRoles,
  RequestSettings,
  SnapshotReader,
  summariseRules,
  UNKNOWN_VENDOR,
  VendorConfig,
} from '@privatelink-portal/plugin-privatelink-node';
import { hourlyChargesPerMonth, monthlyCost, roundToCents } from '../pricing';
import {
  ownerOf,
  PrivateLinkEntities,
  privatelinkEntitiesServiceRef,
} from '../entities';
import { FleetService, fleetServiceRef } from '../fleet';
import { securityGroupFindings } from '../posture';
import { PrivateLinkBackendConfig, settingsServiceRef } from '../settings';

const byText =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b), 'en-US');

/**
 * What the request form offers and shows, read the way the create action checks it: accounts and
 * regions the portal manages, the user's own tenant groups, VPCs from the catalog, subnets and
 * security groups from AWS with the inventory's read-only role (from the inventory's endpoints for
 * an account read from a snapshot), the services of a region the tenant may request by vendor, and
 * the review step's estimate with the plugin's pricing.
 */
export class RequestOptionsService {
  constructor(
    private readonly deps: {
      accounts: AccountTarget[];
      writeRoles: Map<string, string>;
      requests: RequestSettings;
      /** `privatelink.vendors`, with AWS and the unmapped vendor. */
      vendors: VendorConfig[];
      entities: PrivateLinkEntities;
      catalog: CatalogService;
      userInfo: Pick<UserInfoService, 'getUserInfo'>;
      aws: AwsAccessService;
      settings: Pick<PrivateLinkBackendConfig, 'pricingFor' | 'posture'>;
      /** The fleet snapshot: what an existing endpoint costs and whether it is idle. */
      fleet: Pick<FleetService, 'rows'>;
    },
  ) {
    this.inventoried = new Set(deps.accounts.map(a => a.accountId));
  }

  /** The accounts the portal reads: a service one of them provides is ours. */
  private readonly inventoried: ReadonlySet<string>;

  accounts(): RequestAccount[] {
    return this.deps.accounts.map(a => {
      let reason: string | undefined;
      if (a.source.type === 'snapshot') {
        reason =
          'read from a snapshot of exported data: the portal cannot create endpoints there';
      } else if (!this.deps.writeRoles.has(a.accountId)) {
        reason = 'no write role (privatelink.accounts[].writeRoleArn)';
      }
      return {
        accountId: a.accountId,
        regions: a.regions,
        canRequest: !reason,
        reason,
      };
    });
  }

  private target(accountId: string, region: string): AccountTarget {
    const target = this.deps.accounts.find(a => a.accountId === accountId);
    if (!target)
      throw new InputError(
        `account: ${accountId} is not an account this portal manages`,
      );
    if (!target.regions.includes(region)) {
      throw new InputError(
        `region: ${region} is not a region this portal reads in account ${accountId}`,
      );
    }
    return target;
  }

  /** The tenant groups among the user's ownership claims (vendors left out), by title. */
  async owners(credentials: BackstageCredentials): Promise<RequestOwner[]> {
    const { ownershipEntityRefs } = await this.deps.userInfo.getUserInfo(
      credentials,
    );
    const groups = ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
    if (groups.length === 0) return [];
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      {
        entityRefs: groups,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.type',
          'spec.profile',
        ],
      },
      { credentials },
    );
    return items
      .flatMap(e => (e && e.spec?.type !== VENDOR_GROUP_TYPE ? [e] : []))
      .map(e => ({
        ref: stringifyEntityRef(e),
        title:
          (e.spec?.profile as { displayName?: string } | undefined)
            ?.displayName ??
          e.metadata.title ??
          e.metadata.name,
      }))
      .sort(byText(o => o.title));
  }

  async vpcs(
    accountId: string,
    region: string,
    credentials: BackstageCredentials,
  ): Promise<RequestVpc[]> {
    this.target(accountId, region);
    // The catalog narrows by the account and region annotations the catalog module writes on every
    // VPC (lower-case keys, which every catalog client matches; spec.vpc.accountId is not matched
    // by every client), so a request reads one account-region's VPCs, not the fleet's; the parsed
    // contract has the last word.
    const { entities } = await this.deps.entities.matching(
      {
        'spec.type': VPC_ENTITY_TYPE,
        [`metadata.annotations.${ANNOTATION_AWS_ACCOUNT_ID}`]: accountId,
        [`metadata.annotations.${ANNOTATION_AWS_REGION}`]: region,
      },
      credentials,
    );
    return entities
      .flatMap(item =>
        item.kind === 'vpc' &&
        item.vpc.accountId === accountId &&
        item.vpc.region === region
          ? [item]
          : [],
      )
      .map(item => ({
        vpcId: item.vpc.vpcId,
        entityRef: item.entityRef,
        title: item.entity.metadata.title ?? item.vpc.vpcId,
        owner: ownerOf(item),
        cidrBlocks: item.vpc.cidrBlocks,
        isDefault: item.vpc.isDefault,
      }))
      .sort(byText(v => v.title));
  }

  /**
   * The endpoint services the catalog has in a region (the region annotation the catalog module
   * writes on every service entity narrows the catalog's answer to one region's).
   */
  private servicesIn(region: string, credentials: BackstageCredentials) {
    return this.deps.entities.matching(
      {
        'spec.type': ENDPOINT_SERVICE_ENTITY_TYPE,
        [`metadata.annotations.${ANNOTATION_AWS_REGION}`]: region,
      },
      credentials,
    );
  }

  /**
   * The endpoints of a VPC the inventory knows, for what a snapshot account's network has. The
   * catalog narrows by the account and VPC annotations the catalog module writes on every endpoint
   * (lower-case keys, which every catalog client matches), so a request reads one VPC's endpoints,
   * not a region's; the parsed contract has the last word.
   */
  private async endpointsIn(
    accountId: string,
    region: string,
    vpcId: string,
    credentials: BackstageCredentials,
  ) {
    const { entities } = await this.deps.entities.matching(
      {
        'spec.type': ENDPOINT_ENTITY_TYPE,
        [`metadata.annotations.${ANNOTATION_AWS_ACCOUNT_ID}`]: accountId,
        [`metadata.annotations.${ANNOTATION_AWS_VPC_ID}`]: vpcId,
      },
      credentials,
    );
    return entities.flatMap(item =>
      item.kind === 'endpoint' &&
      item.endpoint.accountId === accountId &&
      item.endpoint.region === region &&
      item.endpoint.vpcId === vpcId
        ? [item]
        : [],
    );
  }

  async subnets(
    accountId: string,
    region: string,
    vpcId: string,
    credentials: BackstageCredentials,
  ): Promise<{ source: RequestNetworkSource; subnets: RequestSubnet[] }> {
    const target = this.target(accountId, region);
    let subnets: RequestSubnet[];
    let source: RequestNetworkSource;
    if (target.source.type === 'aws') {
      const { ec2 } = await this.deps.aws.forAccount(accountId, region);
      const answer = await ec2.send(
        new DescribeSubnetsCommand({
          Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
        }),
      );
      subnets = (answer.Subnets ?? [])
        .filter(s => s.VpcId === vpcId)
        .map(s => ({
          subnetId: s.SubnetId!,
          availabilityZone: s.AvailabilityZone,
          cidrBlock: s.CidrBlock,
          name: s.Tags?.find(t => t.Key === 'Name')?.Value,
        }));
      source = 'aws';
    } else {
      const seen = new Map<string, RequestSubnet>();
      for (const { endpoint } of await this.endpointsIn(
        accountId,
        region,
        vpcId,
        credentials,
      )) {
        for (const s of endpoint.subnets)
          seen.set(s.subnetId, {
            subnetId: s.subnetId,
            availabilityZone: s.availabilityZone,
          });
      }
      subnets = [...seen.values()];
      source = 'inventory';
    }
    return {
      source,
      subnets: subnets.sort(
        byText(s => `${s.availabilityZone ?? ''} ${s.subnetId}`),
      ),
    };
  }

  /**
   * A VPC's security groups (DescribeSecurityGroups with the read role; a snapshot account's,
   * from its endpoints in the inventory), each with what the portal's security group checks
   * would find on an endpoint to `serviceName` that used it: the picker marks a group open to
   * the internet before anyone chooses it.
   */
  async securityGroups(
    accountId: string,
    region: string,
    vpcId: string,
    credentials: BackstageCredentials,
    serviceName?: string,
  ): Promise<{
    source: RequestNetworkSource;
    securityGroups: RequestSecurityGroup[];
  }> {
    const target = this.target(accountId, region);
    let groups: EndpointSecurityGroup[];
    let descriptions = new Map<string, string | undefined>();
    let source: RequestNetworkSource;
    if (target.source.type === 'aws') {
      const { ec2 } = await this.deps.aws.forAccount(accountId, region);
      const answer = await ec2.send(
        new DescribeSecurityGroupsCommand({
          Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
        }),
      );
      const described = (answer.SecurityGroups ?? []).filter(
        g => g.VpcId === vpcId && g.GroupId,
      );
      groups = described.map(g => ({
        groupId: g.GroupId!,
        ...(g.GroupName ? { groupName: g.GroupName } : {}),
        inboundRules: summariseRules(g.IpPermissions),
      }));
      descriptions = new Map(described.map(g => [g.GroupId!, g.Description]));
      source = 'aws';
    } else {
      const seen = new Map<string, EndpointSecurityGroup>();
      for (const { endpoint } of await this.endpointsIn(
        accountId,
        region,
        vpcId,
        credentials,
      )) {
        for (const g of endpoint.securityGroups) seen.set(g.groupId, g);
      }
      groups = [...seen.values()];
      source = 'inventory';
    }
    const vendor = serviceName
      ? classifyService(
          serviceName,
          undefined,
          this.deps.vendors,
          new Set<string>(),
        ).vendor?.name
      : undefined;
    return {
      source,
      securityGroups: groups
        .map(g => {
          const description = descriptions.get(g.groupId);
          return {
            groupId: g.groupId,
            ...(g.groupName ? { groupName: g.groupName } : {}),
            ...(description ? { description } : {}),
            ...(g.inboundRules
              ? {
                  findings: securityGroupFindings(
                    g,
                    { serviceName, region, vendor },
                    this.deps.settings.posture,
                  ),
                }
              : {}),
          };
        })
        .sort(byText(g => g.groupName ?? g.groupId)),
    };
  }

  /**
   * A VPC's route tables for a gateway endpoint: the main one marked, each with its subnets and
   * the gateway endpoints it already routes through (DescribeRouteTables and DescribeVpcEndpoints
   * with the read role; the exports of a snapshot account).
   */
  async routeTables(
    accountId: string,
    region: string,
    vpcId: string,
  ): Promise<RequestRouteTables> {
    const target = this.target(accountId, region);
    let tables: RouteTable[];
    let endpoints: VpcEndpoint[];
    if (target.source.type === 'snapshot') {
      const reader = new SnapshotReader(target.source.path);
      const [exportedTables, exportedEndpoints] = await Promise.all([
        reader.read<DescribeRouteTablesCommandOutput>(
          accountId,
          region,
          'describe-route-tables',
          { listKey: 'RouteTables' },
        ),
        reader.read<DescribeVpcEndpointsCommandOutput>(
          accountId,
          region,
          'describe-vpc-endpoints',
          { listKey: 'VpcEndpoints' },
        ),
      ]);
      tables = exportedTables?.RouteTables ?? [];
      endpoints = exportedEndpoints?.VpcEndpoints ?? [];
    } else {
      const { ec2 } = await this.deps.aws.forAccount(accountId, region);
      const filter = [{ Name: 'vpc-id', Values: [vpcId] }];
      const [answer, gateways] = await Promise.all([
        ec2.send(new DescribeRouteTablesCommand({ Filters: filter })),
        ec2.send(
          new DescribeVpcEndpointsCommand({
            Filters: [
              ...filter,
              { Name: 'vpc-endpoint-type', Values: ['Gateway'] },
            ],
          }),
        ),
      ]);
      tables = answer.RouteTables ?? [];
      endpoints = gateways.VpcEndpoints ?? [];
    }
    const gateways = endpoints.filter(
      e =>
        e.VpcId === vpcId &&
        e.VpcEndpointType === 'Gateway' &&
        isLiveEndpointState(e.State),
    );
    return {
      source: target.source.type === 'aws' ? 'aws' : 'snapshot',
      routeTables: tables
        .filter(t => t.VpcId === vpcId && t.RouteTableId)
        .map(t => {
          const name = t.Tags?.find(tag => tag.Key === 'Name')?.Value;
          return {
            routeTableId: t.RouteTableId!,
            ...(name ? { name } : {}),
            main: !!t.Associations?.some(a => a.Main),
            subnetIds: (t.Associations ?? []).flatMap(a =>
              a.SubnetId ? [a.SubnetId] : [],
            ),
            gatewayEndpoints: gateways
              .filter(e => e.RouteTableIds?.includes(t.RouteTableId!))
              .map(e => ({
                endpointId: e.VpcEndpointId!,
                serviceName: e.ServiceName!,
              })),
          };
        })
        .sort(
          (a, b) =>
            Number(b.main) - Number(a.main) ||
            a.routeTableId.localeCompare(b.routeTableId, 'en-US'),
        ),
    };
  }

  /**
   * The endpoint services the region offers the account, as the create action would find them:
   * DescribeVpcEndpointServices with the account's read role (the exported list for an account
   * read from a snapshot). AWS's services, the vendors' services the account may use and our own,
   * narrowed by `privatelink.requests.allow` for the owner, grouped by vendor, each with an
   * interface endpoint's monthly charge per AZ before traffic. Gateway services (S3 and DynamoDB
   * also offer one) are left out: the create action makes interface endpoints.
   */
  async services(
    accountId: string,
    region: string,
    owner: string,
    credentials: BackstageCredentials,
  ): Promise<RequestServices> {
    const target = this.target(accountId, region);
    const [offered, catalogued] = await Promise.all([
      this.offeredServices(target, region),
      this.servicesIn(region, credentials),
    ]);
    const entityOf = new Map(
      catalogued.entities.flatMap(item =>
        item.kind === 'service' && item.service.region === region
          ? [[item.service.serviceName, item] as const]
          : [],
      ),
    );
    const pricing = this.deps.settings.pricingFor(region);
    const monthlyUsdPerAz = roundToCents(
      hourlyChargesPerMonth(pricing.interfaceEndpointHourly),
    );
    const groups = new Map<string, RequestServiceGroup>();
    const listed = new Set<string>();
    for (const details of offered) {
      const serviceName = details.ServiceName;
      // S3 offers an interface and a gateway endpoint: one entry, or two, whose types say so.
      const serviceType = 'Interface' as const;
      if (
        !serviceName ||
        listed.has(serviceName) ||
        !details.ServiceType?.some(t => t.ServiceType === serviceType)
      )
        continue;
      if (!isServiceAllowed(this.deps.requests, owner, serviceName)) continue;
      listed.add(serviceName);
      const entity = entityOf.get(serviceName);
      const { vendorRef, vendorTitle } = this.vendorOf(
        serviceName,
        details.Owner,
        entity,
      );
      const group = groups.get(vendorTitle) ?? {
        ...(vendorRef ? { vendorRef } : {}),
        vendorTitle,
        services: [],
      };
      group.services.push({
        serviceName,
        title:
          entity?.entity.metadata.title ??
          (details.Owner === 'amazon'
            ? shortServiceName(serviceName, region)
            : serviceName),
        serviceType,
        ...(details.Owner ? { owner: details.Owner } : {}),
        ...(details.AcceptanceRequired !== undefined
          ? { acceptanceRequired: details.AcceptanceRequired }
          : {}),
        ...(details.PrivateDnsName
          ? { privateDnsName: details.PrivateDnsName }
          : {}),
        ...(entity ? { entityRef: entity.entityRef } : {}),
        monthlyUsdPerAz,
      });
      groups.set(vendorTitle, group);
    }
    const source = target.source.type === 'aws' ? 'aws' : 'snapshot';
    return {
      source,
      note:
        source === 'aws'
          ? `What ${region} offers account ${accountId} now (DescribeVpcEndpointServices).`
          : `From the export of account ${accountId} (describe-vpc-endpoint-services.json): what ${region} offered when it was exported.`,
      groups: [...groups.values()]
        .map(g => ({ ...g, services: g.services.sort(byText(s => s.title)) }))
        .sort(
          (a, b) =>
            Number(b.vendorTitle === AWS_VENDOR.title) -
              Number(a.vendorTitle === AWS_VENDOR.title) ||
            a.vendorTitle.localeCompare(b.vendorTitle, 'en-US'),
        ),
    };
  }

  /** DescribeVpcEndpointServices of the account and region, every page; or the exported list. */
  private async offeredServices(
    target: AccountTarget,
    region: string,
  ): Promise<ServiceDetail[]> {
    if (target.source.type === 'snapshot') {
      const exported = await new SnapshotReader(
        target.source.path,
      ).read<DescribeVpcEndpointServicesCommandOutput>(
        target.accountId,
        region,
        'describe-vpc-endpoint-services',
        { listKey: 'ServiceDetails' },
      );
      return exported?.ServiceDetails ?? [];
    }
    const { ec2 } = await this.deps.aws.forAccount(target.accountId, region);
    const details: ServiceDetail[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ec2.send(
        new DescribeVpcEndpointServicesCommand({ MaxResults: 1000, NextToken }),
      );
      details.push(...(page.ServiceDetails ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    return details;
  }

  /**
   * Whose a service is: what its catalog entity says (the vendor group the catalog module mapped
   * it to, or the team of ours that provides it); without one, what `privatelink.vendors` and
   * the provider account say (AWS, a configured vendor, one of our accounts, or nobody mapped).
   */
  private vendorOf(
    serviceName: string,
    providerAccount: string | undefined,
    entity?: Extract<PrivateLinkEntity, { kind: 'service' }>,
  ): { vendorRef?: string; vendorTitle: string } {
    const team = entity ? ownerOf(entity) : undefined;
    if (entity && team) {
      const name = parseEntityRef(team).name;
      return {
        vendorRef: team,
        vendorTitle:
          entity.service.vendor ??
          (entity.service.origin === 'internal' ? `internal (${name})` : name),
      };
    }
    const { origin, vendor } = classifyService(
      serviceName,
      providerAccount,
      this.deps.vendors,
      this.inventoried,
    );
    if (origin === 'internal') {
      return { vendorTitle: `internal (account ${providerAccount})` };
    }
    const known = vendor ?? UNKNOWN_VENDOR;
    return { vendorRef: vendorGroupRef(known.name), vendorTitle: known.title };
  }

  /**
   * The endpoints a request would duplicate, each with what the fleet snapshot says it costs a
   * month and whether it is idle (no figures for one the last evaluation has not seen yet).
   */
  private async withFigures(
    duplicates: Array<Extract<PrivateLinkEntity, { kind: 'endpoint' }>>,
    cell: { accountId: string; region: string },
  ): Promise<RequestEstimate['duplicates']> {
    if (duplicates.length === 0) return [];
    const { rows: inCell } = await this.deps.fleet.rows({
      account: cell.accountId,
      region: cell.region,
    });
    const rows = new Map(inCell.map(r => [r.entityRef, r]));
    return duplicates.map(e => {
      const row = rows.get(e.entityRef);
      return {
        entityRef: e.entityRef,
        endpointId: e.endpoint.endpointId,
        owner: ownerOf(e),
        ...(row
          ? {
              monthlyCostUsd: row.monthlyCostUsd,
              idle: row.idle,
              idleMonthlyUsd: row.idleMonthlyUsd,
            }
          : {}),
      };
    });
  }

  /**
   * The review step: the monthly estimate before any traffic (an interface endpoint's hourly
   * charge in `azCount` AZs, data per GB on top; a gateway endpoint costs nothing), the tags the
   * action will apply, and the endpoints of the same type the VPC already has to the service.
   */
  async estimate(
    input: {
      accountId: string;
      region: string;
      vpcId: string;
      serviceName: string;
      owner: string;
      endpointType?: 'Interface' | 'Gateway';
      azCount: number;
      ownerTagKey: string;
      name?: string;
    },
    credentials: BackstageCredentials,
  ): Promise<RequestEstimate> {
    this.target(input.accountId, input.region);
    const endpointType = input.endpointType ?? 'Interface';
    const pricing = this.deps.settings.pricingFor(input.region);
    const cost = monthlyCost({
      endpointType,
      azCount: input.azCount,
      bytesPerMonth: undefined,
      pricing,
    });
    const [{ userEntityRef }, services, endpoints, vpcs, team] =
      await Promise.all([
        this.deps.userInfo.getUserInfo(credentials),
        this.servicesIn(input.region, credentials),
        this.endpointsIn(
          input.accountId,
          input.region,
          input.vpcId,
          credentials,
        ),
        this.vpcs(input.accountId, input.region, credentials),
        this.deps.catalog.getEntityByRef(input.owner, { credentials }),
      ]);
    const service = services.entities.find(
      (s): s is Extract<PrivateLinkEntity, { kind: 'service' }> =>
        s.kind === 'service' &&
        (s.service.serviceName === input.serviceName ||
          s.entityRef === input.serviceName),
    );
    // An entity ref (of a catalog service), a service name, or a gateway service's short name.
    const serviceName =
      service?.service.serviceName ??
      (endpointType === 'Gateway' && isGatewayEndpointService(input.serviceName)
        ? `com.amazonaws.${input.region}.${input.serviceName}`
        : input.serviceName);
    const vendorRef = service
      ? ownerOf(service)
      : this.vendorOf(serviceName, undefined).vendorRef;
    const perGbUsd =
      endpointType === 'Gateway' ? 0 : pricing.interfaceDataTiers[0].perGb;
    const vpcTitle = vpcs.find(v => v.vpcId === input.vpcId)?.title;
    return {
      titles: {
        owner: team?.metadata.title ?? team?.metadata.name ?? input.owner,
        vpc:
          vpcTitle && vpcTitle !== input.vpcId
            ? `${vpcTitle} (${input.vpcId})`
            : input.vpcId,
        service: service?.entity.metadata.title ?? serviceName,
      },
      monthlyUsd: cost.total,
      perGbUsd,
      formula:
        endpointType === 'Gateway'
          ? cost.formula
          : `${cost.formula}; each GB processed adds $${perGbUsd}`,
      tags: {
        [input.ownerTagKey]: input.owner,
        [REQUEST_TAGS.requestedBy]: userEntityRef,
        ...(vendorRef ? { [REQUEST_TAGS.vendor]: vendorRef } : {}),
        ...(input.name ? { Name: input.name } : {}),
      },
      duplicates: await this.withFigures(
        endpoints.filter(
          e =>
            e.endpoint.serviceName === serviceName &&
            e.endpoint.endpointType === endpointType &&
            isLiveEndpointState(e.endpoint.state),
        ),
        input,
      ),
    };
  }
}

/** The request form's options, from the portal's config, the catalog and AWS. */
export const requestOptionsServiceRef = createServiceRef<RequestOptionsService>(
  {
    id: 'privatelink.requests',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          entities: privatelinkEntitiesServiceRef,
          catalog: catalogServiceRef,
          userInfo: coreServices.userInfo,
          aws: awsAccessServiceRef,
          settings: settingsServiceRef,
          fleet: fleetServiceRef,
        },
        factory: ({
          config,
          entities,
          catalog,
          userInfo,
          aws,
          settings,
          fleet,
        }) =>
          new RequestOptionsService({
            accounts: settings.accounts,
            writeRoles: readWriteRoles(config),
            requests: readRequestSettings(config),
            vendors: readVendors(config),
            entities,
            catalog,
            userInfo,
            aws,
            settings,
            fleet,
          }),
      }),
  },
);
