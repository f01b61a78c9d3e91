import {
  InfoCard,
  StructuredMetadataTable,
  WarningPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  cloudWatchMetricsUrl,
  endpointServiceEntityRef,
  parseEndpointDetails,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import { AwsConsoleLinks } from '../AwsConsoleLinks';

/** Where AWS publishes interface and Gateway Load Balancer endpoints' metrics. */
const PRIVATELINK_ENDPOINTS_NAMESPACE = 'AWS/PrivateLinkEndpoints';
import {
  describeOwnerSource,
  formatAge,
  formatRule,
  summarisePolicy,
} from '../format';
import { FreshnessWarning } from '../FreshnessWarning';

/** Details of one VPC endpoint, from its catalog entity. */
export const EndpointDetailsCard = () => {
  const { entity } = useEntity();
  const parsed = parseEndpointDetails(entity);
  if (!parsed.success) {
    return (
      <WarningPanel title="This entity's endpoint details cannot be read">
        spec.endpoint does not match what the PrivateLink catalog module writes:{' '}
        {parsed.error}
      </WarningPanel>
    );
  }
  const endpoint = parsed.data;
  const zones = endpoint.subnets.map(
    s =>
      `${s.availabilityZone ?? 'unknown AZ'}: ${s.subnetId}${
        s.networkInterfaceId ? ` (${s.networkInterfaceId})` : ''
      }`,
  );
  const metadata: Record<string, unknown> = {
    type: endpoint.endpointType,
    state: endpoint.state,
    service: (
      <EntityRefLink
        entityRef={endpointServiceEntityRef(endpoint.serviceName)}
        title={endpoint.serviceName}
      />
    ),
    vendor: endpoint.vendor ? (
      <EntityRefLink entityRef={vendorGroupRef(endpoint.vendor)} />
    ) : (
      `internal (${endpoint.service?.owner ?? 'provider unknown'})`
    ),
    account: endpoint.accountId,
    region: endpoint.region,
    vpc: endpoint.vpcId,
    ...(endpoint.endpointType === 'Gateway'
      ? {
          'route tables': endpoint.routeTables.map(
            t =>
              `${t.routeTableId}${t.main ? ' (main)' : ''}${
                t.subnetIds.length ? `: ${t.subnetIds.join(', ')}` : ''
              }`,
          ),
        }
      : {
          'availability zones': zones.length ? zones : ['none'],
          'private DNS': endpoint.privateDnsEnabled ? 'enabled' : 'disabled',
          'DNS names': endpoint.dnsNames.length ? endpoint.dnsNames : ['none'],
          'security groups': endpoint.securityGroups.length
            ? endpoint.securityGroups.map(g =>
                g.inboundRules === undefined
                  ? `${g.groupId} (rules not readable)`
                  : `${g.groupId}${g.groupName ? ` ${g.groupName}` : ''}: ${
                      g.inboundRules.map(formatRule).join('; ') ||
                      'no inbound rules'
                    }`,
              )
            : ['none'],
        }),
    policy: summarisePolicy(endpoint.policy),
    age: `${formatAge(endpoint.createdAt)}${
      endpoint.createdAt ? ` (created ${endpoint.createdAt.slice(0, 10)})` : ''
    }`,
    'owner from': describeOwnerSource(endpoint.ownerSource, endpoint.tags),
    'AWS console': (
      <AwsConsoleLinks
        accountId={endpoint.accountId}
        region={endpoint.region}
        resources={[
          { kind: 'endpoint', id: endpoint.endpointId },
          { kind: 'vpc', id: endpoint.vpcId },
          ...(endpoint.endpointType === 'Gateway'
            ? endpoint.routeTables.map(t => ({
                kind: 'route-table' as const,
                id: t.routeTableId,
              }))
            : [
                ...endpoint.subnets.map(s => ({
                  kind: 'subnet' as const,
                  id: s.subnetId,
                })),
                ...endpoint.securityGroups.map(g => ({
                  kind: 'security-group' as const,
                  id: g.groupId,
                })),
              ]),
        ]}
        extra={
          // Gateway endpoints publish no PrivateLink metrics.
          endpoint.endpointType === 'Gateway'
            ? []
            : [
                {
                  label: 'CloudWatch metrics',
                  href: cloudWatchMetricsUrl(
                    endpoint.region,
                    PRIVATELINK_ENDPOINTS_NAMESPACE,
                    endpoint.endpointId,
                  ),
                },
              ]
        }
      />
    ),
  };
  return (
    <InfoCard title="VPC endpoint">
      <FreshnessWarning />
      <StructuredMetadataTable metadata={metadata} />
    </InfoCard>
  );
};
