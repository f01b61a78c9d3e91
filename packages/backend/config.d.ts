export interface Config {
  /** The portal's own settings (packages/backend). */
  portal?: {
    /**
     * Groups whose members manage audits (open campaigns on demand, decide on any item) and alone
     * may unregister catalog entities and locations. Group refs; a bare name is a group in the
     * default namespace.
     */
    adminGroups?: string[];
  };
  auth?: {
    providers?: {
      /** The example portal's sign-in: development only, like the guest provider. */
      demo?: {
        /** The user signed in without a `privatelink-demo-user` cookie. Default user:default/guest. */
        userEntityRef?: string;
        /** Lets the demo sign-in run outside NODE_ENV=development. Never in production. */
        dangerouslyAllowOutsideDevelopment?: boolean;
      };
    };
  };
}
