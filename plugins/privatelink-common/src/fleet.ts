import type { components, operations } from './schema/openapi/generated/types';

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

/** One page of the fleet's rows, with how many the filters and the search select. @public */
export type FleetRows = components['schemas']['FleetRows'];

/**
 * How the fleet table asks for a page: the search's words, the column to sort by and the order,
 * and the page (every row when `limit` is not given). @public
 */
export interface FleetTableQuery {
  q?: string;
  sort?: FleetSortKey;
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/** The columns the fleet table sorts by. @public */
export type FleetSortKey = NonNullable<
  NonNullable<operations['listFleetRows']['parameters']['query']>['sort']
>;

/** One service's endpoints in two or more VPCs of a network, and what a hub set would cost instead. @public */
export type ConsolidationAdvice = components['schemas']['ConsolidationAdvice'];

/** The consolidation advice the last posture evaluation kept. @public */
export type ConsolidationReport = components['schemas']['ConsolidationReport'];
