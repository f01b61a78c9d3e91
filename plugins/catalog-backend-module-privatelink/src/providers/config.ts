import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { isValidAccountId } from '@internal/plugin-privatelink-node';

/** A rule that assigns an owner to endpoints by where they are. */
export interface OwnershipRule {
  accountId?: string;
  region?: string;
  vpcId?: string;
  owner: string;
}

export interface OwnershipConfig {
  /** Tag keys to read the owner from, in order; matched case-insensitively. */
  tagKeys: string[];
  rules: OwnershipRule[];
  /** Full entity ref of the owner when neither a tag nor a rule decides. */
  defaultOwner: string;
}

/** A SaaS vendor (or AWS itself) whose endpoint services tenants consume. */
export interface VendorConfig {
  name: string;
  title: string;
  description?: string;
  /** Exact endpoint service names that belong to the vendor. */
  serviceNames: string[];
  /** Account ids that own the vendor's endpoint services (DescribeVpcEndpointServices Owner). */
  ownerAccountIds: string[];
  links: Array<{ url: string; title?: string }>;
  /** How the vendor admits a consumer: `acceptance`, `allowlist` or free text. */
  connectionModel?: string;
}

export interface InventoryGuardConfig {
  /** A refresh that would remove more than this share of an account's entities is refused. */
  maxDropRatio: number;
}

export interface PrivateLinkCatalogConfig {
  ownership: OwnershipConfig;
  vendors: VendorConfig[];
  guard: InventoryGuardConfig;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/** The vendor that AWS-managed services (`com.amazonaws.<region>.<service>`) belong to. */
export const AWS_VENDOR: VendorConfig = {
  name: 'aws',
  title: 'Amazon Web Services',
  description: 'Services that AWS itself provides through PrivateLink and gateway endpoints.',
  serviceNames: [],
  ownerAccountIds: [],
  links: [
    {
      url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html',
      title: 'AWS services that integrate with PrivateLink',
    },
  ],
  connectionModel: 'open',
};

/** The vendor group that endpoint services nobody has mapped to a vendor belong to. */
export const UNKNOWN_VENDOR: VendorConfig = {
  name: 'unmapped-vendor',
  title: 'Unmapped vendor',
  description:
    'Endpoint services outside the company that no entry of privatelink.vendors claims. Map them.',
  serviceNames: [],
  ownerAccountIds: [],
  links: [],
};

const NAME = /^[a-z0-9]+([-_.][a-z0-9]+)*$/;

function readOwnerRef(value: string, key: string): string {
  let ref;
  try {
    ref = parseEntityRef(value, { defaultKind: 'group', defaultNamespace: 'default' });
  } catch (e) {
    throw new Error(`Invalid config at ${key}: '${value}' is not an entity ref: ${e}`);
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (kind !== 'group' && kind !== 'user') {
    throw new Error(`Invalid config at ${key}: '${value}' must name a Group or a User`);
  }
  return stringifyEntityRef(ref);
}

function readOwnership(config: Config): OwnershipConfig {
  const key = 'privatelink.ownership';
  const ownership = config.getOptionalConfig(key);
  const defaultOwner = ownership?.getOptionalString('defaultOwner');
  if (!defaultOwner) {
    throw new Error(
      `Missing config at ${key}.defaultOwner: name the group that owns endpoints no tag or rule assigns (e.g. group:default/platform)`,
    );
  }
  const tagKeys = ownership?.getOptionalStringArray('tagKeys') ?? ['owner'];
  tagKeys.forEach((tagKey, i) => {
    if (tagKey.trim() === '') throw new Error(`Invalid config at ${key}.tagKeys[${i}]: empty tag key`);
  });
  const rules = (ownership?.getOptionalConfigArray('rules') ?? []).map((rule, i) => {
    const ruleKey = `${key}.rules[${i}]`;
    const accountId = rule.getOptionalString('accountId');
    if (accountId !== undefined && !isValidAccountId(accountId)) {
      throw new Error(
        `Invalid config at ${ruleKey}.accountId: '${accountId}' is not a 12-digit AWS account id`,
      );
    }
    const vpcId = rule.getOptionalString('vpcId');
    if (vpcId !== undefined && !/^vpc-[0-9a-f]+$/.test(vpcId)) {
      throw new Error(`Invalid config at ${ruleKey}.vpcId: '${vpcId}' is not a VPC id`);
    }
    const region = rule.getOptionalString('region');
    if (!accountId && !vpcId && !region) {
      throw new Error(
        `Invalid config at ${ruleKey}: a rule needs at least one of accountId, region, vpcId`,
      );
    }
    return {
      accountId,
      vpcId,
      region,
      owner: readOwnerRef(rule.getString('owner'), `${ruleKey}.owner`),
    };
  });
  return {
    tagKeys,
    rules,
    defaultOwner: readOwnerRef(defaultOwner, `${key}.defaultOwner`),
  };
}

function readVendors(config: Config): VendorConfig[] {
  const seen = new Set([AWS_VENDOR.name, UNKNOWN_VENDOR.name]);
  return (config.getOptionalConfigArray('privatelink.vendors') ?? []).map((vendor, i) => {
    const key = `privatelink.vendors[${i}]`;
    const name = vendor.getString('name');
    if (!NAME.test(name)) {
      throw new Error(
        `Invalid config at ${key}.name: '${name}' must be lower-case letters, digits and single - _ . separators`,
      );
    }
    if (seen.has(name)) {
      throw new Error(`Invalid config at ${key}.name: vendor '${name}' is reserved or listed twice`);
    }
    seen.add(name);
    const ownerAccountIds = vendor.getOptionalStringArray('ownerAccountIds') ?? [];
    ownerAccountIds.forEach((id, j) => {
      if (!isValidAccountId(id)) {
        throw new Error(
          `Invalid config at ${key}.ownerAccountIds[${j}]: '${id}' is not a 12-digit AWS account id`,
        );
      }
    });
    return {
      name,
      title: vendor.getOptionalString('title') ?? name,
      description: vendor.getOptionalString('description'),
      serviceNames: vendor.getOptionalStringArray('serviceNames') ?? [],
      ownerAccountIds,
      links: (vendor.getOptionalConfigArray('links') ?? []).map(link => ({
        url: link.getString('url'),
        title: link.getOptionalString('title'),
      })),
      connectionModel: vendor.getOptionalString('connectionModel'),
    };
  });
}

export function readPrivateLinkCatalogConfig(config: Config): PrivateLinkCatalogConfig {
  const maxDropRatio = config.getOptionalNumber('privatelink.inventory.maxDropRatio') ?? 0.5;
  if (!(maxDropRatio > 0 && maxDropRatio <= 1)) {
    throw new Error(
      `Invalid config at privatelink.inventory.maxDropRatio: ${maxDropRatio} must be above 0 and at most 1`,
    );
  }
  const scheduleKey = 'privatelink.inventory.schedule';
  const schedule = config.has(scheduleKey)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(config.getConfig(scheduleKey))
    : { frequency: { minutes: 30 }, timeout: { minutes: 10 }, initialDelay: { seconds: 5 } };
  return {
    ownership: readOwnership(config),
    vendors: [AWS_VENDOR, UNKNOWN_VENDOR, ...readVendors(config)],
    guard: { maxDropRatio },
    schedule,
  };
}
