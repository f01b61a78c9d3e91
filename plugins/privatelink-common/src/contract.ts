/*
 * The entity contract: the `spec` fields the catalog module writes and every reader parses.
 * Field names follow the EC2 API, in camelCase, so each value traces back to an AWS response.
 * The types are inferred from the schemas, so what is written and what is read cannot drift.
 */
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
  VPC_ENTITY_TYPE,
} from './annotations';

/** @public */
export const endpointTypeSchema = z.enum([
  'Interface',
  'Gateway',
  'GatewayLoadBalancer',
]);
/** @public */
export type EndpointType = z.infer<typeof endpointTypeSchema>;

/** @public */
export const serviceOriginSchema = z.enum([
  'aws',
  'vendor',
  'internal',
  'external',
]);
/** @public */
export type ServiceOrigin = z.infer<typeof serviceOriginSchema>;

/** One inbound rule of a security group, summarised. @public */
export const securityGroupRuleSchema = z.object({
  /** "tcp", "udp", "icmp" or "all". */
  protocol: z.string(),
  fromPort: z.number().optional(),
  toPort: z.number().optional(),
  /** CIDRs, prefix lists and security group ids the rule allows from. */
  sources: z.array(z.string()),
});
/** @public */
export type SecurityGroupRule = z.infer<typeof securityGroupRuleSchema>;

/** @public */
export const endpointSecurityGroupSchema = z.object({
  groupId: z.string(),
  groupName: z.string().optional(),
  /** Undefined when the group could not be described (another account's, deleted, or denied). */
  inboundRules: z.array(securityGroupRuleSchema).optional(),
});
/** @public */
export type EndpointSecurityGroup = z.infer<typeof endpointSecurityGroupSchema>;

/** One subnet of an interface or GWLB endpoint, with the network interface AWS put in it. @public */
export const endpointSubnetSchema = z.object({
  subnetId: z.string(),
  availabilityZone: z.string().optional(),
  networkInterfaceId: z.string().optional(),
});
/** @public */
export type EndpointSubnet = z.infer<typeof endpointSubnetSchema>;

/** @public */
export const endpointRouteTableSchema = z.object({
  routeTableId: z.string(),
  subnetIds: z.array(z.string()),
  main: z.boolean(),
});
/** @public */
export type EndpointRouteTable = z.infer<typeof endpointRouteTableSchema>;

/** What AWS says about the service an endpoint connects to (DescribeVpcEndpointServices). @public */
export const consumedServiceDetailsSchema = z.object({
  serviceName: z.string(),
  serviceId: z.string().optional(),
  /** Account id of the provider, or "amazon" for AWS services. */
  owner: z.string().optional(),
  serviceType: endpointTypeSchema.optional(),
  acceptanceRequired: z.boolean().optional(),
  privateDnsName: z.string().optional(),
  availabilityZones: z.array(z.string()).optional(),
});
/** @public */
export type ConsumedServiceDetails = z.infer<
  typeof consumedServiceDetailsSchema
>;

/** `spec.endpoint` of an endpoint entity. @public */
export const vpcEndpointDetailsSchema = z.object({
  endpointId: z
    .string()
    .regex(/^vpce-[0-9a-z]+$/, 'a VPC endpoint id (vpce-...)'),
  endpointType: endpointTypeSchema,
  state: z.string(),
  accountId: z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
  region: z.string().min(1),
  vpcId: z.string(),
  serviceName: z.string(),
  serviceOrigin: serviceOriginSchema,
  vendor: z.string().optional(),
  /** ISO-8601 creation time. */
  createdAt: z.string().optional(),
  privateDnsEnabled: z.boolean().optional(),
  dnsNames: z.array(z.string()),
  subnets: z.array(endpointSubnetSchema),
  securityGroups: z.array(endpointSecurityGroupSchema),
  routeTables: z.array(endpointRouteTableSchema),
  /** The endpoint policy document, parsed; a string when AWS returned text that is not JSON. */
  policy: z.unknown().optional(),
  tags: z.record(z.string(), z.string()),
  service: consumedServiceDetailsSchema.optional(),
  /** How the owner was decided: "tag:<key>", "rule:<index>" or "default". */
  ownerSource: z.string(),
});
/** @public */
export type VpcEndpointDetails = z.infer<typeof vpcEndpointDetailsSchema>;

