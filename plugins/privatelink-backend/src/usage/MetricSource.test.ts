import fs from 'fs';
import os from 'os';
import path from 'path';
import { SnapshotReader } from '@privatelink-portal/plugin-privatelink-node';
import { SnapshotMetricSource } from './MetricSource';
import { MetricQuery } from './metricQueries';

describe('SnapshotMetricSource', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'metrics-'));
    const dir = path.join(root, '111111111111', 'us-east-1');
    fs.mkdirSync(dir, { recursive: true });
    // An export taken a year ago: two days of BytesProcessed.
    fs.writeFileSync(
      path.join(dir, 'get-metric-data.json'),
      JSON.stringify({
        MetricDataResults: [
          {
            Id: 'q0',
            Label: 'vpce-1 BytesProcessed',
            Timestamps: [
              '2025-11-01T00:00:00+00:00',
              '2025-11-02T00:00:00+00:00',
            ],
            Values: [10, 20],
          },
        ],
      }),
    );
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const query: MetricQuery = {
    id: 'a',
    entityRef: 'resource:default/vpce-1',
    field: 'bytesProcessed',
    namespace: 'AWS/PrivateLinkEndpoints',
    metricName: 'BytesProcessed',
    dimensions: [],
    stat: 'Sum',
    label: 'vpce-1 BytesProcessed',
  };

  it("keeps an export's own dates: a year-old export shows that year", async () => {
    const source = new SnapshotMetricSource(new SnapshotReader(root));
    const { values } = await source.getDailyValues(
      '111111111111',
      'us-east-1',
      [query],
      '2025-10-01',
      '2026-12-31',
    );
    expect([...values.get('a')!]).toEqual([
      ['2025-11-01', 10],
      ['2025-11-02', 20],
    ]);
  });

  it('moves the days to end on the last complete day only with the demo setting', async () => {
    const source = new SnapshotMetricSource(
      new SnapshotReader(root),
      () => '2026-11-24',
    );
    const { values } = await source.getDailyValues(
      '111111111111',
      'us-east-1',
      [query],
      '2025-10-01',
      '2026-12-31',
    );
    expect([...values.get('a')!]).toEqual([
      ['2026-11-23', 10],
      ['2026-11-24', 20],
    ]);
  });
});
