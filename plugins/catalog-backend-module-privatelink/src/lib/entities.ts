import type {
  Vpc,
  SecurityGroup,
  ServiceConfiguration,
  ServiceDetail,
  Tag,
  VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { JsonObject } from '@backstage/types';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import {
  ANNOTATION_AWS_ACCOUNT_ID,
  ANNOTATION_OWNER_SOURCE,
  ANNOTATION_AWS_REGION,
  ANNOTATION_AWS_VPC_ID,
  ANNOTATION_VPC_ENDPOINT_ID,
  ANNOTATION_VPC_ENDPOINT_SERVICE_ID,
  ANNOTATION_VPC_ENDPOINT_SERVICE_NAME,
  ConsumedServiceDetails,
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  EndpointSecurityGroup,
  EndpointType,
  endpointServiceEntityRef,
  LABEL_ENDPOINT_TYPE,
  LABEL_REGION,
  LABEL_SERVICE_ORIGIN,
  LABEL_STATE,
  LABEL_VENDOR,
  VpcEndpointDetails,
  VpcEndpointServiceDetails,
  endpointServiceEntityName,
  shortServiceName,
  vendorGroupRef,
  VpcDetails,
  vpcEntityRef,
  VPC_ENTITY_TYPE,
} from '@privatelink-portal/plugin-privatelink-common';
import { RegionInventory } from './inventory';
import { OwnershipConfig, resolveOwner } from './owner';
import { summariseRules } from '@privatelink-portal/plugin-privatelink-node';
import {
  classifyService,
  UNKNOWN_VENDOR,
  VendorConfig,
} from '@privatelink-portal/plugin-privatelink-node';

/** What the mapping needs besides the inventory itself. */
export interface MappingContext {
  ownership: OwnershipConfig;
  vendors: VendorConfig[];
  /** Accounts the portal inventories: their services are `internal`. */
  inventoriedAccountIds: ReadonlySet<string>;
  /** `backstage.io/managed-by-location` of everything this mapping emits. */
  location: string;
  /** Told of AWS data that was refused or left out, for the refresh to log and report. */
  report?: (problem: MappingProblem) => void;
}

/** AWS data the mapping refused: a resource left out, or a tag not used, and why. */
export interface MappingProblem {
  region: string;
  /** The AWS id of the resource. */
  resource: string;
  problem: string;
}

/** What the contract and the catalog accept as an endpoint id, and so as its entity name. */
const ENDPOINT_ID = /^vpce-[0-9a-z]{1,58}$/;
/** ... and as a VPC id. */
const VPC_ID = /^vpc-[0-9a-z]{1,59}$/;

/** Reports the owner tags `resolveOwner` refused, naming the owner that decided instead. */
function reportRefusedOwnerTags(
  context: MappingContext,
  region: string,
  resource: string,
  resolved: ReturnType<typeof resolveOwner>,
) {
  for (const tag of resolved.refused) {
    context.report?.({
      region,
      resource,
      problem: `owner tag ${tag.key} refused (${tag.reason}); owned by ${resolved.owner} from ${resolved.source}`,
    });
  }
}

/** A date from the SDK (`Date`) or from a CLI export (ISO text), as ISO text. */
export function toIsoTime(
  value: Date | string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function tagMap(tags: Tag[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key) map[tag.Key] = tag.Value ?? '';
  return map;
}

/** Lower-cased label value, with characters labels may not hold replaced. */
function labelValue(value: string): string {
  return value
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9._-]+/g, '-')
    .slice(0, 63)
    .replace(/^[-_.]+|[-_.]+$/g, '');
}

/** The policy document as JSON: AWS sends text; an export may hold it already parsed. */
function parsePolicy(document: unknown): unknown {
  if (!document) return undefined;
  if (typeof document !== 'string') return document;
  try {
    return JSON.parse(document);
  } catch {
    return document; // keep what AWS returned; the posture check reports it as unparsable
  }
}

function endpointTypeOf(value: string | undefined): EndpointType {
  if (value === 'Gateway' || value === 'GatewayLoadBalancer') return value;
  return 'Interface';
}

