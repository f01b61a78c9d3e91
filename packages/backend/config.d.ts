export interface Config {
  /** The portal's own settings (packages/backend). */
  portal?: {
    /**
     * Groups whose members manage audits (open campaigns on demand, decide on any item) and alone
     * may unregister catalog entities and locations. Group refs; a bare name is a group in the
     * default namespace.
     */
    adminGroups?: string[];
    /**
     * Groups whose direct members act for their child groups, at any depth, in writes (request
     * and retire endpoints, decide audit items): a platform team that runs its teams' endpoints.
     * Without it, only direct members of the owning group write; a parent group's members never
     * do. Group refs; a bare name is a group in the default namespace.
     */
    groupsActingForChildren?: string[];
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
