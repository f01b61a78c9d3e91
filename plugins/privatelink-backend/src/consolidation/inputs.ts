import { PrivateLinkEntity } from '@privatelink-portal/plugin-privatelink-common';
import { billedAzCount } from '../pricing';
import type { WindowTotals } from '../usage';
import { ConsolidationEndpoint } from './advice';

type Endpoint = Extract<PrivateLinkEntity, { kind: 'endpoint' }>;

/** JSON with object keys sorted: two policies written in another order read the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value as object)
      .sort()
      .map(
        k =>
          `${JSON.stringify(k)}:${canonical(
            (value as Record<string, unknown>)[k],
          )}`,
      )
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * The endpoints as the advice weighs them: billed AZs, the bytes of the window the totals cover,
 * the policy as canonical JSON, and the inbound rules of its security groups, sorted (a group
 * whose rules could not be described counts by its id).
 */
export function consolidationEndpoints(
  endpoints: Endpoint[],
  bytes: ReadonlyMap<string, WindowTotals>,
): ConsolidationEndpoint[] {
  return endpoints.map(({ entityRef, endpoint }) => ({
    entityRef,
    endpointId: endpoint.endpointId,
    accountId: endpoint.accountId,
    region: endpoint.region,
    vpcId: endpoint.vpcId,
    serviceName: endpoint.serviceName,
    endpointType: endpoint.endpointType,
    state: endpoint.state,
    azCount: billedAzCount(endpoint) ?? 0,
    bytesPerMonth: bytes.get(entityRef)?.bytesProcessed ?? 0,
    policy: canonical(endpoint.policy),
    securityGroupRules: endpoint.securityGroups
      .flatMap(group =>
        group.inboundRules
          ? group.inboundRules.map(rule =>
              canonical({ ...rule, sources: [...rule.sources].sort() }),
            )
          : [`unknown rules of ${group.groupId}`],
      )
      .sort()
      .join('\n'),
  }));
}
