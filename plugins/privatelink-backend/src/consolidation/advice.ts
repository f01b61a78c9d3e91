import {
  ConsolidationAdvice,
  EndpointType,
} from '@privatelink-portal/plugin-privatelink-common';

export type { ConsolidationAdvice };
import {
  BYTES_PER_GB,
  DEFAULT_HUB_PRICING,
  HOURS_PER_MONTH,
  HubPricing,
  RegionPricing,
  roundToCents,
  tieredPrice,
} from '../pricing';

/** One interface endpoint as the advice weighs it: where it is, its AZs and its month of bytes. */
export interface ConsolidationEndpoint {
  entityRef: string;
  endpointId: string;
  accountId: string;
  region: string;
  vpcId: string;
  serviceName: string;
  endpointType: EndpointType;
  state: string;
  azCount: number;
  /** Bytes of the last 30 days (CloudWatch BytesProcessed, as kept). */
  bytesPerMonth: number;
  /** What a shared endpoint would have to keep: its policy and its security groups' rules, each as a canonical text. */
  policy: string;
  securityGroupRules: string;
}

/** Accounts whose VPCs reach each other (one Transit Gateway), as `privatelink.consolidation.networks` names them. */
export interface Network {
  name: string;
  accounts: string[];
  /** Whether every VPC of these accounts is already attached to the Transit Gateway. */
  attached: boolean;
}

const key = (...parts: string[]) => parts.join('\u0000');

/** Ids and names in code-point order (they are ASCII), quicker than a locale's. */
const byText = (a: string, b: string) => Number(a > b) - Number(a < b);

/** The most common value (ties to the first in sort order): what most endpoints of a group share. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || byText(a[0], b[0]),
  )[0][0];
}

/**
 * Where one hub VPC per service would cost less than an interface endpoint in every VPC. Groups
 * the available interface endpoints of each network's accounts by region and service (never
 * gateway endpoints, which are free, nor Gateway Load Balancer endpoints, nor across regions);
 * an endpoint whose policy or security group rules differ from the group's most common ones is
 * kept apart and named, since a shared endpoint has one of each. A group with endpoints in two or
 * more VPCs gets its figures, a saving or a loss.
 */
export function consolidationAdvice(
  endpoints: ConsolidationEndpoint[],
  networks: Network[],
  pricingFor: (region: string) => RegionPricing,
  hub: HubPricing = DEFAULT_HUB_PRICING,
): ConsolidationAdvice[] {
  const networkOf = new Map<string, Network>();
  for (const network of networks)
    for (const account of network.accounts) networkOf.set(account, network);
  const groups = new Map<string, ConsolidationEndpoint[]>();
  for (const e of endpoints) {
    const network = networkOf.get(e.accountId);
    if (!network || e.endpointType !== 'Interface') continue;
    if (e.state.toLocaleLowerCase('en-US') !== 'available') continue;
    const k = key(network.name, e.region, e.serviceName);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const advice: ConsolidationAdvice[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map(e => e.vpcId)).size < 2) continue;
    const network = networkOf.get(group[0].accountId)!;
    const policy = mostCommon(group.map(e => e.policy));
    const rules = mostCommon(group.map(e => e.securityGroupRules));
    const keptApart = group.flatMap(e => {
      const reasons = [
        e.policy !== policy
          ? 'its endpoint policy differs from the others’'
          : '',
        e.securityGroupRules !== rules
          ? 'its security group rules differ from the others’'
          : '',
      ].filter(Boolean);
      return reasons.length
        ? [
            {
              entityRef: e.entityRef,
              endpointId: e.endpointId,
              reason: `${reasons.join(
                ' and ',
              )}: a shared endpoint has one of each, so it stays`,
            },
          ]
        : [];
    });
    const apart = new Set(keptApart.map(k => k.entityRef));
    const shared = group.filter(e => !apart.has(e.entityRef));
    if (new Set(shared.map(e => e.vpcId)).size < 2) continue;
    advice.push(
      priceHub(network, shared, keptApart, pricingFor(shared[0].region), hub),
    );
  }
  return advice.sort(
    (a, b) =>
      b.savingMonthlyUsd - a.savingMonthlyUsd ||
      byText(a.serviceName, b.serviceName),
  );
}

