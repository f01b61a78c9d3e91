import {
  EndpointConnection,
  FindingSeverity,
  GATEWAY_ENDPOINT_SERVICES,
  IdleVerdict,
  isGatewayEndpointService,
  isAnyPrincipal,
  PolicyStatement,
  policyStatements,
  SecurityGroupRule,
  shortServiceName,
  VpcEndpointDetails,
  VpcDetails,
  VpcEndpointServiceDetails,
} from '@privatelink-portal/plugin-privatelink-common';

/** What a check needs to know beyond the entity itself. */
export interface PostureContext {
  now: Date;
  /** Services (short names such as `s3`) and owners (group refs) whose endpoints must not write. */
  readOnly: { services: string[]; owners: string[] };
  /** Inbound ports an endpoint's security group may open: by service short name or vendor, else the default. */
  allowedPorts: { default: number[]; byService: Record<string, number[]> };
  /** Accounts outside the inventory that may consume our services. */
  trustedAccounts: string[];
  /** Accounts the portal inventories. */
  inventoriedAccounts: ReadonlySet<string>;
  /** `<account>/<vpc>/<service name>` of every gateway endpoint in the inventory. */
  gatewayEndpoints: ReadonlySet<string>;
  /** The idle verdict of each endpoint, by entity ref (none before the first collection). */
  idle: ReadonlyMap<string, IdleVerdict>;
  /** The highest UnHealthyHostCount of each provided service's last collected day, by entity ref. */
  unhealthyTargets: ReadonlyMap<string, { count: number; day: string }>;
  /** Endpoints one hub endpoint set would replace for less, with the figures, by entity ref. */
  consolidation: ReadonlyMap<string, string[]>;
}

/** One check: what it looks at, how bad it is by default, and what to do. */
export interface PostureCheck<S> {
  id: string;
  subject: 'endpoint' | 'service' | 'vpc';
  severity: FindingSeverity;
  title: string;
  fix: string;
  /** The evidence that makes the check fire: nothing when the subject passes. */
  evaluate(subject: S, context: PostureContext, entityRef: string): string[];
}

type EndpointSubject = { endpoint: VpcEndpointDetails; owner: string };
type ServiceSubject = { service: VpcEndpointServiceDetails };
type VpcSubject = { vpc: VpcDetails };

function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Condition keys that narrow who may use an endpoint to a known organisation, account or network. */
const NARROWING_CONDITION_KEYS = [
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:principalarn',
  'aws:resourceorgid',
  'aws:resourceaccount',
];

function narrowsPrincipal(condition: unknown): boolean {
  if (!condition || typeof condition !== 'object') return false;
  return Object.values(condition as Record<string, unknown>).some(
    operands =>
      operands &&
      typeof operands === 'object' &&
      Object.keys(operands as object).some(key =>
        NARROWING_CONDITION_KEYS.includes(key.toLocaleLowerCase('en-US')),
      ),
  );
}

/** `*`, or every action of a service (`s3:*`). */
const isAllActions = (action: string) =>
  action === '*' || /^[a-z0-9-]+:\*$/i.test(action);

/** An Allow to anybody of every action on every resource, with no condition that narrows who. */
export function isFullAccessStatement(statement: PolicyStatement): boolean {
  if (statement.Effect !== 'Allow' || !isAnyPrincipal(statement.Principal))
    return false;
  const everyAction =
    asList(statement.Action).some(isAllActions) ||
    // Allow everything but a few actions is still (almost) everything.
    (statement.NotAction !== undefined && statement.Action === undefined);
  return (
    everyAction &&
    asList(statement.Resource).includes('*') &&
    !narrowsPrincipal(statement.Condition)
  );
}

const WRITE_VERBS =
  /^(put|delete|create|update|write|batchwrite|restore|replicate|abort|copy|upload|modify|remove|tag|untag|import|transact)/i;
/** Write actions to test wildcard patterns against (`s3:P*` matches `s3:PutObject`). */
const KNOWN_WRITES = [
  'PutObject',
  'DeleteObject',
  'DeleteBucket',
  'PutBucketPolicy',
  'PutItem',
  'DeleteItem',
  'UpdateItem',
  'BatchWriteItem',
  'CreateTable',
  'DeleteTable',
];

