import { OwnershipConfig } from './owner';
import { VendorConfig } from '@privatelink-portal/plugin-privatelink-node';

/* Config the mapping tests share: owners by tag, then by VPC or account, and two vendors. */

export const ownership: OwnershipConfig = {
  tagKeys: ['tenant', 'owner'],
  rules: [
    { vpcId: 'vpc-0b1c2d3e4f5a60021', owner: 'group:default/platform' },
    { accountId: '222222222222', owner: 'group:default/data-platform' },
  ],
  defaultOwner: 'group:default/unassigned',
};
export const snowflake: VendorConfig = {
  name: 'snowflake',
  title: 'Snowflake',
  serviceNames: [],
  ownerAccountIds: ['480000000001'],
  links: [],
};
export const datadog: VendorConfig = {
  name: 'datadog',
  title: 'Datadog',
  serviceNames: ['com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60004'],
  ownerAccountIds: [],
  links: [],
};
