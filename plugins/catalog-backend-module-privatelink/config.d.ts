import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  privatelink?: {
    /** Who owns what the inventory finds. */
    ownership?: {
      /**
       * Tag keys read for the owning group, in order, case-insensitively. A value is a group name
       * (`payments`) or an entity ref (`group:default/payments`). Default: [owner].
       */
      tagKeys?: string[];
      /** Owners by place, for resources without an owner tag; the first match wins. */
      rules?: Array<{
        accountId?: string;
        region?: string;
        vpcId?: string;
        /** An entity ref; a bare name means a group in the default namespace. */
        owner: string;
      }>;
      /** The group that owns what no tag and no rule assigns. Required. */
      defaultOwner: string;
    };
    /** SaaS vendors whose endpoint services tenants consume, emitted as Group entities of type vendor. */
    vendors?: Array<{
      /** Entity name of the vendor group: lower-case letters, digits, - _ . */
      name: string;
      title?: string;
      description?: string;
      /** Exact endpoint service names of the vendor (com.amazonaws.vpce.<region>.vpce-svc-...). */
      serviceNames?: string[];
      /** Account ids that own the vendor's endpoint services. */
      ownerAccountIds?: string[];
      /** How the vendor admits consumers: acceptance, allowlist or open. */
      connectionModel?: string;
      links?: Array<{ url: string; title?: string }>;
    }>;
    inventory?: {
      /** A refresh that would remove more than this share of an account's entities is refused. Default 0.5. */
      maxDropRatio?: number;
      /** How often each account is read. Default every 30 minutes. */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * How often vendor groups and consumed services are derived from the catalog. They are
       * also derived as soon as an account's refresh shows in the catalog. Default every 30 minutes.
       */
      vendorSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      /**
       * Refresh an account as soon as AWS records a change to its endpoints or endpoint services:
       * the CloudTrail calls an EventBridge rule sends to an SQS queue, which Backstage's events
       * SQS module (events.modules.awsSqs) publishes on this topic. The schedule stays the safety net.
       */
      changeEvents?: {
        /** The events topic the queue is published on: letters, digits, - and _ (no dots). */
        topic: string;
        /** The wait after an account's last event before its refresh. Default 10 seconds. */
        debounce?: { milliseconds?: number; seconds?: number };
      };
    };
  };
}
