/**
 * The CloudWatch dimension set AWS publishes `AWS/PrivateLinkEndpoints` metrics under for an
 * interface or Gateway Load Balancer endpoint, in AWS's order (with `Subnet Id` for the per-subnet
 * set). Names contain spaces. @public
 */
export function endpointMetricDimensions(
  endpoint: {
    endpointType: string;
    serviceName: string;
    endpointId: string;
    vpcId: string;
  },
  subnetId?: string,
): Array<{ Name: string; Value: string }> {
  return [
    { Name: 'Endpoint Type', Value: endpoint.endpointType },
    { Name: 'Service Name', Value: endpoint.serviceName },
    ...(subnetId ? [{ Name: 'Subnet Id', Value: subnetId }] : []),
    { Name: 'VPC Endpoint Id', Value: endpoint.endpointId },
    { Name: 'VPC Id', Value: endpoint.vpcId },
  ];
}
