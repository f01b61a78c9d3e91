import type { components } from './schema/openapi/generated/types';
/**
 * What the request form's pickers and review step show, as the privatelink backend serves them
 * (`/api/privatelink/requests/...`).
 */

/** The AWS services a VPC can reach through a gateway endpoint (free of charge), by short name. @public */
export const GATEWAY_ENDPOINT_SERVICES = ['s3', 'dynamodb'] as const;

/** @public */
export type GatewayEndpointService = (typeof GATEWAY_ENDPOINT_SERVICES)[number];

/** Whether a short service name is one a gateway endpoint reaches. @public */
export function isGatewayEndpointService(
  service: string,
): service is GatewayEndpointService {
  return (GATEWAY_ENDPOINT_SERVICES as readonly string[]).includes(service);
}

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
export type RequestAccount = components['schemas']['RequestAccount'];

/** A group the signed-in user may request endpoints for. @public */
export type RequestOwner = components['schemas']['RequestOwner'];

/** A VPC of an account and region, from the catalog. @public */
export type RequestVpc = components['schemas']['RequestVpc'];

/** A subnet of a VPC, with its Availability Zone. @public */
export type RequestSubnet = components['schemas']['RequestSubnet'];

/** A security group of a VPC. @public */
export type RequestSecurityGroup =
  components['schemas']['RequestSecurityGroup'];

/** Where the subnets and security groups came from: AWS itself, or the inventory's endpoints. @public */
export type RequestNetworkSource =
  components['schemas']['RequestNetworkSource'];

/** The endpoint services of a region one tenant may request, by vendor. @public */
export type RequestServiceGroup = components['schemas']['RequestServiceGroup'];

/** One endpoint service the region offers, with its monthly charge per AZ before traffic. @public */
export type RequestService = components['schemas']['RequestService'];

/** A VPC's route tables, for a gateway endpoint's routes. @public */
export type RequestRouteTables = components['schemas']['RequestRouteTables'];

/** One route table, the gateway endpoints it already routes through. @public */
export type RequestRouteTable = components['schemas']['RequestRouteTable'];

/** The request form's services, and where the list comes from. @public */
export type RequestServices = components['schemas']['RequestServices'];

/** The review step: what the endpoint will cost, carry and duplicate. @public */
export type RequestEstimate = components['schemas']['RequestEstimate'];
