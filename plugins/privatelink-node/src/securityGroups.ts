import type { IpPermission } from '@aws-sdk/client-ec2';
import { SecurityGroupRule } from '@privatelink-portal/plugin-privatelink-common';

/** The inbound rules of a security group (DescribeSecurityGroups) as the checks and cards read them. @public */
export function summariseRules(
  permissions: IpPermission[] | undefined,
): SecurityGroupRule[] {
  return (permissions ?? []).map(p => ({
    protocol: p.IpProtocol === '-1' ? 'all' : p.IpProtocol ?? 'all',
    fromPort: p.IpProtocol === '-1' ? undefined : p.FromPort,
    toPort: p.IpProtocol === '-1' ? undefined : p.ToPort,
    sources: [
      ...(p.IpRanges ?? []).map(r => r.CidrIp ?? ''),
      ...(p.Ipv6Ranges ?? []).map(r => r.CidrIpv6 ?? ''),
      ...(p.PrefixListIds ?? []).map(r => r.PrefixListId ?? ''),
      ...(p.UserIdGroupPairs ?? []).map(r =>
        r.UserId && r.GroupId ? `${r.UserId}/${r.GroupId}` : r.GroupId ?? '',
      ),
    ].filter(Boolean),
  }));
}
