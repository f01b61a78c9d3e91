import Box from '@material-ui/core/Box';
import {
  InfoCard,
  StructuredMetadataTable,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  EndpointConnection,
  endpointEntityRef,
  parseEndpointServiceDetails,
  vendorGroupRef,
} from '@privatelink-portal/plugin-privatelink-common';
import { yesNo } from '../format';
import { AwsConsoleLinks } from '../AwsConsoleLinks';
import { FreshnessWarning } from '../FreshnessWarning';

const connectionColumns: TableColumn<EndpointConnection>[] = [
  {
    title: 'Endpoint',
    field: 'endpointId',
    render: c =>
      c.inInventory ? (
        <EntityRefLink
          entityRef={endpointEntityRef(c.endpointId)}
          title={c.endpointId}
        />
      ) : (
        c.endpointId
      ),
  },
  {
    title: 'Consumer account',
    field: 'endpointOwner',
    render: c =>
      `${c.endpointOwner}${c.inInventory ? '' : ' (outside the inventory)'}`,
  },
  { title: 'State', field: 'state' },
  {
    title: 'Since',
    field: 'createdAt',
    render: c => c.createdAt?.slice(0, 10) ?? '',
  },
];

/** The allowed principals as the card lists them, saying so when there are none or they are unknown. */
function allowedPrincipals(principals: string[] | undefined): string[] {
  if (!principals)
    return ['unknown: the inventory role may not read the service permissions'];
  return principals.length ? principals : ['none (nobody can connect)'];
}

/** Details of one endpoint service: who provides it and, for our own, who consumes it. */
export const ServiceDetailsCard = () => {
  const { entity } = useEntity();
  const parsed = parseEndpointServiceDetails(entity);
  if (!parsed.success) {
    return (
      <WarningPanel title="This entity's service details cannot be read">
        spec.endpointService does not match what the PrivateLink catalog module
        writes: {parsed.error}
      </WarningPanel>
    );
  }
  const service = parsed.data;
  const provider = service.provider;
  const metadata: Record<string, unknown> = {
    'service name': service.serviceName,
    'service id': service.serviceId ?? 'unknown',
    type: service.serviceType ?? 'unknown',
    origin: service.origin,
    ...(service.vendor
      ? { vendor: <EntityRefLink entityRef={vendorGroupRef(service.vendor)} /> }
      : {}),
    region: service.region,
    'provider account': service.owner ?? 'unknown',
    ...(service.state ? { state: service.state } : {}),
    'acceptance required': yesNo(service.acceptanceRequired),
    'private DNS name': service.privateDnsName ?? 'none',
    ...(provider
      ? {
          'load balancers': [
            ...provider.networkLoadBalancerArns,
            ...provider.gatewayLoadBalancerArns,
          ],
          'allowed principals': allowedPrincipals(provider.allowedPrincipals),
          ...(service.serviceId
            ? {
                'AWS console': (
                  <AwsConsoleLinks
                    accountId={provider.accountId}
                    region={service.region}
                    resources={[
                      { kind: 'endpoint-service', id: service.serviceId },
                    ]}
                  />
                ),
              }
            : {}),
        }
      : {}),
  };
  return (
    <InfoCard title="VPC endpoint service">
      {provider && <FreshnessWarning />}
      <StructuredMetadataTable metadata={metadata} />
      {provider && !provider.connections && (
        <WarningPanel title="Consumers unknown">
          The inventory role may not call DescribeVpcEndpointConnections in
          account {provider.accountId}: grant it to see who connects to this
          service.
        </WarningPanel>
      )}
      {provider?.connections && (
        <Table<EndpointConnection>
          title={`Consumers (${provider.connections.length})`}
          options={{ paging: false, search: false, padding: 'dense' }}
          columns={connectionColumns}
          data={provider.connections}
          emptyContent={<Box p={2}>No endpoint connects to this service.</Box>}
        />
      )}
    </InfoCard>
  );
};