/** Whether an action pattern of an Allow grants a write or delete. */
export function isWriteAction(action: string): boolean {
  if (isAllActions(action)) return true;
  const verb = action.includes(':')
    ? action.slice(action.indexOf(':') + 1)
    : action;
  if (!verb.includes('*')) return WRITE_VERBS.test(verb);
  const pattern = new RegExp(
    `^${verb.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
    'i',
  );
  return KNOWN_WRITES.some(write => pattern.test(write));
}

function portsOpened(
  rule: SecurityGroupRule,
): { from: number; to: number } | 'all' | undefined {
  if (rule.protocol === 'all' || rule.protocol === '-1') return 'all';
  if (rule.protocol === 'icmp' || rule.protocol === 'icmpv6') return undefined;
  if (rule.fromPort === undefined || rule.toPort === undefined) return 'all';
  return { from: rule.fromPort, to: rule.toPort };
}

const describeRule = (groupId: string, rule: SecurityGroupRule) => {
  const opened = portsOpened(rule);
  let what = `${rule.protocol} ports ${rule.fromPort}-${rule.toPort}`;
  if (opened === 'all')
    what =
      rule.protocol === 'all' ? 'all traffic' : `${rule.protocol} all ports`;
  else if (!opened) what = rule.protocol;
  else if (opened.from === opened.to)
    what = `${rule.protocol} port ${opened.from}`;
  return `${groupId}: ${what} from ${rule.sources.join(', ') || 'nowhere'}`;
};

/** States in which an endpoint carries no traffic (and, rejected or failed, may still cost money). */
const NOT_AVAILABLE = ['pendingacceptance', 'pending', 'rejected', 'failed'];

export const ENDPOINT_CHECKS: Array<PostureCheck<EndpointSubject>> = [
  {
    id: 'policy-full-access',
    subject: 'endpoint',
    severity: 'high',
    title: 'The endpoint policy lets anyone do anything',
    fix: 'Replace the default policy with one that allows only the actions and resources this tenant uses, or add a Condition on aws:PrincipalOrgID, aws:PrincipalAccount or aws:SourceVpc.',
    evaluate: ({ endpoint }) =>
      policyStatements(endpoint.policy)
        .filter(isFullAccessStatement)
        .map(s => `Statement ${JSON.stringify(s)}`),
  },
  {
    id: 'policy-write-actions',
    subject: 'endpoint',
    severity: 'medium',
    title:
      'The endpoint policy allows writes where the tenant or service is read-only',
    fix: 'Allow only read actions (Get*, List*, Describe*, Query, Scan) in the endpoint policy, or remove the tenant or service from privatelink.posture.readOnly if it really writes.',
    evaluate: ({ endpoint, owner }, context) => {
      const service = shortServiceName(endpoint.serviceName, endpoint.region);
      const readOnly =
        context.readOnly.services.includes(service) ||
        context.readOnly.owners.includes(owner);
      if (!readOnly) return [];
      return policyStatements(endpoint.policy)
        .filter(s => s.Effect === 'Allow')
        .flatMap(s => {
          const writes = asList(s.Action).filter(isWriteAction);
          if (s.NotAction !== undefined)
            return [
              `Allow of everything but ${asList(s.NotAction).join(', ')}`,
            ];
          return writes.length
            ? [`Allows ${writes.join(', ')} (${service} is read-only here)`]
            : [];
        });
    },
  },
  {
    id: 'sg-open-ingress',
    subject: 'endpoint',
    severity: 'high',
    title: 'A security group of the endpoint is open to the internet',
    fix: 'Allow inbound only from the VPC CIDR or the security groups of the clients, never 0.0.0.0/0 or ::/0.',
    evaluate: ({ endpoint }) =>
      endpoint.endpointType !== 'Interface'
        ? []
        : endpoint.securityGroups.flatMap(group =>
            (group.inboundRules ?? [])
              .filter(rule =>
                rule.sources.some(
                  source => source === '0.0.0.0/0' || source === '::/0',
                ),
              )
              .map(rule => describeRule(group.groupId, rule)),
          ),
  },
  {
    id: 'sg-broad-ports',
    subject: 'endpoint',
    severity: 'medium',
    title: 'A security group opens more ports than the service needs',
    fix: 'Open only the ports the service listens on (443 for AWS services); configure others per service in privatelink.posture.allowedPorts.',
    evaluate: ({ endpoint }, context) => {
      if (endpoint.endpointType !== 'Interface') return [];
      const service = shortServiceName(endpoint.serviceName, endpoint.region);
      const allowed =
        context.allowedPorts.byService[service] ??
        (endpoint.vendor
          ? context.allowedPorts.byService[endpoint.vendor]
          : undefined) ??
        context.allowedPorts.default;
      return endpoint.securityGroups.flatMap(group =>
        (group.inboundRules ?? [])
          .filter(rule => {
            const opened = portsOpened(rule);
            if (!opened) return false;
            if (opened === 'all') return true;
            const allowedInRange = new Set(
              allowed.filter(p => p >= opened.from && p <= opened.to),
            );
            return opened.to - opened.from + 1 > allowedInRange.size;
          })
          .map(
            rule =>
              `${describeRule(
                group.groupId,
                rule,
              )} (the service needs ${allowed.join(', ')})`,
          ),
      );
    },
  },
  {
    id: 'endpoint-single-az',
    subject: 'endpoint',
    severity: 'medium',
    title: 'The endpoint is in one availability zone only',
    fix: 'Add a subnet in a second (and third) AZ, so clients in other AZs keep working when one fails.',
    evaluate: ({ endpoint }) => {
      if (endpoint.endpointType !== 'Interface') return [];
      const zones = new Set(
        endpoint.subnets.map(s => s.availabilityZone ?? s.subnetId),
      );
      return zones.size <= 1
        ? [
            `Subnets ${
              endpoint.subnets
                .map(
                  s => `${s.subnetId} (${s.availabilityZone ?? 'AZ unknown'})`,
                )
                .join(', ') || 'none'
            }`,
          ]
        : [];
    },
  },
  {
    id: 'endpoint-not-available',
    subject: 'endpoint',
    severity: 'high',
    title: 'The endpoint has not been available for more than a day',
    fix: 'Ask the provider to accept the connection, or delete the endpoint: a rejected or failed endpoint carries no traffic and may still be billed.',
    evaluate: ({ endpoint }, context) => {
      if (!NOT_AVAILABLE.includes(endpoint.state.toLocaleLowerCase('en-US')))
        return [];
      const created = endpoint.createdAt
        ? Date.parse(endpoint.createdAt)
        : Number.NaN;
      const days = Math.floor((context.now.getTime() - created) / 86_400_000);
      if (!(days >= 1)) return [];
      return [
        `State ${endpoint.state}; created ${endpoint.createdAt?.slice(
          0,
          10,
        )}, ${days} days ago`,
      ];
    },
  },
  {
    id: 'endpoint-idle',
    subject: 'endpoint',
    severity: 'low',
    title: 'The endpoint is idle and costs money',
    fix: 'Retire it if nothing needs it any more; the hourly charge accrues whether or not traffic flows.',
    evaluate: (_, context, entityRef) => {
      const idle = context.idle.get(entityRef);
      return idle?.idle ? [idle.reason] : [];
    },
  },
  {
    id: 'endpoint-unmapped-vendor',
    subject: 'endpoint',
    severity: 'medium',
    title: 'The endpoint connects to a service nobody has mapped to a vendor',
    fix: 'Add the service name or its owner account to privatelink.vendors, or to the inventory if it is one of ours.',
    evaluate: ({ endpoint }) =>
      endpoint.serviceOrigin === 'external'
        ? [
            `${endpoint.serviceName}, owner account ${
              endpoint.service?.owner ?? 'unknown'
            }`,
          ]
        : [],
  },
  {
    id: 'interface-where-gateway-free',
    subject: 'endpoint',
    severity: 'low',
    title:
      'An interface endpoint to S3 or DynamoDB where a free gateway endpoint would do',
    fix: 'Add a gateway endpoint for the service to the VPC and its route tables; keep the interface endpoint only for on-premises or cross-region clients.',
    evaluate: ({ endpoint }, context) => {
      const service = shortServiceName(endpoint.serviceName, endpoint.region);
      if (
        endpoint.endpointType !== 'Interface' ||
        endpoint.serviceOrigin !== 'aws' ||
        !isGatewayEndpointService(service)
      ) {
        return [];
      }
      return context.gatewayEndpoints.has(
        `${endpoint.accountId}/${endpoint.vpcId}/${endpoint.serviceName}`,
      )
        ? []
        : [
            `Interface endpoint to ${service} in ${endpoint.vpcId}, which has no gateway endpoint for ${service}`,
          ];
    },
  },
  {
    id: 'endpoint-consolidation-candidate',
    subject: 'endpoint',
    severity: 'low',
    title:
      'Other VPCs of this network have endpoints to the same service: one shared set would cost less',
    fix: 'Keep one endpoint set for the service in a shared-services (hub) VPC, reach it from the other VPCs over the Transit Gateway, and resolve the service name to it with a Route 53 private hosted zone associated with those VPCs (private DNS off on the hub endpoint); then retire this endpoint.',
    evaluate: (_, context, entityRef) =>
      context.consolidation.get(entityRef) ?? [],
  },
];

export const SERVICE_CHECKS: Array<PostureCheck<ServiceSubject>> = [
  {
    id: 'service-no-acceptance',
    subject: 'service',
    severity: 'medium',
    title: 'Any allowed principal can connect without acceptance',
    fix: 'Turn on acceptance required, so each new consumer connection is reviewed.',
    // Only a service one of our accounts provides: AWS's own and vendors' services never ask
    // their consumers for acceptance, and that is not ours to fix.
    evaluate: ({ service }) =>
      service.provider && service.acceptanceRequired === false
        ? ['AcceptanceRequired is false']
        : [],
  },
  {
    id: 'service-open-principals',
    subject: 'service',
    severity: 'high',
    title: 'Every AWS account may connect to the service',
    fix: 'Replace * in the allowed principals with the accounts or organisations that consume the service.',
    evaluate: ({ service }) =>
      (service.provider?.allowedPrincipals ?? [])
        .filter(p => p === '*')
        .map(() => 'Allowed principal *'),
  },
  {
    id: 'service-unknown-consumer',
    subject: 'service',
    severity: 'high',
    title: 'An account outside the inventory and the trust list is connected',
    fix: 'Reject the connection if it is not expected, or add the account to privatelink.posture.trustedAccounts.',
    evaluate: ({ service }, context) =>
      (service.provider?.connections ?? [])
        .filter(
          (c: EndpointConnection) =>
            !context.inventoriedAccounts.has(c.endpointOwner) &&
            !context.trustedAccounts.includes(c.endpointOwner),
        )
        .map(c => `${c.endpointId} of account ${c.endpointOwner}, ${c.state}`),
  },
  {
    id: 'service-unhealthy-targets',
    subject: 'service',
    severity: 'high',
    title: "The service's load balancer reported unhealthy targets",
    fix: "Check the target group's health checks and the targets behind the NLB; consumers see resets and timeouts.",
    evaluate: (_, context, entityRef) => {
      const targets = context.unhealthyTargets.get(entityRef);
      return targets && targets.count > 0
        ? [`Up to ${targets.count} unhealthy targets on ${targets.day}`]
        : [];
    },
  },
];

export const VPC_CHECKS: Array<PostureCheck<VpcSubject>> = [
  {
    id: 'vpc-missing-gateway-endpoint',
    subject: 'vpc',
    severity: 'medium',
    title: 'The VPC lacks a free gateway endpoint for S3 or DynamoDB',
    fix: 'Add a gateway endpoint for each (they cost nothing) and associate the route tables, so traffic to S3 and DynamoDB stays off the NAT gateway and its per-GB charge.',
    // One line of evidence per missing service.
    evaluate: ({ vpc }, context) =>
      GATEWAY_ENDPOINT_SERVICES.map(
        service => `com.amazonaws.${vpc.region}.${service}`,
      )
        .filter(
          name =>
            !context.gatewayEndpoints.has(
              `${vpc.accountId}/${vpc.vpcId}/${name}`,
            ),
        )
        .map(
          name =>
            `No gateway endpoint for ${shortServiceName(
              name,
              vpc.region,
            )} (${name}) in ${vpc.vpcId}`,
        ),
  },
];

/** Every check, by id. */
export const ALL_CHECKS = [
  ...ENDPOINT_CHECKS,
  ...SERVICE_CHECKS,
  ...VPC_CHECKS,
];
