// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit plugins/privatelink-backend/src/schema/openapi.yaml
// * and run `npm run openapi`.
// ******************************************************************
/* eslint-disable */
/** @public */
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
  '/entities/{kind}/{namespace}/{name}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the entity page's cards show (usage of the last 30 days, cost, health, alerts, findings, freshness) in one answer. */
    get: operations['getEntitySummary'];
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
  '/cost-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a tenant's (owner) or a vendor's endpoints cost each month over the kept days, and this month's forecast. */
    get: operations['getCostHistory'];
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
  '/fleet/consolidation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where one endpoint set per service in a hub VPC would cost less than an interface endpoint in every VPC of a network (privatelink.consolidation.networks), and where it would cost more (privatelink.fleet.read). Kept by each posture evaluation. */
    get: operations['getConsolidationAdvice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/cost-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What every endpoint of the fleet cost each month over the kept days, and this month's forecast (privatelink.fleet.read). Computed by each posture evaluation for the endpoints it read, and shared by every request until the next one (or the next day). */
    get: operations['getFleetCostHistory'];
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
    /** The fleet's rows the filters and the search select, sorted and paged on the server (privatelink.fleet.read). */
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
  '/status/accounts/{accountId}/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Has the catalog module read one account's inventory again now (privatelink.status.read and privatelink.inventory.refresh): what changed in AWS shows within a minute, without a restart. */
    post: operations['refreshAccountInventory'];
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
    /** Security groups of a VPC, from AWS or the inventory, each with what the portal's security group checks would find on an endpoint to the service that used it. */
    get: operations['listRequestSecurityGroups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/requests/route-tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A VPC's route tables, the main one marked, with the gateway endpoints each already routes through: where a gateway endpoint to S3 or DynamoDB can add its routes. */
    get: operations['listRequestRouteTables'];
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
    /** The endpoint services the region offers the account (AWS services, vendors' services the account may use, our own), narrowed by privatelink.requests.allow for the owner, by vendor. */
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
    /** The review step: monthly cost before traffic (nothing for a gateway endpoint), the tags, and the endpoints to the service the VPC already has. */
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
  '/audits/{id}/keep-unchanged': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keeps many items unchanged at once: one append-only keep decision per item, one comment for the batch. Every item must be free of drift and open findings, and the caller must hold privatelink.audit.acknowledge on each item's entity or privatelink.audit.manage; otherwise nothing is recorded and the answer names the items and why. */
    post: operations['keepAuditItemsUnchanged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audits/quarters/{quarter}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every tenant's campaign of a quarter in one CSV for auditors, one line per item with its owner (privatelink.audit.read). */
    get: operations['exportAuditQuarter'];
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
/** @public */
export type webhooks = Record<string, never>;
/** @public */
export interface components {
  schemas: {
    /** A Backstage error response. */
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
    /** One UTC day of CloudWatch metrics of an endpoint or a provided service. */
    DailyUsage: {
      /** UTC day, YYYY-MM-DD. */
      day: string;
      bytesProcessed: number;
      newConnections: number;
      /** The day's highest ActiveConnections. */
      activeConnectionsMax: number;
      packetsDropped: number;
      /** RstPacketsReceived for endpoints, RstPacketsSent for services. */
      resetPackets: number;
      /** Provider services only: the lowest HealthyHostCount of the day across target groups. */
      healthyHostsMin?: number;
      /** Provider services only: the highest UnHealthyHostCount of the day. */
      unhealthyHostsMax?: number;
      /** Interface and GWLB endpoints: the day per subnet (one subnet per AZ). */
      zones?: {
        [key: string]: components['schemas']['ZoneUsage'];
      };
    };
    /** One subnet's share of an endpoint's day. */
    ZoneUsage: {
      bytesProcessed: number;
      packetsDropped: number;
    };
    /** Whether an endpoint that costs money carries traffic. */
    IdleVerdict: {
      idle: boolean;
      /** Why, in a sentence a card can show. */
      reason: string;
      /** Days of history the verdict rests on. */
      observedDays: number;
      /** Consecutive days without bytes up to the last collected day. */
      daysWithoutBytes: number;
      /** What the endpoint costs a month while it carries nothing: its hourly charges x 730 h, the hourly part of its Cost card (USD; 0 for gateway endpoints). The figure every "idle: $X a month" shows. */
      monthlyUsd: number;
      /** What its days without bytes have cost so far in hourly charges, USD: not a monthly figure. */
      wastedSoFarUsd: number;
    };
    UsageReport: {
      entityRef: string;
      /** False for gateway endpoints and consumed services: there are no metrics of theirs to show. */
      metricsPublished: boolean;
      /** The CloudWatch series the figures are read from (namespace, metrics, dimension set), in words; set when metrics are published. */
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
      currency: 'USD';
      hourly: number;
      dataProcessing: number;
      total: number;
      gbPerMonth?: number;
      /** What the same bytes would cost through a NAT gateway (data processing only). */
      natCounterfactual?: number;
      /** natCounterfactual - total; undefined when the bytes are unknown. */
      saving?: number;
      formula: string;
      entityRef: string;
      applicable: boolean;
      note?: string;
      /** The days the estimate rests on, in words. */
      basis: string;
      /** The bytes of those days (CloudWatch BytesProcessed, summed); undefined when none are known. */
      basisBytes?: number;
    };
    HealthStatus: 'healthy' | 'degraded' | 'unhealthy' | 'unknown';
    HealthReport: {
      entityRef: string;
      status: components['schemas']['HealthStatus'];
      reasons: string[];
      state?: string;
      lastDay?: components['schemas']['DailyUsage'];
      /** Each AZ of the endpoint, with its last collected day when metrics per subnet exist. */
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
    /** One incident: opened when an entity turns degraded or unhealthy (or idle), resolved when it is healthy again (or in use, or gone). Its owners are notified once when it opens and once when it recovers, whatever the number of collections in between. */
    AlertIncident: {
      id: number;
      entityRef: string;
      kind: components['schemas']['AlertKind'];
      /** The worst status seen while open: `degraded`, `unhealthy`, or `idle`. */
      status: string;
      /** The reasons as last evaluated while open. */
      reasons: string[];
      /** Who the notices go to: the owner first, then whom the incident escalates to. */
      recipients: string[];
      openedAt: string;
      resolvedAt?: string;
      /**
       * `recovered`, or `gone` when the entity left the inventory.
       */
      resolution?: 'recovered' | 'gone';
      /** When the notice of the incident was sent. */
      alertedAt?: string;
      /** When the notice of the recovery was sent. */
      recoveryAlertedAt?: string;
    };
    /**
     * What an alert is about: the health of an endpoint or provided service, or an idle endpoint.
     */
    AlertKind: 'health' | 'idle';
    /** The incidents of one entity, newest first. */
    AlertsReport: {
      entityRef: string;
      /** Whether the portal sends alerts at all (`privatelink.alerts.enabled`). */
      enabled: boolean;
      incidents: components['schemas']['AlertIncident'][];
    };
    /** One endpoint of a tenant's inventory, as the backend computed it. */
    InventoryRow: {
      entityRef: string;
      /** The owning team, when the inventory includes child teams. */
      ownerRef?: string;
      endpointId: string;
      title: string;
      endpointType: components['schemas']['EndpointType'];
      state: string;
      serviceName: string;
      /** The service as people say it: `s3`, a vendor's title, or the service id. */
      serviceLabel: string;
      /** Ref of the vendor Group behind the service, when it is not one of ours. */
      vendorRef?: string;
      accountId: string;
      region: string;
      vpcId: string;
      /** AZs the endpoint has a subnet in; undefined for gateway endpoints, which have none. */
      availabilityZones?: number;
      privateDnsEnabled?: boolean;
      createdAt?: string;
      /** Bytes of the last 30 collected days; undefined for gateway endpoints (no metrics). */
      bytesProcessed30d?: number;
      idle?: components['schemas']['IdleVerdict'];
      monthlyCostUsd: number;
      natSavingUsd?: number;
      health: components['schemas']['HealthStatus'];
      healthReasons: string[];
      /** Open posture findings that are not suppressed, by severity, and their check ids. */
      findings: {
        high: number;
        medium: number;
        low: number;
        checkIds: string[];
      };
    };
    EndpointType: 'Interface' | 'Gateway' | 'GatewayLoadBalancer';
    /** One endpoint service a tenant provides from its own accounts, as the backend computed it. */
    ProvidedServiceRow: {
      entityRef: string;
      /** The owning team, when the inventory includes child teams. */
      ownerRef?: string;
      title: string;
      serviceName: string;
      serviceId?: string;
      accountId: string;
      region: string;
      state: string;
      acceptanceRequired?: boolean;
      /** Endpoint connections to it (DescribeVpcEndpointConnections); undefined when they could not be read. */
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
    /** The endpoints an owner has, with usage, cost and health, and the services it provides. */
    InventorySummary: {
      owner: string;
      /** The child teams whose endpoints are included, when asked for. */
      includedGroups?: string[];
      /** The endpoints q selects, sorted, from offset: at most limit of them, every one without a limit. */
      endpoints: components['schemas']['InventoryRow'][];
      /** How many endpoints q selects, on every page. */
      total: number;
      /** What the endpoints q selects add up to, on every page. */
      totals: {
        /** The sum of their monthlyCostUsd (USD a month). */
        monthlyCostUsd: number;
        /** The sum of their bytesProcessed30d (gateway endpoints publish none). */
        bytesProcessed30d: number;
        /** How many of them are idle. */
        idle: number;
        /** What the idle ones cost a month (the sum of idle.monthlyUsd). */
        idleMonthlyUsd: number;
      };
      /** The endpoint services the owner provides from its own accounts, with health and consumers. */
      services: components['schemas']['ProvidedServiceRow'][];
      /** Endpoints the owner has whose entity does not match the contract: left out, named here. */
      invalid: {
        entityRef: string;
        error: string;
      }[];
      /**
       * Format: date-time
       * When the oldest row of this answer was computed. Rows are computed by each posture evaluation (privatelink.posture.schedule, and after each usage collection) and kept; an answer computes afresh only the rows of entities added or changed in the catalog since. Absent when every row was computed for this answer.
       */
      rowsAsOf?: string;
      /**
       * Format: date-time
       * When the catalog listed the owner's entities this answer follows (what the caller may read, with each entity's etag). A caller's listing is reused for 10 seconds, so that paging, sorting and searching one inventory ask the catalog once; an entity added, removed or changed in the catalog shows at most that much later.
       */
      listedAt: string;
    };
    /** What the last refresh of one account's inventory did. */
    InventoryRefreshStatus: {
      /** The catalog entity provider, one per account. */
      provider: string;
      accountId?: string;
      source?: 'aws' | 'snapshot';
      regions: string[];
      lastAttemptAt?: string;
      lastSuccessAt?: string;
      lastErrorAt?: string;
      /** The cause of the last failure; cleared by the next success. */
      lastError?: string;
      /** The first of the failures since the last success; cleared by the next success. */
      failingSince?: string;
      durationMs?: number;
      entities?: number;
      /** AWS API calls of the last attempt, by region and API. */
      apiCalls: {
        region: string;
        api: string;
        calls: number;
      }[];
      /** Enrichment AWS denied in the last attempt: left out of the entities, the inventory applied. */
      omitted: {
        region: string;
        api: string;
        reason: string;
      }[];
      /** AWS data the last attempt refused (a resource left out, an owner tag not used), the first 100; `problemCount` says how many there were. */
      problems?: {
        region: string;
        resource: string;
        problem: string;
      }[];
      problemCount?: number;
      /** The last AWS change event of the account the catalog received (privatelink.inventory.changeEvents), kept across restarts until a newer one; it asked for the refresh that followed. */
      lastChangeEvent?: {
        /** The CloudTrail-recorded call, such as CreateVpcEndpoint. */
        eventName: string;
        region: string;
        /** When AWS says the call was made. */
        at?: string;
        /** When the event reached the catalog. */
        receivedAt: string;
      };
    };
    /** What the last usage collection did in one account and region. */
    UsageCollectionStatus: {
      accountId: string;
      region: string;
      collectedAt: string;
      entities: number;
      daysFetched: number;
      rows: number;
      /** CloudWatch metrics requested (each query of each call counts, as CloudWatch bills it). */
      metricsRequested: number;
      /** metricsRequested x the GetMetricData price per 1,000 metrics. */
      cloudWatchCostUsd: number;
      error?: string;
    };
    /** The operators' view of the portal. */
    OperatorsStatus: {
      inventory: components['schemas']['InventoryRefreshStatus'][];
      usage: components['schemas']['UsageCollectionStatus'][];
      /** Entities that claim to be endpoints or services and do not match the contract. */
      invalidEntities: {
        entityRef: string;
        error: string;
        seenAt: string;
      }[];
    };
    /** Whether the inventory an entity comes from is current: stale when its account's last refresh attempt failed (revoked credentials, throttling), with the time of the last good one. The error itself is for the operators' status. */
    InventoryFreshness: {
      entityRef: string;
      accountId: string;
      /** Undefined when the account has no refresh on record (a portal that just started). */
      lastSuccessAt?: string;
      lastAttemptAt?: string;
      stale: boolean;
      /** When the failing refreshes began to fail (the last failure, when no success followed). */
      failingSince?: string;
    };
    /** What one posture check found on one endpoint, service or VPC. */
    PostureFinding: {
      entityRef: string;
      checkId: string;
      severity: components['schemas']['FindingSeverity'];
      title: string;
      /** The statements, rules or facts that made the check fire. */
      evidence: string[];
      fix: string;
      /** Set when the owner suppressed the check on this entity: the annotation's reason. */
      suppressed?: string;
      firstSeen: string;
      lastSeen: string;
      /** Requests in the portal that fix the finding, their forms filled in (an entity's report only). */
      remedies?: components['schemas']['FindingRemedy'][];
    };
    FindingRemedy: {
      title: string;
      /** A path of the portal, such as a template's form with its fields filled in. */
      url: string;
    };
    FindingSeverity: 'high' | 'medium' | 'low';
    /** An entity's open findings and the checks that ran on it. */
    PostureReport: {
      entityRef: string;
      findings: components['schemas']['PostureFinding'][];
      checks: {
        id: string;
        title: string;
        severity: components['schemas']['FindingSeverity'];
      }[];
    };
    /** What the fleet page filters by; every filter narrows every figure on the page. */
    FleetFilter: {
      tenant?: string;
      vendor?: string;
      account?: string;
      region?: string;
      /** Interface, Gateway, GatewayLoadBalancer, or Service for the services our accounts provide. */
      type?: string;
    };
    /** A group of the fleet (a tenant, a vendor, an account and region) and its figures. */
    FleetGroup: {
      key: string;
      endpoints: number;
      services: number;
      monthlyCostUsd: number;
      natSavingUsd: number;
      idle: number;
      /** What the idle endpoints cost a month while idle. */
      idleMonthlyUsd: number;
      unhealthy: number;
      degraded: number;
      findings: {
        high: number;
        medium: number;
        low: number;
      };
    };
    /** One endpoint or provided service in the fleet snapshot. */
    FleetRow: {
      entityRef: string;
      kind: 'endpoint' | 'service';
      title: string;
      /** The endpoint id, or the service id. */
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
      /** What an idle endpoint costs a month while idle (its hourly charges x 730 h, the Cost card's hourly part); 0 when it is in use. */
      idleMonthlyUsd: number;
      /** What an idle endpoint's days without bytes have cost so far; 0 when it is in use. */
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
    /** The fleet page's figures, aggregated by the backend. */
    FleetSummary: {
      filter: components['schemas']['FleetFilter'];
      /** When the snapshot the figures come from was taken; none before the first one. */
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
      /** Idle endpoints, the dearest a month first (at most 20). */
      topIdle: components['schemas']['FleetRow'][];
      /** Unhealthy, then degraded endpoints and services (at most 100). */
      unhealthy: components['schemas']['FleetRow'][];
      /** Open, unsuppressed findings of the fleet's endpoints, provided services and VPCs by check and severity, with the kind of entity each check is of. VPCs have no vendor or endpoint type: a vendor filter, or a type filter other than `VPC`, leaves their findings out. */
      findingsByCheck: {
        checkId: string;
        severity: string;
        count: number;
        subject: 'endpoint' | 'service' | 'vpc';
      }[];
      /** What the filters can take, from the whole fleet. */
      options: {
        tenants: string[];
        vendors: string[];
        accounts: string[];
        regions: string[];
        types: string[];
      };
    };
    /** An account the portal manages, and whether endpoints can be requested in it. */
    RequestAccount: {
      accountId: string;
      regions: string[];
      /** False for an account read from a snapshot or without a write role; `reason` says which. */
      canRequest: boolean;
      reason?: string;
    };
    /** A group the signed-in user may request endpoints for. */
    RequestOwner: {
      ref: string;
      title: string;
    };
    /** A VPC of an account and region, from the catalog. */
    RequestVpc: {
      vpcId: string;
      entityRef: string;
      title: string;
      owner?: string;
      cidrBlocks: string[];
      isDefault?: boolean;
    };
    /** A subnet of a VPC, with its Availability Zone. */
    RequestSubnet: {
      subnetId: string;
      availabilityZone?: string;
      cidrBlock?: string;
      name?: string;
    };
    /** A security group of a VPC. */
    RequestSecurityGroup: {
      groupId: string;
      groupName?: string;
      description?: string;
      /** What the portal's security group checks (sg-open-ingress, sg-broad-ports) would find on an endpoint that used the group; absent when its rules could not be read. */
      findings?: {
        checkId: string;
        severity: components['schemas']['FindingSeverity'];
        title: string;
        evidence: string[];
      }[];
    };
    /** The endpoint services of one vendor (or AWS, or a team of ours) a tenant may request. */
    RequestServiceGroup: {
      /** The vendor group (or the owning team of one of our services), when known. */
      vendorRef?: string;
      vendorTitle: string;
      services: components['schemas']['RequestService'][];
    };
    /** One endpoint service the region offers the account (DescribeVpcEndpointServices), with what an interface endpoint to it costs before any traffic. */
    RequestService: {
      serviceName: string;
      /** The service as people say it (sts, a vendor's title), or its name. */
      title: string;
      serviceType: 'Interface' | 'Gateway' | 'GatewayLoadBalancer';
      /** The provider's account id, or amazon (DescribeVpcEndpointServices Owner). */
      owner?: string;
      /** Whether the provider must accept the endpoint before traffic flows. */
      acceptanceRequired?: boolean;
      privateDnsName?: string;
      /** The service's catalog entity, when the catalog has one. */
      entityRef?: string;
      /** An interface endpoint's hourly charge for one Availability Zone x 730 h (USD), before any data processing; 0 for gateway endpoints. */
      monthlyUsdPerAz: number;
    };
    InventoryRefreshTriggered: {
      accountId: string;
      /** The catalog module's refresh task of the account. */
      taskId: string;
    };
    /** A VPC's route tables, for a gateway endpoint's routes. */
    RequestRouteTables: {
      /**
       * aws: DescribeRouteTables and DescribeVpcEndpoints with the account's read role, now; snapshot: the account's exported describe-route-tables.json and describe-vpc-endpoints.json.
       */
      source: 'aws' | 'snapshot';
      routeTables: components['schemas']['RequestRouteTable'][];
    };
    RequestRouteTable: {
      routeTableId: string;
      /** Its Name tag. */
      name?: string;
      /** Whether it is the VPC's main route table (subnets without their own use it). */
      main: boolean;
      /** The subnets explicitly associated with it. */
      subnetIds: string[];
      /** The gateway endpoints it already routes through, by service. */
      gatewayEndpoints: {
        endpointId: string;
        serviceName: string;
      }[];
    };
    RequestServices: {
      /**
       * aws: DescribeVpcEndpointServices with the account's read role, now; snapshot: the account's exported describe-vpc-endpoint-services.json.
       */
      source: 'aws' | 'snapshot';
      /** What the list rests on, in a sentence the form shows. */
      note?: string;
      groups: components['schemas']['RequestServiceGroup'][];
    };
    /** The review step: what the endpoint will cost, carry and duplicate. */
    RequestEstimate: {
      monthlyUsd: number;
      perGbUsd: number;
      formula: string;
      tags: {
        [key: string]: string;
      };
      /** What the request names, as people read it: the team's, the VPC's and the service's titles from the catalog (the id where the catalog has none), for the review. */
      titles: {
        owner: string;
        vpc: string;
        service: string;
      };
      /** The live endpoints of the same type the VPC already has to the service, with what the fleet snapshot says they cost (absent for one the last evaluation has not seen). */
      duplicates: {
        entityRef: string;
        endpointId: string;
        owner?: string;
        /** The existing endpoint's monthly estimate (its Cost card's total). */
        monthlyCostUsd?: number;
        idle?: boolean;
        /** What it costs a month while idle; 0 when it is in use. */
        idleMonthlyUsd?: number;
      }[];
    };
    AuditCampaignStatus: 'open' | 'complete' | 'overdue';
    AuditItem: {
      entityRef: string;
      kind: 'endpoint' | 'service';
      facts: components['schemas']['FrozenAuditFacts'];
      drift: components['schemas']['AuditDrift'][];
      decision?: components['schemas']['AuditDecision'];
      /** Every decision, oldest first. */
      history: components['schemas']['AuditDecision'][];
      /** Whether the item may be kept unchanged in a batch (the campaign's keep-unchanged route): no drift since the previous audit and no finding open when the campaign opened. */
      keepableUnchanged: boolean;
    };
    /** One endpoint or provided service as it stood when its owner's campaign opened. Frozen: later changes in AWS or the catalog never rewrite it. */
    FrozenAuditFacts: {
      title: string;
      /** Endpoint type (Interface, Gateway, GatewayLoadBalancer) or "Service" for a provided service. */
      type: string;
      /** The endpoint id or the service id. */
      resourceId: string;
      serviceName: string;
      vendorRef?: string;
      accountId: string;
      region: string;
      vpcId?: string;
      state?: string;
      availabilityZones: string[];
      usage: {
        /** The quarter-long window before the campaign opened, inclusive days. */
        from: string;
        to: string;
        /** Collected days in the window; 0 when the entity publishes no metrics (gateway, consumed). */
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
    /** A finding as it stood when the campaign opened. */
    FrozenFinding: {
      checkId: string;
      severity: components['schemas']['FindingSeverity'];
      title: string;
      /** The statements, rules or facts that made the check fire. */
      evidence: string[];
      fix: string;
      /** Set when the owner suppressed the check on this entity: the annotation's reason. */
      suppressed?: string;
      firstSeen: string;
    };
    /** What changed about an item since the owner's previous campaign. */
    AuditDrift:
      | {
          type: 'created';
          detail: string;
        }
      | {
          type: 'owner-changed';
          from: string;
          detail: string;
        }
      | {
          type: 'newly-idle';
          detail: string;
        }
      | {
          type: 'finding-new';
          checkId: string;
          detail: string;
        }
      | {
          type: 'finding-resolved';
          checkId: string;
          detail: string;
        };
    /** One recorded decision; decisions are append-only and the latest one counts. */
    AuditDecision: {
      id: number;
      decision: components['schemas']['AuditDecisionKind'];
      /** For a fix decision: what will be fixed. */
      fix?: string;
      comment: string;
      /** The user who decided, from their credentials. */
      actor: string;
      decidedAt: string;
    };
    /**
     * What an owner decides about one audited endpoint or provided service.
     */
    AuditDecisionKind: 'keep' | 'fix' | 'retire';
    /** An item of the previous campaign that is no longer the owner's. */
    AuditDeparture: {
      entityRef: string;
      title: string;
      resourceId: string;
      /**
       * Deleted: no longer in the inventory; owner-changed: now another owner's.
       */
      type: 'deleted' | 'owner-changed';
      /** The new owner, for owner-changed. */
      to?: string;
      detail: string;
    };
    AuditCampaign: {
      id: string;
      owner: string;
      quarter: string;
      openedAt: string;
      dueAt: string;
      /** "scheduler" or the user who opened it on demand. */
      openedBy: string;
      /** The owner's previous campaign, the baseline of the drift; none for a first audit. */
      previousCampaignId?: string;
      items: number;
      decided: number;
      status: components['schemas']['AuditCampaignStatus'];
      /** When the last item got its first decision, once complete. */
      completedAt?: string;
      /** When the campaign's latest decision was recorded; none before the first. */
      lastDecisionAt?: string;
      entries: components['schemas']['AuditItem'][];
      departures: components['schemas']['AuditDeparture'][];
    };
    /** A campaign with its progress. */
    AuditCampaignSummary: {
      id: string;
      owner: string;
      quarter: string;
      openedAt: string;
      dueAt: string;
      /** "scheduler" or the user who opened it on demand. */
      openedBy: string;
      /** The owner's previous campaign, the baseline of the drift; none for a first audit. */
      previousCampaignId?: string;
      items: number;
      decided: number;
      status: components['schemas']['AuditCampaignStatus'];
      /** When the last item got its first decision, once complete. */
      completedAt?: string;
      /** When the campaign's latest decision was recorded; none before the first. */
      lastDecisionAt?: string;
    };
    RequestSubnets: {
      source: components['schemas']['RequestNetworkSource'];
      subnets: components['schemas']['RequestSubnet'][];
    };
    RequestSecurityGroups: {
      source: components['schemas']['RequestNetworkSource'];
      securityGroups: components['schemas']['RequestSecurityGroup'][];
    };
    RequestNetworkSource: 'aws' | 'inventory';
    OpenedCampaign: {
      campaign: components['schemas']['AuditCampaignSummary'];
      opened: boolean;
    };
    RecordedDecision: {
      decision: components['schemas']['AuditDecision'];
      replayed: boolean;
    };
    /** The actor is the signed-in user, never a field of the body: unknown fields are ignored. */
    DecisionRequest: {
      /** Keep, fix or retire */
      decision: components['schemas']['AuditDecisionKind'];
      /** What will be fixed, up to 2,000 characters (required for a fix decision) */
      fix?: string;
      /** Why, 1 to 4,000 characters */
      comment: string;
      /** 8 to 128 letters, digits or ._:-, one per submitted decision (a replay returns the decision first recorded) */
      idempotencyKey: string;
    };
    /** The actor is the signed-in user, never a field of the body: unknown fields are ignored. */
    KeepUnchangedRequest: {
      /** the items to keep unchanged, 1 to 500 entity refs, each without drift and without an open finding when the campaign opened */
      entityRefs: string[];
      /** Why, 1 to 4,000 characters, recorded on every item's decision */
      comment: string;
      /** 8 to 100 letters, digits or ._:-, one per submitted batch (a replay returns the decisions first recorded) */
      idempotencyKey: string;
    };
    KeptUnchanged: {
      /** One keep decision per item, in the order asked. */
      decisions: components['schemas']['AuditDecision'][];
      /** How many of them a replay of the same batch had already recorded. */
      replayed: number;
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
    /** Everything an entity page's PrivateLink cards show, read with one catalog read and one permission decision. A part is absent where it does not apply to the entity: a VPC has findings and freshness only; a service no inventoried account provides (a vendor's) has no freshness. */
    EntitySummary: {
      entityRef: string;
      freshness?: components['schemas']['InventoryFreshness'];
      findings: components['schemas']['PostureReport'];
      /** The last 30 days, as the usage route gives them without days. */
      usage?: components['schemas']['UsageReport'];
      cost?: components['schemas']['CostReport'];
      health?: components['schemas']['HealthReport'];
      alerts?: components['schemas']['AlertsReport'];
    };
    /** One service's interface endpoints in two or more VPCs of a network and region, and what one endpoint set in a hub VPC would cost instead (USD a month, from the last 30 days of bytes). */
    ConsolidationAdvice: {
      /** The network's name in privatelink.consolidation.networks. */
      network: string;
      region: string;
      serviceName: string;
      /** The endpoints a hub would serve, the hub VPC's first. */
      endpoints: {
        entityRef: string;
        endpointId: string;
        accountId: string;
        vpcId: string;
        azCount: number;
        /** GB of the last 30 days. */
        gbPerMonth: number;
      }[];
      /** The VPC that carries the most bytes, whose traffic stays local. */
      hubVpcId: string;
      /** The hub's AZs, the most any of the endpoints has. */
      hubAzCount: number;
      /** What the endpoints cost a month now (AZ-hours and tiered per-GB, each on its own). */
      todayMonthlyUsd: number;
      /** One endpoint set in the hub (its AZ-hours, per-GB on every byte), the Transit Gateway's per-GB on the other VPCs' bytes, attachments that do not exist yet, and the private hosted zone. */
      hubMonthlyUsd: number;
      /** todayMonthlyUsd less hubMonthlyUsd; negative when the hub would cost more. */
      savingMonthlyUsd: number;
      /** The GB a month the other VPCs may send through the Transit Gateway before the hub costs more than today; absent when the hub costs more whatever the bytes. */
      breakEvenSpokeGbPerMonth?: number;
      /** Endpoints of the service a shared endpoint would not serve as they are, and why. */
      keptApart: {
        entityRef: string;
        endpointId: string;
        reason: string;
      }[];
      /** Both sums written out with the figures and prices used. */
      formula: string;
    };
    ConsolidationReport: {
      /**
       * Format: date-time
       * When the posture evaluation that computed it ran; absent when computed for this answer.
       */
      computedAt?: string;
      /** The largest saving first; losses last. */
      advice: components['schemas']['ConsolidationAdvice'][];
    };
    FleetRows: {
      rows: components['schemas']['FleetRow'][];
      /** The rows the filters and the search select, on every page. */
      total: number;
      /** When the snapshot the rows come from was written (after each posture evaluation): how stale a row may be. Absent before the first. */
      refreshedAt?: string;
    };
    /** What a tenant's, a vendor's or the whole fleet's endpoints cost each month, from the kept daily usage: per endpoint and month, its hourly charge x 24 h x the days it was collected, plus the month's bytes at the region's per-GB price (tiered per endpoint, as the Cost card). Gateway endpoints are free and left out. */
    CostHistory: {
      /** The owner or vendor the history is of, or "fleet". */
      subject: string;
      /** The endpoints it sums (gateway endpoints left out). */
      endpoints: number;
      /** From the first month with a collected day, at most 13, oldest first; the last is this month so far. */
      months: components['schemas']['CostMonth'][];
      thisMonth?: components['schemas']['CostForecast'];
      formula: string;
    };
    CostMonth: {
      /** YYYY-MM, UTC. */
      month: string;
      hourlyUsd: number;
      dataProcessingUsd: number;
      totalUsd: number;
      /** GB processed in the month. */
      gb: number;
      /** Endpoints with a collected day in the month. */
      endpoints: number;
      /** False for this month, which is still running. */
      complete: boolean;
    };
    /** This month so far and where it ends at the same daily rate (so far / its days elapsed to the last complete UTC day x days in the month), against last month. */
    CostForecast: {
      month: string;
      soFarUsd: number;
      forecastUsd: number;
      daysSoFar: number;
      daysInMonth: number;
      lastMonthUsd?: number;
      /** The forecast less last month. */
      changeUsd?: number;
      /** The change as a percentage of last month (absent when last month cost nothing). */
      changePercent?: number;
    };
    Readiness: {
      status: 'ok' | 'unavailable';
      ready: boolean;
      database: string;
    };
  };
  responses: {
    /** The parameters or the body are not valid: the message says which and why. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** No valid user or service token. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** The permission policy does not allow it. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** No such entity or campaign, or the caller may not read it. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** Any other failure (500 and 503 among them), as a Backstage error. */
    Failure: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** A state the request cannot apply to: an entity that does not match the PrivateLink entity contract, or an idempotency key used for another decision. */
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
    /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
    kind: string;
    namespace: string;
    name: string;
    /** An entity ref such as group:default/payments (a bare name means a group) */
    owner: string;
    /** An entity ref such as group:default/payments (a bare name means a group) */
    optionalOwner: string;
    /** A 12-digit AWS account id */
    account: string;
    /** An AWS region such as us-east-1 */
    region: string;
    /** A VPC id such as vpc-0a1b2c3d */
    vpc: string;
    /** A campaign id (a UUID). */
    campaignId: string;
    /** An entity ref of a tenant such as group:default/payments */
    fleetTenant: string;
    /** An entity ref of a vendor group such as group:default/snowflake */
    fleetVendor: string;
    /** A 12-digit AWS account id */
    fleetAccount: string;
    /** An AWS region such as us-east-1 */
    fleetRegion: string;
    /** One of Interface, Gateway, GatewayLoadBalancer or Service */
    fleetType: 'Interface' | 'Gateway' | 'GatewayLoadBalancer' | 'Service';
    /** At most 200 characters of words each row must match, in any order and case: its name, endpoint or service id, VPC id, tenant, vendor, service, account, region, type, state or health; "idle" for idle rows, "finding" for rows with an open finding, "high", "medium" or "low" for rows with a finding of that severity. A whole VPC, endpoint or endpoint service id (vpc-, vpce- or vpce-svc- and 8 or 17 hex digits) or a 12-digit account id matches the rows with that id, not every row that contains it (vpc-1234abcd is not vpc-1234abcd5678ef901); any other word matches as part of the row's text */
    fleetSearch: string;
    /** One of title, resourceId, tenant, vendor, account, vpc, type, state, service, cost, idle, health or findings (the account, then the id, when not given) */
    fleetSort:
      | 'title'
      | 'resourceId'
      | 'tenant'
      | 'vendor'
      | 'account'
      | 'vpc'
      | 'type'
      | 'state'
      | 'service'
      | 'cost'
      | 'idle'
      | 'health'
      | 'findings';
    /** asc or desc (asc when not given) */
    fleetOrder: 'asc' | 'desc';
    /** A whole number of rows to skip, from 0 */
    fleetOffset: string;
    /** A whole number of rows from 1 to 500 (every row when not given) */
    fleetLimit: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/** @public */
export type $defs = Record<string, never>;
/** @public */
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
      /** Ready. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** Not ready. */
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
  getEntitySummary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** What the entity page's cards show, in one answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntitySummary'];
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
  getEntityUsage: {
    parameters: {
      query?: {
        /** A whole number from 1 to 400 (days back from the last complete UTC day; 30 when not given) */
        days?: string;
      };
      header?: never;
      path: {
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Daily CloudWatch rollups of an endpoint or provided service and its idle verdict. */
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
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The monthly cost estimate, with the formula that made each figure. */
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
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One health status with its reasons, per Availability Zone too. */
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
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity's alert incidents, newest first. */
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
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Open posture findings of an endpoint, service or VPC and the checks that ran. */
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
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Whether the inventory of the entity's account is current. */
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
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
        kind: components['parameters']['kind'];
        namespace: components['parameters']['namespace'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The entity's audit items, newest quarter first, with their decisions (privatelink.audit.read). */
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
  getCostHistory: {
    parameters: {
      query?: {
        /** An entity ref such as group:default/payments (a bare name means a group) */
        owner?: components['parameters']['optionalOwner'];
        /** A vendor group's ref such as group:default/snowflake (a bare name means a group) */
        vendor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The monthly costs, oldest first, and this month's forecast. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostHistory'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      default: components['responses']['Failure'];
    };
  };
  getInventory: {
    parameters: {
      query: {
        /** An entity ref such as group:default/payments (a bare name means a group) */
        owner: components['parameters']['owner'];
        /** True or false (false when not given): whether child teams' endpoints are included */
        includeChildren?: 'true' | 'false';
        /** At most 200 characters of words each endpoint must match, in any order and case: its name, endpoint id, VPC id, service, vendor ("internal" when none), account, region, type, state, team, health or its reasons, "idle" for idle endpoints, or a finding's check id */
        q?: string;
        /** One of title, endpointType, serviceLabel, accountId, availabilityZones, bytesProcessed30d, monthlyCostUsd, findings, health or ownerRef (the account, then the endpoint id, when not given) */
        sort?:
          | 'title'
          | 'endpointType'
          | 'serviceLabel'
          | 'accountId'
          | 'availabilityZones'
          | 'bytesProcessed30d'
          | 'monthlyCostUsd'
          | 'findings'
          | 'health'
          | 'ownerRef';
        /** asc or desc (asc when not given) */
        order?: components['parameters']['fleetOrder'];
        /** A whole number of rows to skip, from 0 */
        offset?: components['parameters']['fleetOffset'];
        /** A whole number of rows from 1 to 500 (every row when not given) */
        limit?: components['parameters']['fleetLimit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The inventory. */
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
        /** An entity ref such as group:default/payments (a bare name means a group) */
        owner?: components['parameters']['optionalOwner'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Open findings. */
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
        /** An entity ref of a tenant such as group:default/payments */
        tenant?: components['parameters']['fleetTenant'];
        /** An entity ref of a vendor group such as group:default/snowflake */
        vendor?: components['parameters']['fleetVendor'];
        /** A 12-digit AWS account id */
        account?: components['parameters']['fleetAccount'];
        /** An AWS region such as us-east-1 */
        region?: components['parameters']['fleetRegion'];
        /** One of Interface, Gateway, GatewayLoadBalancer or Service */
        type?: components['parameters']['fleetType'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The figures. */
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
  getConsolidationAdvice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The advice. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsolidationReport'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  getFleetCostHistory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The monthly costs, oldest first, and this month's forecast. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostHistory'];
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
        /** An entity ref of a tenant such as group:default/payments */
        tenant?: components['parameters']['fleetTenant'];
        /** An entity ref of a vendor group such as group:default/snowflake */
        vendor?: components['parameters']['fleetVendor'];
        /** A 12-digit AWS account id */
        account?: components['parameters']['fleetAccount'];
        /** An AWS region such as us-east-1 */
        region?: components['parameters']['fleetRegion'];
        /** One of Interface, Gateway, GatewayLoadBalancer or Service */
        type?: components['parameters']['fleetType'];
        /** At most 200 characters of words each row must match, in any order and case: its name, endpoint or service id, VPC id, tenant, vendor, service, account, region, type, state or health; "idle" for idle rows, "finding" for rows with an open finding, "high", "medium" or "low" for rows with a finding of that severity. A whole VPC, endpoint or endpoint service id (vpc-, vpce- or vpce-svc- and 8 or 17 hex digits) or a 12-digit account id matches the rows with that id, not every row that contains it (vpc-1234abcd is not vpc-1234abcd5678ef901); any other word matches as part of the row's text */
        q?: components['parameters']['fleetSearch'];
        /** One of title, resourceId, tenant, vendor, account, vpc, type, state, service, cost, idle, health or findings (the account, then the id, when not given) */
        sort?: components['parameters']['fleetSort'];
        /** asc or desc (asc when not given) */
        order?: components['parameters']['fleetOrder'];
        /** A whole number of rows to skip, from 0 */
        offset?: components['parameters']['fleetOffset'];
        /** A whole number of rows from 1 to 500 (every row when not given) */
        limit?: components['parameters']['fleetLimit'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** One page of the rows the filters and the search select, in the order asked, with how many there are in all. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FleetRows'];
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
      /** The status. */
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
  refreshAccountInventory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** A 12-digit AWS account id */
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The account's refresh task was triggered. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InventoryRefreshTriggered'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
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
      /** Recorded. */
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
      /** Accounts. */
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
      /** Owners. */
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
        /** A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** An AWS region such as us-east-1 */
        region: components['parameters']['region'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** VPCs. */
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
        /** A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Subnets. */
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
        /** A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
        /** The endpoint service name the groups are for (the ports it needs) */
        service?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Security groups. */
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
  listRequestRouteTables: {
    parameters: {
      query: {
        /** A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Route tables. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestRouteTables'];
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
        /** A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** An entity ref such as group:default/payments (a bare name means a group) */
        owner: components['parameters']['owner'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Services. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestServices'];
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
        /** A 12-digit AWS account id */
        account: components['parameters']['account'];
        /** An AWS region such as us-east-1 */
        region: components['parameters']['region'];
        /** A VPC id such as vpc-0a1b2c3d */
        vpc: components['parameters']['vpc'];
        /** An endpoint service name or its entity ref */
        service: string;
        /** An entity ref such as group:default/payments (a bare name means a group) */
        owner: components['parameters']['owner'];
        /** A number of Availability Zones from 1 to 32 (an interface endpoint's) */
        azs?: string;
        /** Interface or Gateway (Interface when not given) */
        type?: 'Interface' | 'Gateway';
        /** The tag key that names the owner, 1 to 128 characters (owner when not given) */
        ownerTagKey?: string;
        /** The endpoint's Name tag, up to 256 characters */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The estimate. */
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
        /** An entity ref such as group:default/payments (a bare name means a group) */
        owner?: components['parameters']['optionalOwner'];
        /** A calendar quarter such as 2026-Q4 */
        quarter?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** Campaigns. */
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
          /** An entity ref such as group:default/payments (a bare name means a group) */
          owner: string;
        };
      };
    };
    responses: {
      /** The campaign that was open. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenedCampaign'];
        };
      };
      /** The campaign opened. */
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
        /** A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The campaign. */
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
        /** Csv or json (json when not given) */
        format?: 'csv' | 'json';
      };
      header?: never;
      path: {
        /** A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The file (Content-Disposition: attachment). */
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
  keepAuditItemsUnchanged: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KeepUnchangedRequest'];
      };
    };
    responses: {
      /** A replay: the decisions first recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KeptUnchanged'];
        };
      };
      /** Recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KeptUnchanged'];
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
  exportAuditQuarter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** A calendar quarter such as 2026-Q4 */
        quarter: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** The file (Content-Disposition: attachment). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Failure'];
    };
  };
  decideAuditItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** A campaign id (a UUID). */
        id: components['parameters']['campaignId'];
        /** Entity kind: resource for endpoints and VPCs, component for endpoint services. */
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
      /** A replay: the decision first recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordedDecision'];
        };
      };
      /** Recorded. */
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
