import {
  EndpointSecurityGroup,
  FindingSeverity,
  VpcEndpointDetails,
} from '@privatelink-portal/plugin-privatelink-common';
import type { PostureSettings } from '../settings';
import { ENDPOINT_CHECKS } from './checks';

/** The checks that read an endpoint's security groups. */
const SECURITY_GROUP_CHECKS = ['sg-open-ingress', 'sg-broad-ports'];

/** What a security group check would find on a group, before an endpoint uses it. */
export interface SecurityGroupFinding {
  checkId: string;
  severity: FindingSeverity;
  title: string;
  evidence: string[];
}

/**
 * What the portal's security group checks (open to the internet, ports beyond what the service
 * needs) would find if an interface endpoint to `serviceName` used `group`: the same checks, with
 * the same settings, that posture evaluates on every endpoint, so that the request form can mark
 * a group before it is chosen.
 */
export function securityGroupFindings(
  group: EndpointSecurityGroup,
  endpoint: { serviceName?: string; region: string; vendor?: string },
  settings: PostureSettings,
): SecurityGroupFinding[] {
  const subject = {
    endpoint: {
      endpointType: 'Interface',
      serviceName: endpoint.serviceName ?? '',
      region: endpoint.region,
      ...(endpoint.vendor ? { vendor: endpoint.vendor } : {}),
      securityGroups: [group],
    } as VpcEndpointDetails,
    owner: '',
  };
  const context = {
    // The security group checks read no time, accounts, idle facts or targets.
    now: new Date(0),
    readOnly: settings.readOnly,
    allowedPorts: settings.allowedPorts,
    trustedAccounts: settings.trustedAccounts,
    inventoriedAccounts: new Set<string>(),
    gatewayEndpoints: new Set<string>(),
    idle: new Map(),
    unhealthyTargets: new Map(),
    consolidation: new Map(),
  };
  return ENDPOINT_CHECKS.filter(
    check =>
      SECURITY_GROUP_CHECKS.includes(check.id) &&
      settings.checks[check.id]?.enabled !== false,
  ).flatMap(check => {
    const evidence = check.evaluate(subject, context, '');
    return evidence.length
      ? [
          {
            checkId: check.id,
            severity: settings.checks[check.id]?.severity ?? check.severity,
            title: check.title,
            evidence,
          },
        ]
      : [];
  });
}
