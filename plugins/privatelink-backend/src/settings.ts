import {
  coreServices,
  createServiceFactory,
  createServiceRef,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  AccountTarget,
  configValues,
  parseConfig,
  readAccountTargets,
  readTaskSchedule,
} from '@privatelink-portal/plugin-privatelink-node';
import { z } from 'zod';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { DEFAULT_HUB_PRICING, DEFAULT_PRICING, RegionPricing } from './pricing';

/** Daily counts above which an endpoint is degraded (`privatelink.health`). */
const healthSchema = z
  .object({
    /** PacketsDropped per day above which an endpoint is degraded. */
    packetsDroppedPerDay: z
      .number()
      .nonnegative('must be 0 or more')
      .default(1000),
    /** Reset packets per day above which an endpoint is degraded. */
    resetPacketsPerDay: z
      .number()
      .nonnegative('must be 0 or more')
      .default(10000),
  })
  .strict();

/** Daily counts above which an endpoint is degraded, as `privatelink.health` gives them. */
export type HealthThresholds = z.output<typeof healthSchema>;

export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = healthSchema.parse(
  {},
);

/** The privatelink backend plugin's settings, read and checked once at start-up. */
export interface PrivateLinkBackendConfig {
  /** The accounts, their regions and where each one's metrics come from. */
  accounts: AccountTarget[];
  idleAfterDays: number;
  backfillDays: number;
  retentionDays: number;
  perZone: boolean;
  /** Account-regions whose usage is collected at the same time. */
  concurrency: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
  health: HealthThresholds;
  /** Prices for a region: the region's overrides over the defaults. */
  pricingFor(region: string): RegionPricing;
  posture: PostureSettings & {
    schedule: SchedulerServiceTaskScheduleDefinition;
  };
  /** Health and idle alerts to owners through the notifications backend. */
  alerts: AlertSettings;
  /** The networks whose VPCs could share one hub endpoint set per service, and the hub's prices. */
  consolidation: ConsolidationSettings;
  audit: {
    /** When the quarter's campaigns open (default: 06:00 UTC on the first day of each quarter). */
    schedule: SchedulerServiceTaskScheduleDefinition;
    /** Days from opening to the due date. */
    dueInDays: number;
    /** Open the current quarter's campaigns once the first posture evaluation is done (the demo). */
    openOnStartup: boolean;
    /** Notices to owning groups through the notifications backend (off unless it is installed). */
    notifications: {
      enabled: boolean;
      reminderDays: number;
      schedule: SchedulerServiceTaskScheduleDefinition;
    };
  };
}

const wholeDays = (fallback: number, max: number) =>
  z
    .number({ error: 'must be a number of days' })
    .int('must be a whole number of days')
    .min(1, `must be a whole number from 1 to ${max}`)
    .max(max, `must be a whole number from 1 to ${max}`)
    .default(fallback);

const usd = z
  .number({ error: 'must be a price in USD' })
  .nonnegative('must be 0 or more');

/** A region's prices, every field optional (falling back to the default's). */
const pricingSchema = z
  .object({
    interfaceEndpointHourly: usd.optional(),
    gatewayLoadBalancerEndpointHourly: usd.optional(),
    interfaceDataTiers: z
      .array(
        z
          .object({ upToGb: z.number().positive().optional(), perGb: usd })
          .strict(),
      )
      .min(1)
      .superRefine((tiers, ctx) => {
        tiers.forEach((tier, i) => {
          const previous = tiers[i - 1]?.upToGb;
          if (
            i > 0 &&
            (previous === undefined || (tier.upToGb ?? Infinity) <= previous)
          ) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'upToGb'],
              message: 'tiers must grow',
            });
          }
        });
      })
      .optional(),
    gatewayLoadBalancerPerGb: usd.optional(),
    natGatewayPerGb: usd.optional(),
    natGatewayHourly: usd.optional(),
  })
  .strict();

function withDefaults(
  overrides: z.infer<typeof pricingSchema> | undefined,
  base: RegionPricing,
): RegionPricing {
  const { interfaceDataTiers, ...prices } = overrides ?? {};
  return {
    ...base,
    ...Object.fromEntries(
      Object.entries(prices).filter(([, v]) => v !== undefined),
    ),
    interfaceDataTiers: interfaceDataTiers
      ? interfaceDataTiers.map(t => ({
          upToGb: t.upToGb ?? Number.POSITIVE_INFINITY,
          perGb: t.perGb,
        }))
      : base.interfaceDataTiers,
  };
}