export function consumedServiceDetails(
  serviceName: string,
  detail: ServiceDetail | undefined,
): ConsumedServiceDetails {
  return {
    serviceName,
    serviceId: detail?.ServiceId,
    owner: detail?.Owner,
    serviceType: detail?.ServiceType?.[0]?.ServiceType
      ? endpointTypeOf(detail.ServiceType[0].ServiceType)
      : undefined,
    acceptanceRequired: detail?.AcceptanceRequired,
    privateDnsName: detail?.PrivateDnsName,
    availabilityZones: detail?.AvailabilityZones,
  };
}

function locationAnnotations(location: string) {
  return {
    [ANNOTATION_LOCATION]: location,
    [ANNOTATION_ORIGIN_LOCATION]: location,
  };
}

/** One VPC endpoint as a `Resource` entity of type `aws-vpc-endpoint`. */
export function mapEndpoint(
  endpoint: VpcEndpoint,
  inventory: RegionInventory,
  indexes: InventoryIndexes,
  context: MappingContext,
): Entity {
  const { accountId, region } = inventory;
  const endpointId = endpoint.VpcEndpointId!;
  const serviceName = endpoint.ServiceName ?? '';
  const tags = tagMap(endpoint.Tags);
  const vpcId = endpoint.VpcId ?? '';
  const endpointType = endpointTypeOf(endpoint.VpcEndpointType);
  const detail = indexes.serviceDetails.get(serviceName);
  const service = consumedServiceDetails(serviceName, detail);
  const { origin, vendor } = classifyService(
    serviceName,
    service.owner,
    context.vendors,
    context.inventoriedAccountIds,
  );
  const resolved = resolveOwner(
    { tags, accountId, region, vpcId },
    context.ownership,
  );
  reportRefusedOwnerTags(context, region, endpointId, resolved);
  const { owner, source } = resolved;
  const state = endpoint.State ?? 'unknown';

  const securityGroups: EndpointSecurityGroup[] = (endpoint.Groups ?? []).map(
    g => {
      const described = g.GroupId
        ? indexes.securityGroups.get(g.GroupId)
        : undefined;
      return {
        groupId: g.GroupId ?? '',
        groupName: g.GroupName ?? described?.GroupName,
        inboundRules: described
          ? summariseRules(described.IpPermissions)
          : undefined,
      };
    },
  );
  const interfaceIds = endpoint.NetworkInterfaceIds ?? [];
  const interfaces = interfaceIds
    .map(id => indexes.networkInterfaces.get(id))
    .filter(Boolean);
  const subnetIds = endpoint.SubnetIds ?? [];
  const subnets = subnetIds.map(subnetId => {
    const eni = interfaces.find(i => i!.SubnetId === subnetId);
    // Which interface is in which subnet is known from described interfaces (snapshots), or
    // when there is only one of each.
    const networkInterfaceId =
      eni?.NetworkInterfaceId ??
      (subnetIds.length === 1 && interfaceIds.length === 1
        ? interfaceIds[0]
        : undefined);
    return {
      subnetId,
      availabilityZone:
        indexes.subnets.get(subnetId)?.AvailabilityZone ??
        eni?.AvailabilityZone,
      ...(networkInterfaceId ? { networkInterfaceId } : {}),
    };
  });
  const routeTables = (endpoint.RouteTableIds ?? []).map(routeTableId => {
    const table = indexes.routeTables.get(routeTableId);
    return {
      routeTableId,
      subnetIds: (table?.Associations ?? [])
        .map(a => a.SubnetId)
        .filter((s): s is string => !!s),
      main: (table?.Associations ?? []).some(a => a.Main),
    };
  });

  const details: VpcEndpointDetails = {
    endpointId,
    endpointType,
    state,
    accountId,
    region,
    vpcId,
    serviceName,
    serviceOrigin: origin,
    vendor: vendor?.name,
    createdAt: toIsoTime(endpoint.CreationTimestamp),
    privateDnsEnabled:
      endpointType === 'Interface'
        ? endpoint.PrivateDnsEnabled ?? false
        : undefined,
    dnsNames: (endpoint.DnsEntries ?? [])
      .map(d => d.DnsName ?? '')
      .filter(Boolean),
    subnets,
    securityGroups,
    routeTables,
    policy: parsePolicy(endpoint.PolicyDocument),
    tags,
    service,
    ownerSource: source,
  };

  let serviceLabel = serviceName;
  if (origin === 'aws') serviceLabel = shortServiceName(serviceName, region);
  else if (origin === 'vendor' && vendor) serviceLabel = vendor.title;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: endpointId,
      title: tags.Name || `${serviceLabel} endpoint in ${vpcId}`,
      description: `${endpointType} VPC endpoint to ${serviceName} in account ${accountId}, ${region}.`,
      annotations: {
        ...locationAnnotations(context.location),
        [ANNOTATION_AWS_ACCOUNT_ID]: accountId,
        [ANNOTATION_AWS_REGION]: region,
        [ANNOTATION_AWS_VPC_ID]: vpcId,
        [ANNOTATION_VPC_ENDPOINT_ID]: endpointId,
        [ANNOTATION_VPC_ENDPOINT_SERVICE_NAME]: serviceName,
        [ANNOTATION_OWNER_SOURCE]: source,
      },
      labels: {
        [LABEL_ENDPOINT_TYPE]: labelValue(endpointType),
        [LABEL_REGION]: region,
        [LABEL_STATE]: labelValue(state),
        [LABEL_SERVICE_ORIGIN]: origin,
        ...(vendor ? { [LABEL_VENDOR]: vendor.name } : {}),
      },
      tags: ['aws', 'privatelink', labelValue(endpointType)],
    },
    spec: {
      type: ENDPOINT_ENTITY_TYPE,
      owner,
      // Its service, and the VPC it sits in (the graph runs tenant, VPC, endpoint, service, vendor).
      dependsOn: [
        endpointServiceEntityRef(serviceName),
        ...(indexes.vpcIds.has(vpcId) ? [vpcEntityRef(vpcId)] : []),
      ],
      endpoint: details as unknown as JsonObject,
    },
  };
}

