import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

/** The cookie with which a demo visitor (or the e2e) picks an example user by name. */
export const DEMO_USER_COOKIE = 'privatelink-demo-user';

/** The user name a request's cookie picks, if it is a plausible entity name. */
export function demoUserFromCookie(
  cookieHeader: string | undefined,
): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== DEMO_USER_COOKIE) continue;
    const user = decodeURIComponent(value.join('='));
    return /^[a-z0-9][a-z0-9._-]{0,62}$/i.test(user)
      ? user.toLocaleLowerCase('en-US')
      : undefined;
  }
  return undefined;
}

/** Whether the demo sign-in may run: in development, or where config explicitly allows it (tests). */
function demoAllowed(config: Config): boolean {
  return (
    process.env.NODE_ENV === 'development' ||
    config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') === true
  );
}

const demoAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    return {
      allowed: demoAllowed(config),
      defaultUser:
        config.getOptionalString('userEntityRef') ?? 'user:default/guest',
    };
  },
  async authenticate({ req }, { allowed, defaultUser }) {
    if (!allowed) {
      throw new NotAllowedError(
        'The demo sign-in works in development only: configure a real sign-in provider for this portal',
      );
    }
    const picked = demoUserFromCookie(req.headers.cookie);
    return {
      result: {
        userEntityRef: picked ? `user:default/${picked}` : defaultUser,
      },
    };
  },
});

/**
 * Sign-in for the example portal: signs in silently as `auth.providers.demo.userEntityRef`, or as
 * the example user a `privatelink-demo-user` cookie names, always as a User of the catalog (with
 * its ownership claims). Configured outside development, the backend does not start. Lets the demo
 * and the e2e act as a member of one team and then of another.
 */
export const demoSignInModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ providers, config }) {
        if (!config.has('auth.providers.demo')) return;
        // Configured where it must not run: stop at start-up instead of refusing each sign-in.
        if (!demoAllowed(config.getConfig('auth.providers.demo'))) {
          throw new Error(
            `Invalid config at auth.providers.demo: the demo sign-in runs in development only (NODE_ENV is ${
              process.env.NODE_ENV ?? 'unset'
            }); leave app-config.demo.yaml out of this portal's config and configure a real sign-in provider`,
          );
        }
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: result.userEntityRef,
              });
            },
          }),
        });
      },
    });
  },
});