const postureSchema = z
  .object({
    checks: z
      // Keyed by check id: the posture feature, which owns the checks, refuses an unknown one.
      .record(
        z.string(),
        z
          .object({
            enabled: z.boolean().default(true),
            severity: z.enum(['high', 'medium', 'low']).optional(),
          })
          .strict(),
      )
      .default({}),
    readOnly: z
      .object({
        services: z.array(z.string()).default([]),
        owners: z.array(z.string()).default([]),
      })
      .strict()
      .default({ services: [], owners: [] }),
    allowedPorts: z
      .object({
        default: z.array(z.number().int().min(0).max(65535)).default([443]),
        services: z
          .record(z.string(), z.array(z.number().int().min(0).max(65535)))
          .default({}),
      })
      .strict()
      .default({ default: [443], services: {} }),
    trustedAccounts: z.array(configValues.accountId()).default([]),
  })
  .default({
    checks: {},
    readOnly: { services: [], owners: [] },
    allowedPorts: { default: [443], services: {} },
    trustedAccounts: [],
  })
  // As the checks read them: the ports allowed by service.
  .transform(({ allowedPorts, ...posture }) => ({
    ...posture,
    allowedPorts: {
      default: allowedPorts.default,
      byService: allowedPorts.services,
    },
  }));

/** The posture checks' settings, as `privatelink.posture` gives them (per check id: off, or another severity). */
export type PostureSettings = z.output<typeof postureSchema>;

/** A group reference, written in full (`group:default/data-platform`); `data-platform` is taken as a group of `default`. */
const groupRef = z.string().transform((value, ctx) => {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') === 'group')
      return stringifyEntityRef(ref);
  } catch {
    // reported below
  }
  ctx.addIssue({
    code: 'custom',
    message: `'${value}' is not a group reference`,
  });
  return z.NEVER;
});

/** One group's choice of notices: which kinds it hears of, and the Slack channel they go to. */
const alertGroupSchema = z
  .object({
    group: groupRef,
    health: z.boolean().default(true),
    idle: z.boolean().optional(),
    slackChannel: z.string().trim().min(1).optional(),
  })
  .strict();

const alertsSchema = z
  .object({
    enabled: z.boolean().default(false),
    minimumStatus: z.enum(['degraded', 'unhealthy']).default('degraded'),
    idle: z.boolean().default(true),
    escalate: z.boolean().default(true),
    vendorOwners: z.record(z.string(), groupRef).default({}),
    groups: z
      .array(alertGroupSchema)
      .default([])
      .superRefine((groups, ctx) => {
        const seen = new Set<string>();
        groups.forEach(({ group }, index) => {
          if (seen.has(group))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'group'],
              message: `'${group}' is listed twice`,
            });
          seen.add(group);
        });
      }),
  })
  .strict()
  .default({
    enabled: false,
    minimumStatus: 'degraded',
    idle: true,
    escalate: true,
    vendorOwners: {},
    groups: [],
  });

const usdAmount = z
  .number({ error: 'must be a price in USD' })
  .min(0, 'must be a price in USD');

const consolidationSchema = z
  .object({
    networks: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, 'must name the network'),
            accounts: z
              .array(configValues.accountId())
              .min(1, 'must list an account'),
            attached: z.boolean().default(true),
          })
          .strict(),
      )
      .default([])
      .superRefine((networks, ctx) => {
        const networkOf = new Map<string, string>();
        networks.forEach(({ name, accounts }, index) =>
          accounts.forEach((account, at) => {
            const other = networkOf.get(account);
            if (other !== undefined)
              ctx.addIssue({
                code: 'custom',
                path: [index, 'accounts', at],
                message: `${account} is in network ${other} already`,
              });
            networkOf.set(account, name);
          }),
        );
      }),
    hubPricing: z
      .object({
        transitGatewayPerGb: usdAmount.default(
          DEFAULT_HUB_PRICING.transitGatewayPerGb,
        ),
        transitGatewayAttachmentHourly: usdAmount.default(
          DEFAULT_HUB_PRICING.transitGatewayAttachmentHourly,
        ),
        privateHostedZoneMonthly: usdAmount.default(
          DEFAULT_HUB_PRICING.privateHostedZoneMonthly,
        ),
      })
      .strict()
      .default(DEFAULT_HUB_PRICING),
  })
  .strict()
  .default({ networks: [], hubPricing: DEFAULT_HUB_PRICING });

/** The consolidation advice's settings, as `privatelink.consolidation` gives them. */
export type ConsolidationSettings = z.output<typeof consolidationSchema>;

/** One group's notice settings, as `privatelink.alerts.groups[]` gives them. */
export type AlertGroupSettings = z.output<typeof alertGroupSchema>;

/**
 * Health and idle alerts, as `privatelink.alerts` gives them, with the days without bytes after
 * which an endpoint is idle (the usage setting), for the notice's words.
 */
export type AlertSettings = z.output<typeof alertsSchema> & {
  idleAfterDays: number;
};

