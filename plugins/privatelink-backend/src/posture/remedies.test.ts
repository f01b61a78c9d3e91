import { PostureFinding } from '@privatelink-portal/plugin-privatelink-common';
import { gatewayRequestLink, remediesOf } from './remedies';

const vpc = {
  kind: 'vpc' as const,
  entityRef: 'resource:default/vpc-1',
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'vpc-1' },
    spec: { type: 'aws-vpc', owner: 'group:default/payments' },
  },
  vpc: {
    vpcId: 'vpc-1',
    accountId: '111111111111',
    region: 'eu-west-1',
    cidrBlocks: ['10.0.0.0/16'],
    tags: {},
    ownerSource: 'tag tenant',
  },
};

const finding = (checkId: string, evidence: string[]): PostureFinding => ({
  entityRef: vpc.entityRef,
  checkId,
  severity: 'medium',
  title: 't',
  evidence,
  fix: 'f',
  firstSeen: '2026-12-01T00:00:00.000Z',
  lastSeen: '2026-12-01T00:00:00.000Z',
});

describe('remediesOf', () => {
  it('offers one gateway request per missing service, its form filled in', () => {
    const remedies = remediesOf(
      vpc as any,
      finding('vpc-missing-gateway-endpoint', [
        'No gateway endpoint for dynamodb (com.amazonaws.eu-west-1.dynamodb) in vpc-1',
      ]),
    );
    expect(remedies).toEqual([
      {
        title: 'Request the dynamodb gateway endpoint',
        url: gatewayRequestLink({
          owner: 'group:default/payments',
          accountId: '111111111111',
          region: 'eu-west-1',
          vpcId: 'vpc-1',
          service: 'dynamodb',
        }),
      },
    ]);
    const formData = JSON.parse(
      decodeURIComponent(remedies[0].url.split('formData=')[1]),
    );
    expect(formData).toEqual({
      owner: 'group:default/payments',
      accountId: '111111111111',
      region: 'eu-west-1',
      vpcId: 'vpc-1',
      service: 'dynamodb',
    });
    expect(remedies[0].url).toMatch(
      /^\/create\/templates\/default\/request-gateway-endpoint\?formData=/,
    );
  });

  it('offers nothing for other checks, or a VPC that lacks nothing', () => {
    expect(remediesOf(vpc as any, finding('sg-open-ingress', ['x']))).toEqual(
      [],
    );
    expect(
      remediesOf(vpc as any, finding('vpc-missing-gateway-endpoint', [])),
    ).toEqual([]);
  });
});
