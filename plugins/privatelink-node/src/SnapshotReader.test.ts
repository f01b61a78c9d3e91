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
    write('222222222222/us-east-1/describe-vpc-endpoints.json', '{"VpcEndpoints":[]}');
    write('111111111111/eu-west-1/describe-vpc-endpoints.json', '{"VpcEndpoints":[]}');
    write('111111111111/us-east-1/describe-vpc-endpoints.json', '{"VpcEndpoints":[{"VpcEndpointId":"vpce-1"}]}');
    write('111111111111/notes/readme.txt', 'x');
    write('README.md', 'x');
    const reader = new SnapshotReader(root);
    expect(reader.listTargets()).toEqual([
      { accountId: '111111111111', regions: ['eu-west-1', 'us-east-1'] },
      { accountId: '222222222222', regions: ['us-east-1'] },
    ]);
    await expect(reader.read('111111111111', 'us-east-1', 'describe-vpc-endpoints')).resolves.toEqual({
      VpcEndpoints: [{ VpcEndpointId: 'vpce-1' }],
    });
    await expect(reader.read('111111111111', 'us-east-1', 'describe-route-tables')).resolves.toBeUndefined();
  });

  it('reads per-id exports from a folder named after the command', async () => {
    write('111111111111/us-east-1/describe-vpc-endpoint-service-permissions/vpce-svc-1.json', '{"AllowedPrincipals":[]}');
    const reader = new SnapshotReader(root);
    await expect(
      reader.read('111111111111', 'us-east-1', 'describe-vpc-endpoint-service-permissions', 'vpce-svc-1'),
    ).resolves.toEqual({ AllowedPrincipals: [] });
  });

  it('fails clearly on a missing or empty folder and on broken JSON', async () => {
    expect(() => new SnapshotReader(path.join(root, 'nope')).listTargets()).toThrow('privatelink.source.path');
    expect(() => new SnapshotReader(root).listTargets()).toThrow('holds no <accountId>/<region>/ folders');
    write('111111111111/us-east-1/describe-vpc-endpoints.json', '{"VpcEndpoints":');
    await expect(
      new SnapshotReader(root).read('111111111111', 'us-east-1', 'describe-vpc-endpoints'),
    ).rejects.toThrow('is not valid JSON');
  });
});
