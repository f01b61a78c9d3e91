import fs from 'fs';
import os from 'os';
import path from 'path';
import { SnapshotReader } from '@privatelink-portal/plugin-privatelink-node';
import { SnapshotInventoryReader } from './SnapshotInventoryReader';

const EXAMPLE = path.resolve(
  __dirname,
  '../../examples/inventory/111111111111/us-east-1',
);

describe('SnapshotInventoryReader', () => {
  let root: string;
  let region: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-'));
    region = path.join(root, '111111111111', 'us-east-1');
    fs.cpSync(EXAMPLE, region, { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const read = () =>
    new SnapshotInventoryReader(new SnapshotReader(root)).readRegion(
      '111111111111',
      'us-east-1',
    );

  it('reads a complete export', async () => {
    const inventory = await read();
    expect(inventory.vpcEndpoints.length).toBeGreaterThan(0);
    expect(inventory.serviceConfigurations).toHaveLength(2);
    expect(inventory.omitted).toEqual([]);
  });

  it.each([
    'describe-vpcs.json',
    'describe-vpc-endpoint-service-configurations.json',
    'describe-vpc-endpoint-connections.json',
    'describe-security-groups.json',
    'describe-vpc-endpoint-service-permissions/vpce-svc-0b1d2f3a4c5e60101.json',
  ])('refuses a half-copied export without %s, naming it', async file => {
    fs.rmSync(path.join(region, file));
    await expect(read()).rejects.toThrow(`${file} is missing`);
  });

  it('places endpoints in their AZs from either the subnets or the interfaces, and wants one of them', async () => {
    fs.rmSync(path.join(region, 'describe-network-interfaces.json'));
    const fromSubnets = await read();
    expect(fromSubnets.subnets.length).toBeGreaterThan(0);
    expect(fromSubnets.networkInterfaces).toEqual([]);
    fs.cpSync(
      path.join(EXAMPLE, 'describe-network-interfaces.json'),
      path.join(region, 'describe-network-interfaces.json'),
    );
    fs.rmSync(path.join(region, 'describe-subnets.json'));
    const older = await read();
    expect(older.subnets).toEqual([]);
    expect(older.networkInterfaces.length).toBeGreaterThan(0);
    fs.rmSync(path.join(region, 'describe-network-interfaces.json'));
    await expect(read()).rejects.toThrow('describe-subnets.json is missing');
  });

  it('refuses a service id from the data that would leave the folder', async () => {
    const file = path.join(
      region,
      'describe-vpc-endpoint-service-configurations.json',
    );
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    data.ServiceConfigurations[0].ServiceId = '../../../../etc/passwd';
    fs.writeFileSync(file, JSON.stringify(data));
    await expect(read()).rejects.toThrow(
      "refused to read a file for the id '../../../../etc/passwd'",
    );
  });

  it('names the file and region of a file with the wrong shape', async () => {
    fs.writeFileSync(
      path.join(region, 'describe-route-tables.json'),
      '{"RouteTables": "none"}',
    );
    await expect(read()).rejects.toThrow(
      /describe-route-tables\.json \(account 111111111111, us-east-1\): RouteTables must be a list of objects/,
    );
  });
});
