import { Config } from '@backstage/config';
import { SchedulerServiceTaskScheduleDefinition } from '@backstage/backend-plugin-api';
import {
  configValues,
  parseConfig,
  readTaskSchedule,
  readVendors,
  VendorConfig,
} from '@privatelink-portal/plugin-privatelink-node';
import { durationToMilliseconds } from '@backstage/types';
import { z } from 'zod';
import { OwnershipConfig, parseOwnerRef } from '../lib/owner';

export interface InventoryGuardConfig {
  /** A refresh that would remove more than this share of an account's entities is refused. */
  maxDropRatio: number;
}

export interface PrivateLinkCatalogConfig {
  ownership: OwnershipConfig;
  vendors: VendorConfig[];
  guard: InventoryGuardConfig;
  /** Each account's refresh. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /**
   * The vendor and consumed-service refresh. It also runs as soon as an account's refresh shows
   * in the catalog; the schedule is the safety net.
   */
  vendorSchedule: SchedulerServiceTaskScheduleDefinition;
  /**
   * AWS's own change events (CloudTrail calls through EventBridge and SQS, on a Backstage events
   * topic): each refreshes the account it names, `debounceMs` after the account's last event.
   */
  changeEvents?: { topic: string; debounceMs: number };
}

const ownerRef = z.string().transform((value, ctx) => {
  try {
    return parseOwnerRef(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

const ownershipSchema = z.preprocess(
  value => value ?? {},
  z.object({
    tagKeys: z
      .array(z.string().trim().min(1, 'empty tag key'), {
        error: 'must be a list of tag keys',
      })
      .default(['owner']),
    rules: z
      .array(
        z
          .object({
            accountId: configValues.accountId().optional(),
            region: configValues.region().optional(),
            vpcId: z
              .string()
              .regex(/^vpc-[0-9a-f]+$/, 'must be a VPC id (vpc-...)')
              .optional(),
            owner: ownerRef,
          })
          .strict()
          .refine(rule => rule.accountId || rule.region || rule.vpcId, {
            message: 'a rule needs at least one of accountId, region, vpcId',
          }),
      )
      .default([]),
    defaultOwner: z
      .string({
        error:
          'name the group that owns what no tag or rule assigns (e.g. group:default/platform)',
      })
      .pipe(ownerRef),
  }),
);

export function readPrivateLinkCatalogConfig(
  config: Config,
): PrivateLinkCatalogConfig {
  const ownership = parseConfig(
    config,
    'privatelink.ownership',
    ownershipSchema,
  );
  const maxDropRatio = parseConfig(
    config,
    'privatelink.inventory.maxDropRatio',
    z
      .number()
      .gt(0, 'must be above 0')
      .max(1, 'must be at most 1')
      .default(0.5),
  );
  const changeEvents = parseConfig(
    config,
    'privatelink.inventory.changeEvents',
    z
      .object({
        // The SQS module reads the topic as a config key (events.modules.awsSqs...topics.<topic>).
        topic: z
          .string()
          .regex(
            /^[A-Za-z0-9_-]+$/,
            'must name an events topic: letters, digits, - and _ (no dots: the SQS module reads it as a config key)',
          ),
        debounce: z
          .object({
            milliseconds: z.number().int().nonnegative().optional(),
            seconds: z.number().int().nonnegative().optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  );
  return {
    ...(changeEvents
      ? {
          changeEvents: {
            topic: changeEvents.topic,
            debounceMs: changeEvents.debounce
              ? durationToMilliseconds(changeEvents.debounce)
              : 10_000,
          },
        }
      : {}),
    ownership,
    vendors: readVendors(config),
    guard: { maxDropRatio },
    schedule: readTaskSchedule(config, 'privatelink.inventory.schedule', {
      frequency: { minutes: 30 },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 5 },
    }),
    vendorSchedule: readTaskSchedule(
      config,
      'privatelink.inventory.vendorSchedule',
      {
        frequency: { minutes: 30 },
        timeout: { minutes: 5 },
        initialDelay: { seconds: 30 },
      },
    ),
  };
}
