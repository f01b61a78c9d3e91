import { ConfigReader } from '@backstage/config';
import { isServiceAllowed, readRequestSettings } from './requestSettings';

describe('privatelink.requests', () => {
  const settings = readRequestSettings(
    new ConfigReader({
      privatelink: {
        requests: {
          allow: [
            {
              services: ['com.amazonaws.*.kms', 'com.amazonaws.us-east-1.sts'],
            },
            {
              services: ['com.amazonaws.vpce.us-east-1.vpce-svc-0a5f*'],
              owners: ['payments'],
            },
          ],
        },
      },
    }),
  );

  it('allows a service by name or pattern, for every tenant or the listed ones', () => {
    expect(
      isServiceAllowed(
        settings,
        'group:default/data-platform',
        'com.amazonaws.eu-west-1.kms',
      ),
    ).toBe(true);
    expect(
      isServiceAllowed(
        settings,
        'group:default/data-platform',
        'com.amazonaws.us-east-1.sts',
      ),
    ).toBe(true);
    expect(
      isServiceAllowed(
        settings,
        'group:default/payments',
        'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
      ),
    ).toBe(true);
    expect(
      isServiceAllowed(
        settings,
        'group:default/data-platform',
        'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
      ),
    ).toBe(false);
    // Dots are literal: a pattern does not match a look-alike name.
    expect(
      isServiceAllowed(
        settings,
        'group:default/payments',
        'com.amazonaws.us-east-1Xsts',
      ),
    ).toBe(false);
    expect(isServiceAllowed({}, 'group:default/payments', 'anything')).toBe(
      true,
    );
  });

  it('fails at start-up naming the key', () => {
    const read = (requests: object) => () =>
      readRequestSettings(new ConfigReader({ privatelink: { requests } }));
    expect(read({ allow: [{ services: [] }] })).toThrow(
      'Invalid config at privatelink.requests.allow[0].services: list at least one',
    );
    expect(
      read({ allow: [{ services: ['x'], owners: ['user:default/olu'] }] }),
    ).toThrow(
      "Invalid config at privatelink.requests.allow[0].owners[0]: 'user:default/olu' is not a group reference",
    );
    expect(read({ allowed: [] })).toThrow('privatelink.requests');
  });
});