export function readPrivateLinkBackendConfig(
  config: Config,
): PrivateLinkBackendConfig {
  const defaults = withDefaults(
    parseConfig(
      config,
      'privatelink.pricing.default',
      pricingSchema.optional(),
    ),
    DEFAULT_PRICING,
  );
  const regional = new Map<string, RegionPricing>();
  for (const region of config
    .getOptionalConfig('privatelink.pricing.regions')
    ?.keys() ?? []) {
    const key = `privatelink.pricing.regions.${region}`;
    if (!configValues.region().safeParse(region).success) {
      throw new Error(`Invalid config at ${key}: not an AWS region name`);
    }
    regional.set(
      region,
      withDefaults(parseConfig(config, key, pricingSchema), defaults),
    );
  }
  const idleAfterDays = parseConfig(
    config,
    'privatelink.usage.idleAfterDays',
    wholeDays(30, 400),
  );
  const backfillDays = parseConfig(
    config,
    'privatelink.usage.backfillDays',
    wholeDays(90, 455),
  );
  const retentionDays = parseConfig(
    config,
    'privatelink.usage.retentionDays',
    wholeDays(400, 3660),
  );
  // Days that cannot all be kept: each run would fetch again what retention has just deleted, and
  // an idle verdict would need more days than are stored.
  if (retentionDays < backfillDays) {
    throw new Error(
      `Invalid config at privatelink.usage.retentionDays: ${retentionDays} is below privatelink.usage.backfillDays (${backfillDays}); every collection would fetch again the days retention deletes`,
    );
  }
  if (idleAfterDays > retentionDays) {
    throw new Error(
      `Invalid config at privatelink.usage.idleAfterDays: ${idleAfterDays} is above privatelink.usage.retentionDays (${retentionDays}); no endpoint could be found idle`,
    );
  }
  return {
    accounts: readAccountTargets(config),
    idleAfterDays,
    backfillDays,
    retentionDays,
    perZone: parseConfig(
      config,
      'privatelink.usage.perZone',
      z.boolean().default(true),
    ),
    concurrency: parseConfig(
      config,
      'privatelink.usage.concurrency',
      z
        .number({ error: 'must be a number' })
        .int('must be a whole number from 1 to 32')
        .min(1, 'must be a whole number from 1 to 32')
        .max(32, 'must be a whole number from 1 to 32')
        .default(4),
    ),
    schedule: readTaskSchedule(config, 'privatelink.usage.schedule', {
      frequency: { hours: 1 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 30 },
    }),
    health: parseConfig(
      config,
      'privatelink.health',
      healthSchema.default(DEFAULT_HEALTH_THRESHOLDS),
    ),
    pricingFor: region => regional.get(region) ?? defaults,
    posture: (() => {
      const posture = parseConfig(
        config,
        'privatelink.posture',
        z.preprocess(
          v => (v && typeof v === 'object' ? { ...v, schedule: undefined } : v),
          postureSchema,
        ),
      );
      return {
        ...posture,
        schedule: readTaskSchedule(config, 'privatelink.posture.schedule', {
          frequency: { minutes: 30 },
          timeout: { minutes: 10 },
          initialDelay: { seconds: 45 },
        }),
      };
    })(),
    alerts: {
      ...parseConfig(config, 'privatelink.alerts', alertsSchema),
      idleAfterDays,
    },
    consolidation: parseConfig(
      config,
      'privatelink.consolidation',
      consolidationSchema,
    ),
    audit: {
      schedule: readTaskSchedule(config, 'privatelink.audit.schedule', {
        frequency: { cron: '0 6 1 1,4,7,10 *' },
        timeout: { minutes: 30 },
      }),
      dueInDays: parseConfig(
        config,
        'privatelink.audit.dueInDays',
        wholeDays(30, 366),
      ),
      openOnStartup: parseConfig(
        config,
        'privatelink.audit.openOnStartup',
        z.boolean().default(false),
      ),
      notifications: {
        enabled: parseConfig(
          config,
          'privatelink.audit.notifications.enabled',
          z.boolean().default(false),
        ),
        reminderDays: parseConfig(
          config,
          'privatelink.audit.notifications.reminderDays',
          wholeDays(7, 90),
        ),
        schedule: readTaskSchedule(
          config,
          'privatelink.audit.notifications.schedule',
          {
            frequency: { hours: 1 },
            timeout: { minutes: 10 },
            initialDelay: { minutes: 1 },
          },
        ),
      },
    },
  };
}

/** The settings as a plugin-scoped service: read once, shared by every feature. */
export const settingsServiceRef = createServiceRef<PrivateLinkBackendConfig>({
  id: 'privatelink.settings',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig },
      factory: ({ config }) => readPrivateLinkBackendConfig(config),
    }),
});
