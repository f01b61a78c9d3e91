import {
  FindingRemedy,
  GATEWAY_ENDPOINT_SERVICES,
  PostureFinding,
  PrivateLinkEntity,
  shortServiceName,
} from '@privatelink-portal/plugin-privatelink-common';

/** The request form of a gateway endpoint, with the VPC, its owner and the service filled in. */
export function gatewayRequestLink(input: {
  owner?: string;
  accountId: string;
  region: string;
  vpcId: string;
  service: string;
}): string {
  const formData = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
  return `/create/templates/default/request-gateway-endpoint?formData=${encodeURIComponent(
    JSON.stringify(formData),
  )}`;
}

/**
 * What the portal can request to fix a finding, its form filled in: for a VPC without its free
 * gateway endpoints, one request per missing service. The missing services are the ones the
 * check's evidence names (`... (com.amazonaws.<region>.<service>) ...`).
 */
export function remediesOf(
  item: PrivateLinkEntity,
  finding: PostureFinding,
): FindingRemedy[] {
  if (item.kind !== 'vpc' || finding.checkId !== 'vpc-missing-gateway-endpoint')
    return [];
  const { vpc } = item;
  const owner = item.entity.spec?.owner;
  return GATEWAY_ENDPOINT_SERVICES.map(
    service => `com.amazonaws.${vpc.region}.${service}`,
  )
    .filter(name => finding.evidence.some(line => line.includes(`(${name})`)))
    .map(name => {
      const service = shortServiceName(name, vpc.region);
      return {
        title: `Request the ${service} gateway endpoint`,
        url: gatewayRequestLink({
          ...(typeof owner === 'string' ? { owner } : {}),
          accountId: vpc.accountId,
          region: vpc.region,
          vpcId: vpc.vpcId,
          service,
        }),
      };
    });
}