/** One consumer connection of a provided endpoint service (DescribeVpcEndpointConnections). @public */
export const endpointConnectionSchema = z.object({
  endpointId: z.string(),
  endpointOwner: z.string(),
  state: z.string(),
  createdAt: z.string().optional(),
  /** Whether the consumer's account is one the portal inventories. */
  inInventory: z.boolean(),
});
/** @public */
export type EndpointConnection = z.infer<typeof endpointConnectionSchema>;

/** `spec.endpointService` of an endpoint service entity. @public */
export const vpcEndpointServiceDetailsSchema = z.object({
  serviceName: z.string().min(1),
  serviceId: z.string().optional(),
  serviceType: endpointTypeSchema.optional(),
  origin: serviceOriginSchema,
  region: z.string().min(1),
  vendor: z.string().optional(),
  /** The provider's account id ("amazon" for AWS services), when known. */
  owner: z.string().optional(),
  state: z.string().optional(),
  acceptanceRequired: z.boolean().optional(),
  privateDnsName: z.string().optional(),
  availabilityZones: z.array(z.string()).optional(),
  /** Only for services an inventoried account provides. */
  provider: z
    .object({
      accountId: z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
      networkLoadBalancerArns: z.array(z.string()),
      gatewayLoadBalancerArns: z.array(z.string()),
      /** Undefined when the permissions could not be read (a denied describe). */
      allowedPrincipals: z.array(z.string()).optional(),
      /** Undefined when the consumer connections could not be read (a denied describe). */
      connections: z.array(endpointConnectionSchema).optional(),
      tags: z.record(z.string(), z.string()),
      ownerSource: z.string(),
    })
    .optional(),
});
/** @public */
export type VpcEndpointServiceDetails = z.infer<
  typeof vpcEndpointServiceDetailsSchema
>;

/** `spec.vpc` of a VPC entity (DescribeVpcs). @public */
export const vpcDetailsSchema = z.object({
  vpcId: z.string().regex(/^vpc-[0-9a-z]+$/, 'a VPC id (vpc-...)'),
  accountId: z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
  region: z.string().min(1),
  state: z.string().optional(),
  isDefault: z.boolean().optional(),
  /** The primary and the associated IPv4 CIDR blocks, then IPv6 ones. */
  cidrBlocks: z.array(z.string()),
  tags: z.record(z.string(), z.string()),
  ownerSource: z.string(),
});
/** @public */
export type VpcDetails = z.infer<typeof vpcDetailsSchema>;

/** The outcome of reading an entity against the contract. @public */
export type ContractResult<T> =
  | { success: true; data: T }
  | { success: false; error: string };

function isResourceOfType(entity: Entity, type: string): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === type
  );
}

function parseField<T>(
  schema: z.ZodType<T>,
  entity: Entity,
  field: 'endpoint' | 'endpointService' | 'vpc',
): ContractResult<T> {
  const parsed = schema.safeParse(entity.spec?.[field]);
  if (parsed.success) return { success: true, data: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 5)
    .map(
      issue =>
        `spec.${[field, ...issue.path.map(String)].join('.')}: ${
          issue.message
        }`,
    );
  return { success: false, error: problems.join('; ') };
}

/** True for a VPC endpoint entity (by kind and `spec.type`, whatever its spec holds). @public */
export function isVpcEndpointEntity(entity: Entity): boolean {
  return isResourceOfType(entity, ENDPOINT_ENTITY_TYPE);
}

/** True for a VPC entity. @public */
export function isVpcEntity(entity: Entity): boolean {
  return isResourceOfType(entity, VPC_ENTITY_TYPE);
}

