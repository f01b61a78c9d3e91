/**
 * The typed `spec` extensions that the catalog module writes and the cards and checks read.
 * Field names follow the EC2 API, in camelCase, so each value traces back to an AWS response.
 */

/** @public */
export type EndpointType = 'Interface' | 'Gateway' | 'GatewayLoadBalancer';

/** @public */
export type ServiceOrigin = 'aws' | 'vendor' | 'internal' | 'external';

/** One inbound rule of a security group, summarised. @public */
export interface SecurityGroupRule {
  protocol: string; // "tcp", "udp", "icmp" or "all"
  fromPort?: number;
  toPort?: number;
  /** CIDRs, prefix lists and security group ids the rule allows from. */
  sources: string[];
}

/** @public */
export interface EndpointSecurityGroup {
  groupId: string;
  groupName?: string;
  /** Undefined when the group could not be described (another account's, or deleted). */
  inboundRules?: SecurityGroupRule[];
}

/** One subnet of an interface or GWLB endpoint, with the network interface AWS put in it. @public */
export interface EndpointSubnet {
  subnetId: string;
  availabilityZone?: string;
  networkInterfaceId?: string;
}

/** @public */
export interface EndpointRouteTable {
  routeTableId: string;
  subnetIds: string[];
  main: boolean;
}

/** What AWS says about the service an endpoint connects to (DescribeVpcEndpointServices). @public */
export interface ConsumedServiceDetails {
  serviceName: string;
  serviceId?: string;
  /** Account id of the provider, or "amazon" for AWS services. */
  owner?: string;
  serviceType?: EndpointType;
  acceptanceRequired?: boolean;
  privateDnsName?: string;
  availabilityZones?: string[];
}

/** `spec.endpoint` of an endpoint entity. @public */
export interface VpcEndpointDetails {
  endpointId: string;
  endpointType: EndpointType;
  state: string;
  accountId: string;
  region: string;
  vpcId: string;
  serviceName: string;
  serviceOrigin: ServiceOrigin;
  vendor?: string;
  /** ISO-8601 creation time. */
  createdAt?: string;
  privateDnsEnabled?: boolean;
  dnsNames: string[];
  subnets: EndpointSubnet[];
  securityGroups: EndpointSecurityGroup[];
  routeTables: EndpointRouteTable[];
  /** The endpoint policy document, parsed; undefined when the endpoint type has none. */
  policy?: unknown;
  tags: Record<string, string>;
  service?: ConsumedServiceDetails;
  /** How the owner was decided: "tag:<key>", "rule:<index>" or "default". */
  ownerSource: string;
}

/** One consumer connection of a provided endpoint service (DescribeVpcEndpointConnections). @public */
export interface EndpointConnection {
  endpointId: string;
  endpointOwner: string;
  state: string;
  createdAt?: string;
  /** Whether the consumer's account is one the portal inventories. */
  inInventory: boolean;
}

/** `spec.endpointService` of an endpoint service entity. @public */
export interface VpcEndpointServiceDetails {
  serviceName: string;
  serviceId?: string;
  serviceType?: EndpointType;
  origin: ServiceOrigin;
  region: string;
  vendor?: string;
  /** The provider's account id ("amazon" for AWS services), when known. */
  owner?: string;
  state?: string;
  acceptanceRequired?: boolean;
  privateDnsName?: string;
  availabilityZones?: string[];
  /** Only for services an inventoried account provides. */
  provider?: {
    accountId: string;
    networkLoadBalancerArns: string[];
    gatewayLoadBalancerArns: string[];
    allowedPrincipals: string[];
    connections: EndpointConnection[];
    tags: Record<string, string>;
    ownerSource: string;
  };
}
