import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { parseConfig } from './config';
import { Same } from './sameType';
import { isIpv4Cidr } from './ipv4Cidr';
import { z } from 'zod';

/** Which endpoint services tenants may request, from `privatelink.requests`. */
/** @public */
export interface RequestSettings {
  /**
   * Rules, any of which allows a request: service name patterns (`*` matches any run of
   * characters) for the listed owners, or for every tenant when a rule lists none. Undefined: every
   * service of a region the portal manages.
   */
  allow?: Array<{ services: string[]; owners?: string[] }>;
  /**
   * IPv4 ranges beyond the VPC's own CIDRs that a requested least-privilege security group may
   * admit HTTPS from (an on-premises network, a peered VPC). Anything else is refused.
   */
  allowedSourceCidrs?: string[];
}

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
    message: `'${value}' is not a group reference such as group:default/payments`,
  });
  return z.NEVER;
});

const schema = z
  .object({
    allow: z
      .array(
        z
          .object({
            services: z
              .array(z.string().min(1))
              .min(1, 'list at least one service name or pattern'),
            owners: z.array(groupRef).optional(),
          })
          .strict(),
      )
      .optional(),
    allowedSourceCidrs: z
      .array(
        z.string().refine(isIpv4Cidr, {
          error: issue =>
            `'${issue.input}' is not an IPv4 CIDR block such as 10.0.0.0/8`,
        }),
      )
      .optional(),
  })
  .strict();

const settingsAreTheSchemas: Same<
  z.output<typeof schema>,
  RequestSettings
> = true;
void settingsAreTheSchemas;

/** `privatelink.requests`, failing at start-up naming the key. */
/** @public */
export function readRequestSettings(config: Config): RequestSettings {
  return parseConfig(config, 'privatelink.requests', schema.optional()) ?? {};
}

function matches(pattern: string, serviceName: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(serviceName);
}

/** Whether `owner` may request an endpoint to `serviceName` under these settings. */
/** @public */
export function isServiceAllowed(
  settings: RequestSettings,
  owner: string,
  serviceName: string,
): boolean {
  if (!settings.allow) return true;
  return settings.allow.some(
    rule =>
      (!rule.owners || rule.owners.includes(owner)) &&
      rule.services.some(pattern => matches(pattern, serviceName)),
  );
}
