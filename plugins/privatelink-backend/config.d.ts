import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

/** Prices in USD; every field falls back to the default (us-east-1 list prices). */
interface PrivateLinkPricing {
  /** Interface endpoint, per endpoint per AZ per hour. Default 0.01. */
  interfaceEndpointHourly?: number;
  /** Gateway Load Balancer endpoint, per hour. Default 0.0035. */
  gatewayLoadBalancerEndpointHourly?: number;
  /** Interface endpoint data processing tiers per month; default 0.01 to 1 PB, 0.006 to 5 PB, 0.004 beyond. */
  interfaceDataTiers?: Array<{ upToGb?: number; perGb: number }>;
  /** GWLB endpoint data processing, per GB. Default 0.0035. */
  gatewayLoadBalancerPerGb?: number;
  /** NAT gateway data processing, per GB, for the counterfactual. Default 0.045. */
  natGatewayPerGb?: number;
  /** NAT gateway per hour. Default 0.045. */
  natGatewayHourly?: number;
}

export interface Config {
  privatelink?: {
    usage?: {
      /** Days without bytes after which an endpoint that costs money by the hour is idle. Default 30. */
      idleAfterDays?: number;
      /** Days fetched for an entity with no history yet. Default 90 (CloudWatch keeps 455 days of hourly data). */
      backfillDays?: number;
      /** Days of daily rollups kept in the database. Default 400. */
      retentionDays?: number;
      /**
       * Also collect bytes and dropped packets per subnet (AZ) of each endpoint, for the per-AZ
       * health view. Costs 2 more CloudWatch metrics per AZ of each endpoint. Default true.
       */
      perZone?: boolean;
      /**
       * Account-regions collected at the same time, each by one worker that reads its entities,
       * asks CloudWatch and writes its rows before taking the next. Default 4 (1 to 32).
       */
      concurrency?: number;
      /** How often to collect. Default every hour; runs with nothing missing ask CloudWatch nothing. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    pricing?: {
      default?: PrivateLinkPricing;
      /** Per-region overrides, keyed by region name. */
      regions?: { [region: string]: PrivateLinkPricing };
    };
    /** Posture checks of VPCs, endpoints and provided services. */
    posture?: {
      /** Per check id (e.g. `endpoint-idle`): turn it off, or give it another severity. */
      checks?: {
        [checkId: string]: {
          enabled?: boolean;
          severity?: 'high' | 'medium' | 'low';
        };
      };
      /** Services (short names such as `s3`) and owners (group refs) whose endpoints must not write. */
      readOnly?: { services?: string[]; owners?: string[] };
      /** Inbound ports an endpoint's security group may open. Default [443]; per service or vendor name. */
      allowedPorts?: {
        default?: number[];
        services?: { [serviceOrVendor: string]: number[] };
      };
      /** Accounts outside the inventory that may consume the services our accounts provide. */
      trustedAccounts?: string[];
      /** How often to evaluate. Default every 30 minutes, and after every usage collection. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    /**
     * Health and idle alerts through `@backstage/plugin-notifications-backend`: an incident opens
     * when an endpoint or provided service turns degraded or unhealthy (or an endpoint idle), its
     * owner is notified once, and again once when it recovers.
     */
    alerts?: {
      /** Default false: without the notifications backend, leave it off. */
      enabled?: boolean;
      /** The health status from which an incident opens. Default `degraded`. */
      minimumStatus?: 'degraded' | 'unhealthy';
      /** Notify the owner of an endpoint idle for `usage.idleAfterDays`. Default true. */
      idle?: boolean;
      /** Also notify the other side: the provider service's owner, or the vendor relationship's owner. Default true. */
      escalate?: boolean;
      /** The group that owns each vendor relationship, by vendor name (`snowflake: group:default/data-platform`). */
      vendorOwners?: { [vendor: string]: string };
      /**
       * Per group: which notices it hears of, and the Slack channel they go to. A group not listed
       * hears of health incidents, and of idle endpoints as `idle` says. Notices reach a group's
       * members in the portal's bell and, where `@backstage/plugin-notifications-backend-module-email`
       * is configured, by e-mail (each member's `spec.profile.email`); where
       * `@backstage/plugin-notifications-backend-module-slack` is configured, in the group's Slack
       * channel (this `slackChannel`, else the group's `slack.com/bot-notify` annotation). Members
       * turn a channel off for themselves in their notification settings.
       */
      groups?: Array<{
        /** The group (`group:default/payments`, or `payments`). */
        group: string;
        /** Notices of degraded or unhealthy endpoints and services. Default true. */
        health?: boolean;
        /** Notices of idle endpoints. Default: `alerts.idle`. */
        idle?: boolean;
        /** A Slack channel or user id (`C0123ABC`) for this group's notices, over its `slack.com/bot-notify` annotation. */
        slackChannel?: string;
      }>;
    };
    /**
     * Consolidation advice: where one endpoint set per service in a shared-services (hub) VPC
     * would cost less than an interface endpoint in every VPC of a network. Each posture
     * evaluation prices it from the last 30 days of bytes; endpoints a hub would replace get the
     * low-severity finding `endpoint-consolidation-candidate`.
     */
    consolidation?: {
      /** Accounts whose VPCs reach each other over one Transit Gateway. An account is in one network at most. */
      networks?: Array<{
        name: string;
        /** 12-digit AWS account ids. */
        accounts: string[];
        /** Whether the VPCs are attached to the Transit Gateway already. Default true; false prices an attachment per VPC. */
        attached?: boolean;
      }>;
      /** What a hub costs besides its endpoints (USD). Defaults are us-east-1 list prices. */
      hubPricing?: {
        /** Transit Gateway data processing per GB. Default 0.02. */
        transitGatewayPerGb?: number;
        /** A Transit Gateway attachment per hour. Default 0.05. */
        transitGatewayAttachmentHourly?: number;
        /** The Route 53 private hosted zone per month. Default 0.5. */
        privateHostedZoneMonthly?: number;
      };
    };
    /** Quarterly audit campaigns. */
    audit?: {
      /** When the quarter's campaigns open. Default: cron `0 6 1 1,4,7,10 *` (06:00 UTC, first day of each quarter). */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /** Days from opening to the due date. Default 30. */
      dueInDays?: number;
      /** Open the current quarter's campaigns after the first posture evaluation (demos). Default false. */
      openOnStartup?: boolean;
      /** Notices to owning groups; needs `@backstage/plugin-notifications-backend` installed. */
      notifications?: {
        /** Default false: without the notifications backend, leave it off. */
        enabled?: boolean;
        /** Days before the due date of the reminder. Default 7. */
        reminderDays?: number;
        /** How often due notices are looked for. Default hourly. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
    health?: {
      /** PacketsDropped per day above which an endpoint is degraded. Default 1000. */
      packetsDroppedPerDay?: number;
      /** Reset packets per day above which an endpoint or service is degraded. Default 10000. */
      resetPacketsPerDay?: number;
    };
  };
}
