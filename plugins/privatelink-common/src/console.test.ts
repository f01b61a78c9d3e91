import {
  awsConsoleBaseUrl,
  awsConsoleUrl,
  cloudWatchMetricsUrl,
} from './console';

describe('AWS console links', () => {
  it.each([
    ['us-east-1', 'https://us-east-1.console.aws.amazon.com'],
    ['eu-west-1', 'https://eu-west-1.console.aws.amazon.com'],
    ['us-gov-west-1', 'https://console.amazonaws-us-gov.com'],
    ['cn-north-1', 'https://console.amazonaws.cn'],
  ])('opens %s in its partition: %s', (region, base) => {
    expect(awsConsoleBaseUrl(region)).toBe(base);
    expect(awsConsoleUrl(region, { kind: 'vpc', id: 'vpc-1' })).toBe(
      `${base}/vpcconsole/home?region=${region}#VpcDetails:VpcId=vpc-1`,
    );
  });

  it.each([
    ['endpoint', 'vpce-0a1', '#EndpointDetails:vpcEndpointId=vpce-0a1'],
    [
      'endpoint-service',
      'vpce-svc-0b2',
      '#EndpointServiceDetails:vpcEndpointServiceId=vpce-svc-0b2',
    ],
    ['subnet', 'subnet-3', '#SubnetDetails:subnetId=subnet-3'],
    ['security-group', 'sg-4', '#SecurityGroup:groupId=sg-4'],
    ['route-table', 'rtb-5', '#RouteTableDetails:RouteTableId=rtb-5'],
  ] as const)('names the %s page', (kind, id, fragment) => {
    expect(awsConsoleUrl('us-east-1', { kind, id })).toBe(
      `https://us-east-1.console.aws.amazon.com/vpcconsole/home?region=us-east-1${fragment}`,
    );
  });

  it('searches the endpoint metrics namespace for one endpoint, escaping what it is given', () => {
    expect(
      cloudWatchMetricsUrl(
        'us-gov-east-1',
        'AWS/PrivateLinkEndpoints',
        'vpce-0a1',
      ),
    ).toBe(
      'https://console.amazonaws-us-gov.com/cloudwatch/home?region=us-gov-east-1#metricsV2:graph=~();namespace=AWS%2FPrivateLinkEndpoints;search=vpce-0a1',
    );
    expect(awsConsoleUrl('us-east-1', { kind: 'vpc', id: 'vpc-1#x' })).toMatch(
      /VpcId=vpc-1%23x$/,
    );
  });
});