/** An endpoint service one of the inventoried accounts provides, with its consumers. */
export function mapProvidedService(
  configuration: ServiceConfiguration,
  inventory: RegionInventory,
  context: MappingContext,
): Entity {
  const { accountId, region } = inventory;
  const serviceName = configuration.ServiceName ?? '';
  const serviceId = configuration.ServiceId ?? '';
  const tags = tagMap(configuration.Tags);
  const resolved = resolveOwner({ tags, accountId, region }, context.ownership);
  reportRefusedOwnerTags(
    context,
    region,
    configuration.ServiceId ?? serviceName,
    resolved,
  );
  const { owner, source } = resolved;
  const connections = inventory.connections
    ?.filter(c => c.ServiceId === serviceId)
    .map(c => ({
      endpointId: c.VpcEndpointId ?? '',
      endpointOwner: c.VpcEndpointOwner ?? '',
      state: c.VpcEndpointState ?? 'unknown',
      createdAt: toIsoTime(c.CreationTimestamp),
      inInventory: context.inventoriedAccountIds.has(c.VpcEndpointOwner ?? ''),
    }))
    .sort((a, b) => a.endpointId.localeCompare(b.endpointId));
  const details: VpcEndpointServiceDetails = {
    serviceName,
    serviceId,
    serviceType: endpointTypeOf(configuration.ServiceType?.[0]?.ServiceType),
    origin: 'internal',
    region,
    owner: accountId,
    state: configuration.ServiceState,
    acceptanceRequired: configuration.AcceptanceRequired,
    privateDnsName: configuration.PrivateDnsName,
    availabilityZones: configuration.AvailabilityZones,
    provider: {
      accountId,
      networkLoadBalancerArns: configuration.NetworkLoadBalancerArns ?? [],
      gatewayLoadBalancerArns: configuration.GatewayLoadBalancerArns ?? [],
      allowedPrincipals: inventory.allowedPrincipals[serviceId]
        ?.map(p => p.Principal ?? '')
        .filter(Boolean)
        .sort(),
      connections,
      tags,
      ownerSource: source,
    },
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: endpointServiceEntityName(serviceName),
      title: tags.Name || `${serviceId} (${region})`,
      description: `Endpoint service ${serviceName} provided by account ${accountId}, ${region}.`,
      annotations: {
        ...locationAnnotations(context.location),
        [ANNOTATION_AWS_ACCOUNT_ID]: accountId,
        [ANNOTATION_AWS_REGION]: region,
        [ANNOTATION_VPC_ENDPOINT_SERVICE_NAME]: serviceName,
        [ANNOTATION_VPC_ENDPOINT_SERVICE_ID]: serviceId,
        [ANNOTATION_OWNER_SOURCE]: source,
      },
      labels: {
        [LABEL_REGION]: region,
        [LABEL_STATE]: labelValue(configuration.ServiceState ?? 'unknown'),
        [LABEL_SERVICE_ORIGIN]: 'internal',
      },
      tags: ['aws', 'privatelink', 'endpoint-service'],
    },
    spec: {
      type: ENDPOINT_SERVICE_ENTITY_TYPE,
      owner,
      endpointService: details as unknown as JsonObject,
    },
  };
}

