// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit plugins/privatelink-backend/src/schema/openapi.yaml
// * and run `npm run openapi`.
// ******************************************************************
/* eslint-disable */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the plugin can serve: its database answers and is migrated. Open to all. */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Daily CloudWatch rollups of an endpoint or provided service and its idle verdict. */
    get: operations['getEntityUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/cost': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly cost estimate, with the formula that made each figure. */
    get: operations['getEntityCost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One health status with its reasons, per Availability Zone too. */
    get: operations['getEntityHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The entity's alert incidents, newest first. */
    get: operations['getEntityAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open posture findings of an endpoint, service or VPC and the checks that ran. */
    get: operations['getEntityFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/freshness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the inventory of the entity's account is current. */
    get: operations['getEntityFreshness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entities/{kind}/{namespace}/{name}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The entity's audit items, newest quarter first, with their decisions (privatelink.audit.read). */
    get: operations['getEntityAuditHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inventory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every endpoint an owner has (and, when asked, its child teams'), with usage, cost, health and findings, and the services it provides. */
    get: operations['getInventory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open findings of what an owner has; without an owner, the fleet's (privatelink.findings.read). */
    get: operations['listFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fleet page's figures, aggregated from the snapshot (privatelink.fleet.read). */
    get: operations['getFleetSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/rows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rows the filters select (privatelink.fleet.read). */
    get: operations['listFleetRows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What each account refresh and usage collection last did (privatelink.status.read). */
    get: operations['getOperatorsStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/status/inventory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The catalog module's report of one account refresh; the catalog plugin's service credentials only. */
    post: operations['reportInventoryRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts and regions endpoints can be requested in. A signed-in user's choices, from their own credentials. */
    get: operations['listRequestAccounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Groups the user may request for. A signed-in user's choices, from their own credentials. */
    get: operations['listRequestOwners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/vpcs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** VPCs of an account and region. */
    get: operations['listRequestVpcs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/subnets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subnets of a VPC, from AWS or the inventory. */
    get: operations['listRequestSubnets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/security-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security groups of a VPC, from AWS or the inventory. */
    get: operations['listRequestSecurityGroups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Endpoint services that can be requested in a region, by vendor. */
    get: operations['listRequestServices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/estimate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The review step: monthly cost before traffic, the tags, and endpoints that already exist. */
    get: operations['getRequestEstimate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit campaigns (privatelink.audit.read). */
    get: operations['listAuditCampaigns'];
    put?: never;
    /** Opens this quarter's campaign of one owner, or returns the open one (privatelink.audit.manage). */
    post: operations['openAuditCampaign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign with its items, decisions and departures (privatelink.audit.read). */
    get: operations['getAuditCampaign'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audits/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign as a file for auditors, JSON or CSV (privatelink.audit.read). */
    get: operations['exportAuditCampaign'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audits/{id}/items/{kind}/{namespace}/{name}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a decision on an item (privatelink.audit.acknowledge on its entity, or privatelink.audit.manage). The actor is the signed-in user. */
    post: operations['decideAuditItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A Backstage error response. */
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response: {
        statusCode: number;
      };
    };
    DailyUsage: {
      day: string;
      bytesProcessed: number;
      newConnections: number;
      activeConnectionsMax: number;
      packetsDropped: number;
      resetPackets: number;
      healthyHostsMin?: number;
      unhealthyHostsMax?: number;
      zones?: {
        [key: string]: components['schemas']['ZoneUsage'];
      };
    };
    ZoneUsage: {
      bytesProcessed: number;
      packetsDropped: number;
    };
    IdleVerdict: {
      idle: boolean;
      reason: string;
      observedDays: number;
      daysWithoutBytes: number;
      monthlyUsd: number;
      wastedSoFarUsd: number;
    };
    UsageReport: {
      entityRef: string;
      metricsPublished: boolean;
      series?: string;
      note?: string;
      from: string;
      to: string;
      days: components['schemas']['DailyUsage'][];
      totals: {
        bytesProcessed: number;
        newConnections: number;
      };
      idle?: components['schemas']['IdleVerdict'];
    };
    CostReport: {
      /** @constant */
      currency: 'USD';
      hourly: number;
      dataProcessing: number;
      total: number;
      gbPerMonth?: number;
      natCounterfactual?: number;
      saving?: number;
      formula: string;
      entityRef: string;
      applicable: boolean;
      note?: string;
      basis: string;
      basisBytes?: number;
    };
    /** @enum {string} */
    HealthStatus: 'healthy' | 'degraded' | 'unhealthy' | 'unknown';
    HealthReport: {
      entityRef: string;
      status: components['schemas']['HealthStatus'];
      reasons: string[];
      state?: string;
      lastDay?: components['schemas']['DailyUsage'];
      zones: {
        availabilityZone: string;
        subnetId: string;
        networkInterfaceId?: string;
        status: components['schemas']['HealthStatus'];
        reason: string;
        bytesProcessed?: number;
        packetsDropped?: number;
      }[];
      targets?: {
        healthyHostsMin?: number;
        unhealthyHostsMax?: number;
        day: string;
      };
    };
    AlertIncident: {
      id: number;
      entityRef: string;
      kind: components['schemas']['AlertKind'];
      status: string;
      reasons: string[];
      recipients: string[];
      openedAt: string;
      resolvedAt?: string;
      /** @enum {string} */
      resolution?: 'recovered' | 'gone';
      alertedAt?: string;
      recoveryAlertedAt?: string;
    };
    /** @enum {string} */
    AlertKind: 'health' | 'idle';
    AlertsReport: {
      entityRef: string;
      enabled: boolean;
      incidents: components['schemas']['AlertIncident'][];
    };
    InventoryRow: {
      entityRef: string;
      ownerRef?: string;
      endpointId: string;
      title: string;
      endpointType: components['schemas']['EndpointType'];
      state: string;
      serviceName: string;
      serviceLabel: string;
      vendorRef?: string;
      accountId: string;
      region: string;
      vpcId: string;
      availabilityZones?: number;
      privateDnsEnabled?: boolean;
      createdAt?: string;
      bytesProcessed30d?: number;
      idle?: components['schemas']['IdleVerdict'];
      monthlyCostUsd: number;
      natSavingUsd?: number;
      health: components['schemas']['HealthStatus'];
      healthReasons: string[];
      findings: {
        high: number;
        medium: number;
        low: number;
        checkIds: string[];
      };
    };
    /** @enum {string} */
    EndpointType: 'Interface' | 'Gateway' | 'GatewayLoadBalancer';
    ProvidedServiceRow: {
      entityRef: string;
      ownerRef?: string;
      title: string;
      serviceName: string;
      serviceId?: string;
      accountId: string;
      region: string;
      state: string;
      acceptanceRequired?: boolean;
      consumers?: {
        total: number;
        accepted: number;
        outsideInventory: number;
      };
      health: components['schemas']['HealthStatus'];
      healthReasons: string[];
      findings: {
        high: number;
        medium: number;
        low: number;
        checkIds: string[];
      };
    };
    InventorySummary: {
      owner: string;
      includedGroups?: string[];
      endpoints: components['schemas']['InventoryRow'][];
      services: components['schemas']['ProvidedServiceRow'][];
      invalid: {
        entityRef: string;
        error: string;
      }[];
    };
    InventoryRefreshStatus: {
      provider: string;
      accountId?: string;
      /** @enum {string} */
      source?: 'aws' | 'snapshot';
      regions: string[];
      lastAttemptAt?: string;
      lastSuccessAt?: string;
      lastErrorAt?: string;
      lastError?: string;
      failingSince?: string;
      durationMs?: number;
      entities?: number;
      apiCalls: {
        region: string;
        api: string;
        calls: number;
      }[];
      omitted: {
        region: string;
        api: string;
        reason: string;
      }[];
      problems?: {
        region: string;
        resource: string;
        problem: string;
      }[];
      problemCount?: number;
    };
    UsageCollectionStatus: {
      accountId: string;
      region: string;
      collectedAt: string;
      entities: number;
      daysFetched: number;
      rows: number;
      metricsRequested: number;
      cloudWatchCostUsd: number;
      error?: string;
    };
    OperatorsStatus: {
      inventory: components['schemas']['InventoryRefreshStatus'][];
      usage: components['schemas']['UsageCollectionStatus'][];
      invalidEntities: {
        entityRef: string;
        error: string;
        seenAt: string;
      }[];
    };
    InventoryFreshness: {
      entityRef: string;
      accountId: string;
      lastSuccessAt?: string;
      lastAttemptAt?: string;
      stale: boolean;
      failingSince?: string;
    };
    PostureFinding: {
      entityRef: string;
      checkId: string;
      severity: components['schemas']['FindingSeverity'];
      title: string;
      evidence: string[];
      fix: string;
      suppressed?: string;
      firstSeen: string;
      lastSeen: string;
    };
    /** @enum {string} */
    FindingSeverity: 'high' | 'medium' | 'low';
    PostureReport: {
      entityRef: string;
      findings: components['schemas']['PostureFinding'][];
      checks: {
        id: string;
        title: string;
        severity: components['schemas']['FindingSeverity'];
      }[];
    };
    FleetFilter: {
      tenant?: string;
      vendor?: string;
      account?: string;
      region?: string;
      type?: string;
    };
    FleetGroup: {
      key: string;
      endpoints: number;
      services: number;
      monthlyCostUsd: number;
      natSavingUsd: number;
      idle: number;
      idleMonthlyUsd: number;
      unhealthy: number;
      degraded: number;
      findings: {
        high: number;
        medium: number;
        low: number;
      };
    };
    FleetRow: {
      entityRef: string;
      /** @enum {string} */
      kind: 'endpoint' | 'service';
      title: string;
      resourceId: string;
      ownerRef?: string;
      vendorRef?: string;
      accountId: string;
      region: string;
      vpcId?: string;
      type: string;
      state: string;
      serviceLabel: string;
      monthlyCostUsd: number;
      natSavingUsd?: number;
      idle: boolean;
      idleMonthlyUsd: number;
      wastedSoFarUsd: number;
      bytesProcessed30d?: number;
      health: components['schemas']['HealthStatus'];
      healthReasons: string[];
      findings: {
        high: number;
        medium: number;
        low: number;
      };
    };
    FleetSummary: {
      filter: components['schemas']['FleetFilter'];
      refreshedAt?: string;
      totals: components['schemas']['FleetGroup'];
      byType: {
        type: string;
        count: number;
      }[];
      byState: {
        state: string;
        count: number;
      }[];
      byTenant: components['schemas']['FleetGroup'][];
      byVendor: components['schemas']['FleetGroup'][];
      byAccountRegion: components['schemas']['FleetGroup'][];
      topIdle: components['schemas']['FleetRow'][];
      unhealthy: components['schemas']['FleetRow'][];
      findingsByCheck: {
        checkId: string;
        severity: string;
        count: number;
        /** @enum {string} */
        subject: 'endpoint' | 'service' | 'vpc';
      }[];
      options: {
        tenants: string[];
        vendors: string[];
        accounts: string[];
        regions: string[];
        types: string[];
      };
    };
    RequestAccount: {
      accountId: string;
      regions: string[];
      canRequest: boolean;
      reason?: string;
    };
    RequestOwner: {
      ref: string;
      title: string;
    };
    RequestVpc: {
      vpcId: string;
      entityRef: string;
      title: string;
      owner?: string;
      cidrBlocks: string[];
      isDefault?: boolean;
    };
    RequestSubnet: {
      subnetId: string;
      availabilityZone?: string;
      cidrBlock?: string;
      name?: string;
    };
    RequestSecurityGroup: {
      groupId: string;
      groupName?: string;
      description?: string;
    };
    RequestServiceGroup: {
      vendorRef?: string;
      vendorTitle: string;
      services: {
        serviceName: string;
        entityRef: string;
        title: string;
      }[];
    };
    RequestEstimate: {
      monthlyUsd: number;
      perGbUsd: number;
      formula: string;
      tags: {
        [key: string]: string;
      };
      duplicates: {
        entityRef: string;
        endpointId: string;
        owner?: string;
      }[];
    };
    /** @enum {string} */
    AuditCampaignStatus: 'open' | 'complete' | 'overdue';
    AuditItem: {
      entityRef: string;
      /** @enum {string} */
      kind: 'endpoint' | 'service';
      facts: components['schemas']['FrozenAuditFacts'];
      drift: components['schemas']['AuditDrift'][];
      decision?: components['schemas']['AuditDecision'];
      history: components['schemas']['AuditDecision'][];
    };
    FrozenAuditFacts: {
      title: string;
      type: string;
      resourceId: string;
      serviceName: string;
      vendorRef?: string;
      accountId: string;
      region: string;
      vpcId?: string;
      state?: string;
      availabilityZones: string[];
      usage: {
        from: string;
        to: string;
        daysCollected: number;
        bytesProcessed: number;
        idle?: components['schemas']['IdleVerdict'];
      };
      cost?: {
        monthlyUsd: number;
        natSavingUsd?: number;
        formula: string;
      };
      health: {
        status: components['schemas']['HealthStatus'];
        reasons: string[];
      };
      findings: components['schemas']['FrozenFinding'][];
    };
    FrozenFinding: {
      checkId: string;
      severity: components['schemas']['FindingSeverity'];
      title: string;
      evidence: string[];
      fix: string;
      suppressed?: string;
      firstSeen: string;
    };
    AuditDrift:
      | {
          /** @constant */
          type: 'created';
          detail: string;
        }
      | {
          /** @constant */
          type: 'owner-changed';
          from: string;
          detail: string;
        }
      | {
          /** @constant */
          type: 'newly-idle';
          detail: string;
        }
      | {
          /** @constant */
          type: 'finding-new';
          checkId: string;
          detail: string;
        }
      | {
          /** @constant */
          type: 'finding-resolved';
          checkId: string;
          detail: string;
        };
    AuditDecision: {
      id: number;
      decision: components['schemas']['AuditDecisionKind'];
      fix?: string;
      comment: string;
      actor: string;
      decidedAt: string;
    };
    /** @enum {string} */
    AuditDecisionKind: 'keep' | 'fix' | 'retire';
    AuditDeparture: {
      entityRef: string;
      title: string;
      resourceId: string;
      /** @enum {string} */
      type: 'deleted' | 'owner-changed';
      to?: string;
      detail: string;
    };
    AuditCampaign: {
      id: string;
      owner: string;
      quarter: string;
      openedAt: string;
      dueAt: string;
      openedBy: string;
      previousCampaignId?: string;
      items: number;
      decided: number;
      status: components['schemas']['AuditCampaignStatus'];
      completedAt?: string;
      entries: components['schemas']['AuditItem'][];
      departures: components['schemas']['AuditDeparture'][];
    };
    AuditCampaignSummary: {
      id: string;
      owner: string;
      quarter: string;
      openedAt: string;
      dueAt: string;
      openedBy: string;
      previousCampaignId?: string;
      items: number;
      decided: number;
      status: components['schemas']['AuditCampaignStatus'];
      completedAt?: string;
    };
    RequestSubnets: {
      source: components['schemas']['RequestNetworkSource'];
      subnets: components['schemas']['RequestSubnet'][];
    };
    RequestSecurityGroups: {
      source: components['schemas']['RequestNetworkSource'];
      securityGroups: components['schemas']['RequestSecurityGroup'][];
    };
    /** @enum {string} */
    RequestNetworkSource: 'aws' | 'inventory';
    OpenedCampaign: {
      campaign: components['schemas']['AuditCampaignSummary'];
      opened: boolean;
    };
    RecordedDecision: {
      decision: components['schemas']['AuditDecision'];
      replayed: boolean;
    };
    /** @description The actor is the signed-in user, never a field of the body: unknown fields are ignored. */
    DecisionRequest: {
      /** @description Keep, fix or retire */
      decision: components['schemas']['AuditDecisionKind'];
      /** @description What will be fixed, up to 2,000 characters (required for a fix decision) */
      fix?: string;
      /** @description Why, 1 to 4,000 characters */
      comment: string;
      /** @description 8 to 128 letters, digits or ._:-, one per submitted decision (a replay returns the decision first recorded) */
      idempotencyKey: string;
    };
    AuditExport: {
      exportedAt: string;
      exportedBy: string;
      campaign: components['schemas']['AuditCampaign'];
    };
    EntityAuditHistory: {
      entityRef: string;
      items: {
        campaign: components['schemas']['AuditCampaignSummary'];
        item: components['schemas']['AuditItem'];
      }[];
    };
    Findings: {
      owner?: string;
      findings: components['schemas']['PostureFinding'][];
    };
    Readiness: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      ready: boolean;
      database: string;
    };
  };
  responses: {
    /** @description The parameters or the body are not valid: the message says which and why. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No valid user or service token. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The permission policy does not allow it. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such entity or campaign, or the caller may not read it. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Any other failure (500 and 503 among them), as a Backstage error. */
    Failure: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description A state the request cannot apply to: an entity that does not match the PrivateLink entity contract, or an idempotency key used for another decision. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
    kind: string;
    namespace: string;
    name: string;
    /** @description An entity ref such as group:default/payments (a bare name means a group) */
    owner: string;
    /** @description An entity ref such as group:default/payments (a bare name means a group) */
    optionalOwner: string;
    /** @description A 12-digit AWS account id */
    account: string;
    /** @description An AWS region such as us-east-1 */
    region: string;
    /** @description A VPC id such as vpc-0a1b2c3d */
    vpc: string;
    /** @description A campaign id (a UUID). */
    campaignId: string;
    /** @description An entity ref of a tenant such as group:default/payments */
    fleetTenant: string;
    /** @description An entity ref of a vendor group such as group:default/snowflake */
    fleetVendor: string;
    /** @description A 12-digit AWS account id */
    fleetAccount: string;
    /** @description An AWS region such as us-east-1 */
    fleetRegion: string;
    /** @description One of Interface, Gateway, GatewayLoadBalancer or Service */
    fleetType: 'Interface' | 'Gateway' | 'GatewayLoadBalancer' | 'Service';
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Not ready. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
    };
  };
  getEntityUsage: {
    parameters: {
      query?: {
        /** @description A whole number from 1 to 400 (days back from the last complete UTC day; 30 when not given) */
        days?: string;
      };
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Daily CloudWatch rollups of an endpoint or provided service and its idle verdict. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UsageReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getEntityCost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The monthly cost estimate, with the formula that made each figure. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getEntityHealth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One health status with its reasons, per Availability Zone too. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getEntityAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entity's alert incidents, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertsReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getEntityFindings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open posture findings of an endpoint, service or VPC and the checks that ran. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostureReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getEntityFreshness: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether the inventory of the entity's account is current. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InventoryFreshness'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getEntityAuditHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entity's audit items, newest quarter first, with their decisions (privatelink.audit.read). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityAuditHistory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
  getInventory: {
    parameters: {
      query: {
        /** @description An entity ref such as group:default/payments (a bare name means a group) */
        owner: components['parameters']['owner'];
        /** @description True or false (false when not given): whether child teams' endpoints are included */
        includeChildren?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The inventory. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InventorySummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listFindings: {
    parameters: {
      query?: {
        /** @description An entity ref such as group:default/payments (a bare name means a group) */
        owner?: components['parameters']['optionalOwner'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Open findings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Findings'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  getFleetSummary: {
    parameters: {
      query?: {
        /** @description An entity ref of a tenant such as group:default/payments */
        tenant?: components['parameters']['fleetTenant'];
        /** @description An entity ref of a vendor group such as group:default/snowflake */
        vendor?: components['parameters']['fleetVendor'];
        /** @description A 12-digit AWS account id */
        account?: components['parameters']['fleetAccount'];
        /** @description An AWS region such as us-east-1 */
        region?: components['parameters']['fleetRegion'];
        /** @description One of Interface, Gateway, GatewayLoadBalancer or Service */
        type?: components['parameters']['fleetType'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listFleetRows: {
    parameters: {
      query?: {
        /** @description An entity ref of a tenant such as group:default/payments */
        tenant?: components['parameters']['fleetTenant'];
        /** @description An entity ref of a vendor group such as group:default/snowflake */
        vendor?: components['parameters']['fleetVendor'];
        /** @description A 12-digit AWS account id */
        account?: components['parameters']['fleetAccount'];
        /** @description An AWS region such as us-east-1 */
        region?: components['parameters']['fleetRegion'];
        /** @description One of Interface, Gateway, GatewayLoadBalancer or Service */
        type?: components['parameters']['fleetType'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rows: components['schemas']['FleetRow'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  getOperatorsStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperatorsStatus'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  reportInventoryRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InventoryRefreshStatus'];
      };
    };
    responses: {
      /** @description Recorded. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listRequestAccounts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accounts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accounts: components['schemas']['RequestAccount'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listRequestOwners: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Owners. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            owners: components['schemas']['RequestOwner'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listRequestVpcs: {
    parameters: {
      query: {
        /** @description A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** @description An AWS region such as us-east-1 */
        region: components['parameters']['region'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description VPCs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            vpcs: components['schemas']['RequestVpc'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listRequestSubnets: {
    parameters: {
      query: {
        /** @description A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** @description An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** @description A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Subnets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSubnets'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listRequestSecurityGroups: {
    parameters: {
      query: {
        /** @description A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** @description An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** @description A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Security groups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSecurityGroups'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listRequestServices: {
    parameters: {
      query: {
        /** @description An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** @description An entity ref such as group:default/payments (a bare name means a group) */
        owner: components['parameters']['owner'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Services. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            groups: components['schemas']['RequestServiceGroup'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  getRequestEstimate: {
    parameters: {
      query: {
        /** @description A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** @description An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** @description A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
        /** @description An endpoint service name or its entity ref */
        service: string;
        /** @description An entity ref such as group:default/payments (a bare name means a group) */
        owner: components['parameters']['owner'];
        /** @description A number of Availability Zones from 1 to 32 */
        azs: string;
        /** @description The tag key that names the owner, 1 to 128 characters (owner when not given) */
        ownerTagKey?: string;
        /** @description The endpoint's Name tag, up to 256 characters */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The estimate. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestEstimate'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  listAuditCampaigns: {
    parameters: {
      query?: {
        /** @description An entity ref such as group:default/payments (a bare name means a group) */
        owner?: components['parameters']['optionalOwner'];
        /** @description A calendar quarter such as 2026-Q4 */
        quarter?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Campaigns. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            campaigns: components['schemas']['AuditCampaignSummary'][];
          };
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  openAuditCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description An entity ref such as group:default/payments (a bare name means a group) */
          owner: string;
        };
      };
    };
    responses: {
      /** @description The campaign that was open. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenedCampaign'];
        };
      };
      /** @description The campaign opened. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenedCampaign'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  getAuditCampaign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The campaign. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditCampaign'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Failure'];
    };
  };
  exportAuditCampaign: {
    parameters: {
      query?: {
        /** @description Csv or json (json when not given) */
        format?: 'csv' | 'json';
      };
      header?: never;
      path: {
        /** @description A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file (Content-Disposition: attachment). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditExport'];
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Failure'];
    };
  };
  decideAuditItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
        /** @description Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionRequest'];
      };
    };
    responses: {
      /** @description A replay: the decision first recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordedDecision'];
        };
      };
      /** @description Recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordedDecision'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      default: components['responses']['Failure'];
    };
  };
}
