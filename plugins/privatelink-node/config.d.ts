export interface Config {
  /** Configuration of the PrivateLink portal. */
  privatelink?: {
    /**
     * Where the inventory comes from.
     * - `aws`: the EC2 and CloudWatch APIs of every account in `accounts`, with credentials from
     *   `aws.accounts` / `aws.mainAccount` (`@backstage/integration-aws-node`) or the SDK's chain.
     * - `snapshot`: a folder of AWS CLI JSON exports, one sub-folder per account and region.
     */
    source?: {
      /** `aws` (the default) or `snapshot`. */
      type?: 'aws' | 'snapshot';
      /** The snapshot folder, relative to the backend's working directory. Required for `snapshot`. */
      path?: string;
    };
    /**
     * The accounts and regions to inventory. Required for `aws`; for `snapshot` it narrows what
     * the folder holds (by default every account and region in it).
     */
    accounts?: Array<{
      /** The 12-digit AWS account id. */
      accountId: string;
      /** The regions to read, such as `us-east-1`. */
      regions: string[];
    }>;
  };
}
