export interface Config {
  /** Configuration of the PrivateLink portal. */
  privatelink?: {
    /**
     * Where the inventory and metrics come from, for every account without a `source` of its own.
     * - `aws` (the default): the EC2 and CloudWatch APIs, with credentials from `aws.accounts` /
     *   `aws.mainAccount` (`@backstage/integration-aws-node`) or the SDK's chain.
     * - `snapshot`: a folder of AWS CLI JSON exports, one sub-folder per account and region.
     */
    source?: {
      /** `aws` or `snapshot`. */
      type: 'aws' | 'snapshot';
      /** The snapshot folder, relative to the backend's working directory. Required for `snapshot`. */
      path?: string;
      /**
       * Shift the exported metric days so that the last one is yesterday. For the shipped demo
       * only: on a real export it misdates usage. Default false.
       */
      shiftDatesForDemo?: boolean;
    };
    /**
     * The accounts and regions to read. Required with an `aws` default source; with a snapshot
     * default and no list, every account and region in the folder is read.
     */
    accounts?: Array<{
      /** The 12-digit AWS account id. */
      accountId: string;
      /** The regions to read, such as `us-east-1`. */
      regions: string[];
      /** This account's own source, so AWS accounts and exported accounts mix in one portal. */
      source?: {
        type: 'aws' | 'snapshot';
        path?: string;
        shiftDatesForDemo?: boolean;
      };
      /**
       * The IAM role the request actions (`privatelink:endpoint:create`) assume in this account,
       * from the portal's own identity (`aws.mainAccount` or the SDK's chain). The inventory's
       * credentials stay read-only; an account without a write role refuses requests.
       */
      writeRoleArn?: string;
    }>;
    /** What tenants may request (`privatelink:endpoint:create` and the request form's pickers). */
    requests?: {
      /**
       * Rules, any of which allows a request. Absent: every endpoint service of a region the
       * portal manages. A rule without `owners` applies to every tenant.
       */
      allow?: Array<{
        /** Service names or patterns, `*` matching any run of characters (`com.amazonaws.*.kms`). */
        services: string[];
        /** The tenant groups the rule is for, such as `group:default/payments`. */
        owners?: string[];
      }>;
      /**
       * IPv4 ranges beyond the VPC's own CIDRs that a requested least-privilege security group may
       * admit HTTPS from (an on-premises network, a peered VPC); every other source is refused.
       */
      allowedSourceCidrs?: string[];
    };
  };
}