/**
 * The entity of a service that endpoints consume but no inventoried account provides (AWS,
 * vendors, unmapped), built only from account-independent facts so that every consumer agrees.
 */
export function mapConsumedService(
  endpoint: Pick<
    VpcEndpointDetails,
    'serviceName' | 'region' | 'serviceOrigin' | 'vendor' | 'service'
  >,
  vendors: VendorConfig[],
  location: string,
): Entity {
  const { serviceName, region, serviceOrigin } = endpoint;
  const vendor =
    vendors.find(v => v.name === endpoint.vendor) ?? UNKNOWN_VENDOR;
  const service = endpoint.service;
  const details: VpcEndpointServiceDetails = {
    serviceName,
    serviceId: service?.serviceId,
    serviceType: service?.serviceType,
    origin: serviceOrigin,
    region,
    vendor: vendor.name,
    owner: service?.owner,
    acceptanceRequired: service?.acceptanceRequired,
    privateDnsName: service?.privateDnsName,
  };
  const title =
    serviceOrigin === 'aws'
      ? `AWS ${shortServiceName(serviceName, region)} (${region})`
      : `${vendor.title} ${service?.serviceId ?? serviceName} (${region})`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: endpointServiceEntityName(serviceName),
      title,
      description: `Endpoint service ${serviceName}, provided by ${vendor.title}.`,
      annotations: {
        ...locationAnnotations(location),
        [ANNOTATION_AWS_REGION]: region,
        [ANNOTATION_VPC_ENDPOINT_SERVICE_NAME]: serviceName,
        ...(service?.serviceId
          ? { [ANNOTATION_VPC_ENDPOINT_SERVICE_ID]: service.serviceId }
          : {}),
      },
      labels: {
        [LABEL_REGION]: region,
        [LABEL_SERVICE_ORIGIN]: serviceOrigin,
        [LABEL_VENDOR]: vendor.name,
      },
      tags: ['aws', 'privatelink', 'endpoint-service'],
    },
    spec: {
      type: ENDPOINT_SERVICE_ENTITY_TYPE,
      owner: vendorGroupRef(vendor.name),
      endpointService: details as unknown as JsonObject,
    },
  };
}

/** A vendor from config as a `Group` entity of type `vendor`. */
export function mapVendor(vendor: VendorConfig, location: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: vendor.name,
      title: vendor.title,
      description: vendor.description,
      annotations: locationAnnotations(location),
      links: vendor.links.map(l => ({ url: l.url, title: l.title })),
      ...(vendor.connectionModel
        ? {
            labels: {
              'privatelink.aws/connection-model': labelValue(
                vendor.connectionModel,
              ),
            },
          }
        : {}),
    },
    spec: {
      type: 'vendor',
      profile: { displayName: vendor.title },
      children: [],
    },
  };
}

/** Lookup tables over one region's inventory, built once per region. */
export interface InventoryIndexes {
  /** The VPCs DescribeVpcs listed: an endpoint relates to its VPC entity only when there is one. */
  vpcIds: Set<string>;
  serviceDetails: Map<string, ServiceDetail>;
  securityGroups: Map<string, SecurityGroup>;
  routeTables: Map<string, NonNullable<RegionInventory['routeTables'][number]>>;
  networkInterfaces: Map<
    string,
    NonNullable<RegionInventory['networkInterfaces'][number]>
  >;
  subnets: Map<string, NonNullable<RegionInventory['subnets'][number]>>;
}