/** True for a VPC endpoint service entity. @public */
export function isVpcEndpointServiceEntity(entity: Entity): boolean {
  return isResourceOfType(entity, ENDPOINT_SERVICE_ENTITY_TYPE);
}

/** True for an endpoint service one of the inventoried accounts provides (what its owner audits). @public */
export function isProvidedEndpointServiceEntity(entity: Entity): boolean {
  const details = entity.spec?.endpointService;
  return (
    isVpcEndpointServiceEntity(entity) &&
    typeof details === 'object' &&
    details !== null &&
    !!(details as { provider?: unknown }).provider
  );
}

/**
 * `spec.endpoint` of an endpoint entity, parsed against the contract; an error naming the fields
 * that do not match when it does not parse.
 *
 * @public
 */
export function parseEndpointDetails(
  entity: Entity,
): ContractResult<VpcEndpointDetails> {
  if (!isVpcEndpointEntity(entity)) {
    return {
      success: false,
      error: `not a Resource of type ${ENDPOINT_ENTITY_TYPE}`,
    };
  }
  return parseField(vpcEndpointDetailsSchema, entity, 'endpoint');
}

/** `spec.endpointService` of an endpoint service entity, parsed against the contract. @public */
export function parseEndpointServiceDetails(
  entity: Entity,
): ContractResult<VpcEndpointServiceDetails> {
  if (!isVpcEndpointServiceEntity(entity)) {
    return {
      success: false,
      error: `not a Resource of type ${ENDPOINT_SERVICE_ENTITY_TYPE}`,
    };
  }
  return parseField(vpcEndpointServiceDetailsSchema, entity, 'endpointService');
}

/**
 * What a PrivateLink entity is, parsed: an endpoint, a service, or an entity that claims to be one
 * of them and does not match the contract.
 *
 * @public
 */
export type PrivateLinkEntity =
  | {
      kind: 'endpoint';
      entity: Entity;
      entityRef: string;
      endpoint: VpcEndpointDetails;
    }
  | {
      kind: 'service';
      entity: Entity;
      entityRef: string;
      service: VpcEndpointServiceDetails;
    }
  | { kind: 'vpc'; entity: Entity; entityRef: string; vpc: VpcDetails };

/** `spec.vpc` of a VPC entity, parsed against the contract. @public */
export function parseVpcDetails(entity: Entity): ContractResult<VpcDetails> {
  if (!isVpcEntity(entity))
    return {
      success: false,
      error: `not a Resource of type ${VPC_ENTITY_TYPE}`,
    };
  return parseField(vpcDetailsSchema, entity, 'vpc');
}

/**
 * Reads an entity that claims to be a VPC, a VPC endpoint or an endpoint service. Undefined for any other
 * entity; an error naming the fields when its spec does not match the contract, for the reader
 * to report and skip.
 *
 * @public
 */
export function readPrivateLinkEntity(
  entity: Entity,
): ContractResult<PrivateLinkEntity> | undefined {
  const entityRef = stringifyEntityRef(entity);
  if (isVpcEndpointEntity(entity)) {
    const parsed = parseEndpointDetails(entity);
    return parsed.success
      ? {
          success: true,
          data: { kind: 'endpoint', entity, entityRef, endpoint: parsed.data },
        }
      : parsed;
  }
  if (isVpcEndpointServiceEntity(entity)) {
    const parsed = parseEndpointServiceDetails(entity);
    return parsed.success
      ? {
          success: true,
          data: { kind: 'service', entity, entityRef, service: parsed.data },
        }
      : parsed;
  }
  if (isVpcEntity(entity)) {
    const parsed = parseField(vpcDetailsSchema, entity, 'vpc');
    return parsed.success
      ? {
          success: true,
          data: { kind: 'vpc', entity, entityRef, vpc: parsed.data },
        }
      : parsed;
  }
  return undefined;
}
