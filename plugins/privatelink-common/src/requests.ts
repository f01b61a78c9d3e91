/**
 * What the request form's pickers and review step show, as the privatelink backend serves them
 * (`/api/privatelink/requests/...`).
 */

/** The tags `privatelink:endpoint:create` puts on an endpoint besides its owner and name. @public */
export const REQUEST_TAGS = {
  requestedBy: 'privatelink:requested-by',
  task: 'privatelink:task',
  vendor: 'privatelink:vendor',
} as const;

const GONE_STATES = new Set([
  'deleting',
  'deleted',
  'failed',
  'rejected',
  'expired',
]);

/** Whether an endpoint in this state still connects its VPC to its service. @public */
export function isLiveEndpointState(state: string | undefined): boolean {
  return !GONE_STATES.has((state ?? '').toLocaleLowerCase('en-US'));
}

/** An account the portal manages, and whether endpoints can be requested in it. @public */
export interface RequestAccount {
  accountId: string;
  regions: string[];
  /** False for an account read from a snapshot or without a write role; `reason` says which. */
  canRequest: boolean;
  reason?: string;
}

/** A group the signed-in user may request endpoints for. @public */
export interface RequestOwner {
  ref: string;
  title: string;
}

/** A VPC of an account and region, from the catalog. @public */
export interface RequestVpc {
  vpcId: string;
  entityRef: string;
  title: string;
  owner?: string;
  cidrBlocks: string[];
  isDefault?: boolean;
}

/** A subnet of a VPC, with its Availability Zone. @public */
export interface RequestSubnet {
  subnetId: string;
  availabilityZone?: string;
  cidrBlock?: string;
  name?: string;
}

/** A security group of a VPC. @public */
export interface RequestSecurityGroup {
  groupId: string;
  groupName?: string;
  description?: string;
}

/** Where the subnets and security groups came from: AWS itself, or the inventory's endpoints. @public */
export type RequestNetworkSource = 'aws' | 'inventory';

/** The endpoint services of a region one tenant may request, by vendor. @public */
export interface RequestServiceGroup {
  vendorRef?: string;
  vendorTitle: string;
  services: Array<{ serviceName: string; entityRef: string; title: string }>;
}

/** The review step: what the endpoint will cost, carry and duplicate. @public */
export interface RequestEstimate {
  monthlyUsd: number;
  perGbUsd: number;
  formula: string;
  tags: Record<string, string>;
  /** Endpoints the VPC already has to the service. */
  duplicates: Array<{ entityRef: string; endpointId: string; owner?: string }>;
}
