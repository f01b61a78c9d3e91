export interface Config {
  privatelink?: {
    /** What tenants may request through `privatelink:endpoint:create`. */
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
    };
  };
}