export function indexInventory(inventory: RegionInventory): InventoryIndexes {
  return {
    vpcIds: new Set(inventory.vpcs.map(v => v.VpcId ?? '')),
    serviceDetails: new Map(
      inventory.serviceDetails.map(s => [s.ServiceName ?? '', s]),
    ),
    securityGroups: new Map(
      inventory.securityGroups.map(g => [g.GroupId ?? '', g]),
    ),
    routeTables: new Map(
      inventory.routeTables.map(t => [t.RouteTableId ?? '', t]),
    ),
    networkInterfaces: new Map(
      inventory.networkInterfaces.map(n => [n.NetworkInterfaceId ?? '', n]),
    ),
    subnets: new Map(inventory.subnets.map(n => [n.SubnetId ?? '', n])),
  };
}

/** A VPC as a `Resource` entity of type `aws-vpc`, owned like endpoints are. */
export function mapVpc(
  vpc: Vpc,
  inventory: RegionInventory,
  context: MappingContext,
): Entity {
  const { accountId, region } = inventory;
  const vpcId = vpc.VpcId!;
  const tags = tagMap(vpc.Tags);
  const resolved = resolveOwner(
    { tags, accountId, region, vpcId },
    context.ownership,
  );
  reportRefusedOwnerTags(context, region, vpcId, resolved);
  const { owner, source } = resolved;
  const details: VpcDetails = {
    vpcId,
    accountId,
    region,
    state: vpc.State,
    isDefault: vpc.IsDefault,
    cidrBlocks: [
      ...new Set([
        ...(vpc.CidrBlock ? [vpc.CidrBlock] : []),
        ...(vpc.CidrBlockAssociationSet ?? [])
          .map(a => a.CidrBlock ?? '')
          .filter(Boolean),
        ...(vpc.Ipv6CidrBlockAssociationSet ?? [])
          .map(a => a.Ipv6CidrBlock ?? '')
          .filter(Boolean),
      ]),
    ],
    tags,
    ownerSource: source,
  };
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: vpcId,
      title: tags.Name
        ? `${tags.Name} (${vpcId})`
        : `${vpcId}${vpc.IsDefault ? ' (default)' : ''}`,
      description: `VPC ${details.cidrBlocks.join(
        ', ',
      )} in account ${accountId}, ${region}.`,
      annotations: {
        ...locationAnnotations(context.location),
        [ANNOTATION_AWS_ACCOUNT_ID]: accountId,
        [ANNOTATION_AWS_REGION]: region,
        [ANNOTATION_AWS_VPC_ID]: vpcId,
        [ANNOTATION_OWNER_SOURCE]: source,
      },
      labels: {
        [LABEL_REGION]: region,
        [LABEL_STATE]: labelValue(vpc.State ?? 'unknown'),
      },
      tags: ['aws', 'vpc'],
    },
    spec: {
      type: VPC_ENTITY_TYPE,
      owner,
      vpc: details as unknown as JsonObject,
    },
  };
}

/**
 * Every entity one account and region contributes: its VPCs, its endpoints and the services it
 * provides.
 */
export function mapRegionInventory(
  inventory: RegionInventory,
  context: MappingContext,
): Entity[] {
  const indexes = indexInventory(inventory);
  // An id that cannot be an entity name is refused and reported, never dropped in silence: the
  // cards, the usage rows and the audit refer to endpoints and VPCs by their id.
  const acceptedId = (
    id: string | undefined,
    pattern: RegExp,
    what: string,
  ) => {
    if (id && pattern.test(id)) return true;
    context.report?.({
      region: inventory.region,
      resource:
        id === undefined ? `(a ${what} without an id)` : id.slice(0, 80),
      problem: `left out: not a ${what} id the catalog can name (${pattern.source})`,
    });
    return false;
  };
  return [
    ...inventory.vpcs
      .filter(v => acceptedId(v.VpcId, VPC_ID, 'VPC'))
      .map(v => mapVpc(v, inventory, context)),
    ...inventory.vpcEndpoints
      // EC2 lists deleted endpoints for a while after deletion; they are gone.
      .filter(e => e.State?.toLocaleLowerCase('en-US') !== 'deleted')
      .filter(e => acceptedId(e.VpcEndpointId, ENDPOINT_ID, 'VPC endpoint'))
      .map(e => mapEndpoint(e, inventory, indexes, context)),
    ...inventory.serviceConfigurations
      .filter(s => s.ServiceName && s.ServiceId)
      .map(s => mapProvidedService(s, inventory, context)),
  ];
}
