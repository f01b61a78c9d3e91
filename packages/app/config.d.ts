export interface Config {
  /** The portal's own settings (packages/app, packages/app-next). */
  portal?: {
    /**
     * The sign-in provider the app signs in with, silently (a proxy provider of the backend's
     * auth plugin: `guest` in development, `demo` in the shipped demo, or one behind your
     * identity-aware proxy). Default `guest`.
     *
     * @visibility frontend
     */
    signInProvider?: string;
  };
}
