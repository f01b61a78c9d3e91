import { Config } from '@backstage/config';
import { ServiceOrigin } from '@privatelink-portal/plugin-privatelink-common';
import { z } from 'zod';
import { configValues, parseConfig } from './config';
import { Same } from './sameType';

/** A SaaS vendor (or AWS itself) whose endpoint services tenants consume. @public */
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

/** The vendor that AWS-managed services (`com.amazonaws.<region>.<service>`) belong to. @public */
export const AWS_VENDOR: VendorConfig = {
  name: 'aws',
  title: 'Amazon Web Services',
  description:
    'Services that AWS itself provides through PrivateLink and gateway endpoints.',
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

/** The vendor group that endpoint services nobody has mapped to a vendor belong to. @public */
export const UNKNOWN_VENDOR: VendorConfig = {
  name: 'unmapped-vendor',
  title: 'Unmapped vendor',
  description:
    'Endpoint services outside the company that no entry of privatelink.vendors claims. Map them.',
  serviceNames: [],
  ownerAccountIds: [],
  links: [],
};

const AWS_MANAGED_SERVICE = /^(com\.amazonaws\.(?!vpce\.)|aws\.)/;

/**
 * Where an endpoint service comes from: a configured vendor (by service name or provider account),
 * AWS itself (`com.amazonaws.<region>.<service>`, `aws.*`, or owner `amazon`), one of the
 * inventoried accounts (`internal`), or somebody nobody mapped (`external`).
 *
 * @public
 */
export function classifyService(
  serviceName: string,
  ownerAccount: string | undefined,
  vendors: VendorConfig[],
  inventoriedAccountIds: ReadonlySet<string>,
): { origin: ServiceOrigin; vendor?: VendorConfig } {
  const vendor = vendors.find(
    v =>
      v.serviceNames.includes(serviceName) ||
      (ownerAccount !== undefined && v.ownerAccountIds.includes(ownerAccount)),
  );
  if (vendor) return { origin: 'vendor', vendor };
  if (AWS_MANAGED_SERVICE.test(serviceName) || ownerAccount === 'amazon') {
    return { origin: 'aws', vendor: AWS_VENDOR };
  }
  if (ownerAccount && inventoriedAccountIds.has(ownerAccount)) {
    return { origin: 'internal' };
  }
  return { origin: 'external', vendor: UNKNOWN_VENDOR };
}

/** A vendor group's entity name. */
const NAME = /^[a-z0-9]+([-_.][a-z0-9]+)*$/;
const RESERVED = [AWS_VENDOR.name, UNKNOWN_VENDOR.name];

const vendorsSchema = z
  .array(
    z
      .object({
        name: z
          .string()
          .regex(
            NAME,
            'must be lower-case letters, digits and single - _ . separators',
          )
          .refine(name => !RESERVED.includes(name), {
            message: 'is a reserved vendor name',
          }),
        title: z.string().optional(),
        description: z.string().optional(),
        serviceNames: z.array(z.string().min(1)).default([]),
        ownerAccountIds: z.array(configValues.accountId()).default([]),
        connectionModel: z.string().optional(),
        links: z
          .array(
            z.object({ url: z.string().url(), title: z.string().optional() }),
          )
          .default([]),
      })
      .strict(),
  )
  .superRefine((vendors, ctx) => {
    const seen = new Set<string>();
    vendors.forEach((vendor, i) => {
      if (seen.has(vendor.name)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `vendor '${vendor.name}' is listed twice`,
        });
      }
      seen.add(vendor.name);
    });
  })
  .default([]);

/** A vendor as read: the schema's, with the title defaulted to the name. */
const vendorIsTheSchemas: Same<
  Omit<z.output<typeof vendorsSchema>[number], 'title'> & { title: string },
  VendorConfig
> = true;
void vendorIsTheSchemas;

/**
 * `privatelink.vendors`, with AWS and the unmapped vendor first, failing at start-up naming the
 * key. Read by the catalog module (vendor groups) and the backend (the request form's services).
 *
 * @public
 */
export function readVendors(config: Config): VendorConfig[] {
  const vendors = parseConfig(config, 'privatelink.vendors', vendorsSchema);
  return [
    AWS_VENDOR,
    UNKNOWN_VENDOR,
    ...vendors.map(v => ({ ...v, title: v.title ?? v.name })),
  ];
}
