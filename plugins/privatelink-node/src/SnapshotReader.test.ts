import fs from 'fs';
import os from 'os';
import path from 'path';
import { SnapshotReader } from './SnapshotReader';

describe('SnapshotReader', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };

  it('lists the accounts and regions the folder holds, ignoring other names', async () => {
    write(
      '222222222222/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":[]}',
    );
    write(
      '111111111111/eu-west-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":[]}',
    );
    write(
      '111111111111/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":[{"VpcEndpointId":"vpce-1"}]}',
    );
    write('111111111111/notes/readme.txt', 'x');
    write('README.md', 'x');
    write(
      'prod-333333333333/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":[]}',
    );
    write('444444444444', 'a file where an account folder should be');
    const reader = new SnapshotReader(root);
    expect(reader.listTargets()).toEqual([
      { accountId: '111111111111', regions: ['eu-west-1', 'us-east-1'] },
      { accountId: '222222222222', regions: ['us-east-1'] },
    ]);
    // ... and says what it passed over, for the catalog module to report.
    expect(
      reader
        .ignoredEntries()
        .map(i => [path.relative(root, i.entry), i.reason])
        .sort(),
    ).toEqual([
      [path.join('111111111111', 'notes'), 'not an AWS region name'],
      ['444444444444', 'not a folder'],
      ['README.md', 'not an account id (12 digits)'],
      ['prod-333333333333', 'not an account id (12 digits)'],
    ]);
    await expect(
      reader.read('111111111111', 'us-east-1', 'describe-vpc-endpoints'),
    ).resolves.toEqual({
      VpcEndpoints: [{ VpcEndpointId: 'vpce-1' }],
    });
    await expect(
      reader.read('111111111111', 'us-east-1', 'describe-route-tables'),
    ).resolves.toBeUndefined();
  });

  it('reports and skips a symlink that leads nowhere, and reads every other account', async () => {
    write(
      '111111111111/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":[]}',
    );
    fs.symlinkSync(path.join(root, 'gone'), path.join(root, '555555555555'));
    fs.symlinkSync(
      path.join(root, 'gone-too'),
      path.join(root, '111111111111', 'eu-west-1'),
    );
    const reader = new SnapshotReader(root);
    expect(reader.listTargets()).toEqual([
      { accountId: '111111111111', regions: ['us-east-1'] },
    ]);
    expect(
      reader
        .ignoredEntries()
        .map(i => [path.relative(root, i.entry), i.reason])
        .sort(),
    ).toEqual([
      [
        path.join('111111111111', 'eu-west-1'),
        'a symlink to nothing (the entry it names does not exist)',
      ],
      [
        '555555555555',
        'a symlink to nothing (the entry it names does not exist)',
      ],
    ]);
  });

  it('reads per-id exports from a folder named after the command', async () => {
    write(
      '111111111111/us-east-1/describe-vpc-endpoint-service-permissions/vpce-svc-1.json',
      '{"AllowedPrincipals":[]}',
    );
    const reader = new SnapshotReader(root);
    await expect(
      reader.read(
        '111111111111',
        'us-east-1',
        'describe-vpc-endpoint-service-permissions',
        { id: 'vpce-svc-1' },
      ),
    ).resolves.toEqual({ AllowedPrincipals: [] });
  });

  it('fails clearly on a missing or empty folder and on broken JSON', async () => {
    expect(() =>
      new SnapshotReader(path.join(root, 'nope')).listTargets(),
    ).toThrow('privatelink.source.path');
    expect(() => new SnapshotReader(root).listTargets()).toThrow(
      'holds no <accountId>/<region>/ folders',
    );
    write(
      '111111111111/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":',
    );
    await expect(
      new SnapshotReader(root).read(
        '111111111111',
        'us-east-1',
        'describe-vpc-endpoints',
      ),
    ).rejects.toThrow('is not valid JSON');
  });

  it('names a missing required file, and a file of the wrong shape with its region', async () => {
    write(
      '111111111111/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":{"VpcEndpointId":"vpce-1"}}',
    );
    write('111111111111/us-east-1/describe-route-tables.json', '[]');
    const reader = new SnapshotReader(root);
    await expect(
      reader.read('111111111111', 'us-east-1', 'describe-security-groups', {
        required: true,
      }),
    ).rejects.toThrow(
      /incomplete: .*describe-security-groups\.json is missing/,
    );
    await expect(
      reader.read('111111111111', 'us-east-1', 'describe-vpc-endpoints', {
        listKey: 'VpcEndpoints',
      }),
    ).rejects.toThrow(
      /describe-vpc-endpoints\.json \(account 111111111111, us-east-1\): VpcEndpoints must be a list of objects/,
    );
    await expect(
      reader.read('111111111111', 'us-east-1', 'describe-route-tables'),
    ).rejects.toThrow('expected a JSON object');
  });

  it('never reads outside its folder: ids from the data and symlinks are refused', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
    fs.writeFileSync(
      path.join(outside, 'secret.json'),
      '{"AllowedPrincipals":[{"Principal":"leaked"}]}',
    );
    write(
      '111111111111/us-east-1/describe-vpc-endpoints.json',
      '{"VpcEndpoints":[]}',
    );
    fs.mkdirSync(
      path.join(
        root,
        '111111111111/us-east-1/describe-vpc-endpoint-service-permissions',
      ),
    );
    fs.symlinkSync(
      path.join(outside, 'secret.json'),
      path.join(
        root,
        '111111111111/us-east-1/describe-vpc-endpoint-service-permissions/vpce-svc-1.json',
      ),
    );
    const reader = new SnapshotReader(root);
    try {
      for (const id of ['../../../../outside/secret', '..', '.hidden', 'a/b']) {
        await expect(
          reader.read(
            '111111111111',
            'us-east-1',
            'describe-vpc-endpoint-service-permissions',
            { id },
          ),
        ).rejects.toThrow('refused');
      }
      await expect(
        reader.read('111111111111', 'us-east-1', '../../etc/passwd'),
      ).rejects.toThrow('refused');
      await expect(
        reader.read(
          '111111111111',
          'us-east-1',
          'describe-vpc-endpoint-service-permissions',
          { id: 'vpce-svc-1' },
        ),
      ).rejects.toThrow('resolves outside the snapshot folder');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
