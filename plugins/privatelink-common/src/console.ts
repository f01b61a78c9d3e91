/** A resource the AWS console's VPC pages show. @public */
export type AwsConsoleResource =
  | { kind: 'endpoint'; id: string }
  | { kind: 'endpoint-service'; id: string }
  | { kind: 'vpc'; id: string }
  | { kind: 'subnet'; id: string }
  | { kind: 'security-group'; id: string }
  | { kind: 'route-table'; id: string };

/** The VPC console's page for each kind, as its address's fragment names it. */
const VPC_CONSOLE_PAGES: Record<AwsConsoleResource['kind'], string> = {
  endpoint: 'EndpointDetails:vpcEndpointId=',
  'endpoint-service': 'EndpointServiceDetails:vpcEndpointServiceId=',
  vpc: 'VpcDetails:VpcId=',
  subnet: 'SubnetDetails:subnetId=',
  'security-group': 'SecurityGroup:groupId=',
  'route-table': 'RouteTableDetails:RouteTableId=',
};

/**
 * The AWS console's address for a region, by the partition its name belongs to: GovCloud
 * (`us-gov-*`) and China (`cn-*`) have consoles of their own; every other region is the
 * commercial partition's, with the region in the host name. @public
 */
export function awsConsoleBaseUrl(region: string): string {
  if (region.startsWith('us-gov-'))
    return 'https://console.amazonaws-us-gov.com';
  if (region.startsWith('cn-')) return 'https://console.amazonaws.cn';
  return `https://${region}.console.aws.amazon.com`;
}

/**
 * A resource's page in the AWS console's VPC pages, in its region and partition. The console
 * opens it in the account the user is signed in to: the link says nothing of the account, so the
 * portal shows the account beside it. @public
 */
export function awsConsoleUrl(
  region: string,
  resource: AwsConsoleResource,
): string {
  return `${awsConsoleBaseUrl(
    region,
  )}/vpcconsole/home?region=${encodeURIComponent(region)}#${
    VPC_CONSOLE_PAGES[resource.kind]
  }${encodeURIComponent(resource.id)}`;
}

/**
 * The CloudWatch console's metrics browser in the region, searching the namespace for one id
 * (an endpoint's metrics: `AWS/PrivateLinkEndpoints` and the endpoint id). @public
 */
export function cloudWatchMetricsUrl(
  region: string,
  namespace: string,
  search: string,
): string {
  return `${awsConsoleBaseUrl(
    region,
  )}/cloudwatch/home?region=${encodeURIComponent(
    region,
  )}#metricsV2:graph=~();namespace=${encodeURIComponent(
    namespace,
  )};search=${encodeURIComponent(search)}`;
}
