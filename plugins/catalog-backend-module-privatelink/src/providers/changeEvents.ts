/**
 * The AWS API calls that change what the inventory reads: VPC endpoints, and the endpoint services
 * the company provides. CloudTrail records each; an EventBridge rule on them delivers the event
 * to an SQS queue, which Backstage's events SQS module publishes on an events topic.
 */
export const CHANGE_EVENT_NAMES = [
  'CreateVpcEndpoint',
  'DeleteVpcEndpoints',
  'ModifyVpcEndpoint',
  'CreateVpcEndpointServiceConfiguration',
  'DeleteVpcEndpointServiceConfigurations',
  'ModifyVpcEndpointServiceConfiguration',
  'ModifyVpcEndpointServicePermissions',
  'AcceptVpcEndpointConnections',
  'RejectVpcEndpointConnections',
] as const;

/** The account and region one change event names, and the call. */
export interface AccountChange {
  accountId: string;
  region: string;
  eventName: string;
  /** When AWS says the call was made (CloudTrail's eventTime, else the event's time). */
  at?: string;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined;

/**
 * The account-region an EventBridge event of a CloudTrail-recorded call names, when the call is
 * one that changes endpoints or endpoint services and succeeded; otherwise undefined (a failed call
 * changes nothing, and any other event is not ours). The account is the one the call acted in
 * (`detail.recipientAccountId`, which an organization trail sets), else the event's `account`.
 */
export function accountChangeOf(payload: unknown): AccountChange | undefined {
  const event = record(payload);
  const detail = record(event?.detail);
  if (!event || !detail) return undefined;
  const eventName = text(detail.eventName);
  if (
    !eventName ||
    !(CHANGE_EVENT_NAMES as readonly string[]).includes(eventName) ||
    detail.errorCode !== undefined
  )
    return undefined;
  const accountId = text(detail.recipientAccountId) ?? text(event.account);
  const region = text(detail.awsRegion) ?? text(event.region);
  if (!accountId || !/^\d{12}$/.test(accountId) || !region) return undefined;
  const at = text(detail.eventTime) ?? text(event.time);
  return { accountId, region, eventName, ...(at ? { at } : {}) };
}
