import { summariseRules } from './securityGroups';

describe('summariseRules', () => {
  it('summarises protocols, ports and every kind of source', () => {
    expect(
      summariseRules([
        { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          Ipv6Ranges: [{ CidrIpv6: '::/0' }],
          PrefixListIds: [{ PrefixListId: 'pl-1' }],
          UserIdGroupPairs: [
            { GroupId: 'sg-1' },
            { UserId: '222222222222', GroupId: 'sg-2' },
          ],
        },
      ]),
    ).toEqual([
      {
        protocol: 'all',
        fromPort: undefined,
        toPort: undefined,
        sources: ['0.0.0.0/0'],
      },
      {
        protocol: 'tcp',
        fromPort: 443,
        toPort: 443,
        sources: ['::/0', 'pl-1', 'sg-1', '222222222222/sg-2'],
      },
    ]);
  });
});
