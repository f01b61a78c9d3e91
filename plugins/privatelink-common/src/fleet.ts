import type { components } from './schema/openapi/generated/types';

/** What the fleet page filters by; every filter narrows every figure on the page. @public */
export type FleetFilter = components['schemas']['FleetFilter'];

/** One endpoint or provided service in the fleet snapshot. @public */
export type FleetRow = components['schemas']['FleetRow'];

/** A VPC of the fleet snapshot: whose it is and where, for its findings to be counted. @public */
export interface FleetVpc {
  entityRef: string;
  ownerRef?: string;
  accountId: string;
  region: string;
}

/** A group of the fleet (a tenant, a vendor, an account and region) and its figures. @public */
export type FleetGroup = components['schemas']['FleetGroup'];

/** The fleet page's figures, aggregated by the backend. @public */
export type FleetSummary = components['schemas']['FleetSummary'];