/** Today's cost of the endpoints and the hub's, by the formula `ConsolidationAdvice.formula` writes out. */
function priceHub(
  network: Network,
  endpoints: ConsolidationEndpoint[],
  keptApart: ConsolidationAdvice['keptApart'],
  pricing: RegionPricing,
  hub: HubPricing,
): ConsolidationAdvice {
  const gbOf = (e: ConsolidationEndpoint) => e.bytesPerMonth / BYTES_PER_GB;
  const bytesByVpc = new Map<string, number>();
  for (const e of endpoints)
    bytesByVpc.set(e.vpcId, (bytesByVpc.get(e.vpcId) ?? 0) + e.bytesPerMonth);
  const hubVpcId = [...bytesByVpc.entries()].sort(
    (a, b) => b[1] - a[1] || byText(a[0], b[0]),
  )[0][0];
  const hubAzCount = Math.max(...endpoints.map(e => e.azCount));
  const spokeVpcs = bytesByVpc.size - 1;
  const totalGb = endpoints.reduce((sum, e) => sum + gbOf(e), 0);
  const spokeGb = endpoints
    .filter(e => e.vpcId !== hubVpcId)
    .reduce((sum, e) => sum + gbOf(e), 0);

  const azHourly = pricing.interfaceEndpointHourly * HOURS_PER_MONTH;
  const todayHours = endpoints.reduce((sum, e) => sum + e.azCount, 0);
  const today =
    todayHours * azHourly +
    endpoints.reduce(
      (sum, e) => sum + tieredPrice(gbOf(e), pricing.interfaceDataTiers),
      0,
    );
  // Attachments: none when the network's VPCs are attached already; else each spoke and the hub.
  const attachments = network.attached ? 0 : spokeVpcs + 1;
  const fixedHub =
    hubAzCount * azHourly +
    attachments * hub.transitGatewayAttachmentHourly * HOURS_PER_MONTH +
    hub.privateHostedZoneMonthly;
  const hubCost =
    fixedHub +
    tieredPrice(totalGb, pricing.interfaceDataTiers) +
    spokeGb * hub.transitGatewayPerGb;
  // Data processing is the same per GB either way (below a PB a month); what the hub adds per GB
  // is the Transit Gateway's, which the AZ-hours saved pay for up to this many GB.
  const breakEven =
    (todayHours * azHourly - fixedHub) / hub.transitGatewayPerGb;
  const formula =
    `today: ${todayHours} AZ x $${pricing.interfaceEndpointHourly}/AZ-h x ${HOURS_PER_MONTH} h + ` +
    `${totalGb.toFixed(2)} GB x $${pricing.interfaceDataTiers[0].perGb}/GB; ` +
    `hub: ${hubAzCount} AZ x $${pricing.interfaceEndpointHourly}/AZ-h x ${HOURS_PER_MONTH} h + ` +
    `${totalGb.toFixed(2)} GB x $${pricing.interfaceDataTiers[0].perGb}/GB + ` +
    `${spokeGb.toFixed(2)} spoke GB x $${
      hub.transitGatewayPerGb
    }/GB (Transit Gateway) + ` +
    `${attachments} attachment x $${hub.transitGatewayAttachmentHourly}/h x ${HOURS_PER_MONTH} h + ` +
    `$${hub.privateHostedZoneMonthly} private hosted zone`;
  const hubFirst = [...endpoints].sort(
    (a, b) =>
      Number(b.vpcId === hubVpcId) - Number(a.vpcId === hubVpcId) ||
      byText(a.vpcId, b.vpcId),
  );
  return {
    network: network.name,
    region: endpoints[0].region,
    serviceName: endpoints[0].serviceName,
    endpoints: hubFirst.map(e => ({
      entityRef: e.entityRef,
      endpointId: e.endpointId,
      accountId: e.accountId,
      vpcId: e.vpcId,
      azCount: e.azCount,
      gbPerMonth: roundToCents(gbOf(e)),
    })),
    hubVpcId,
    hubAzCount,
    todayMonthlyUsd: roundToCents(today),
    hubMonthlyUsd: roundToCents(hubCost),
    savingMonthlyUsd: roundToCents(today - hubCost),
    ...(breakEven > 0
      ? { breakEvenSpokeGbPerMonth: roundToCents(breakEven) }
      : {}),
    keptApart,
    formula,
  };
}
