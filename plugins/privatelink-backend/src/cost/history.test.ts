import { DEFAULT_PRICING } from '../pricing';
import { costHistory, monthCost } from './history';

const GB = 1024 ** 3;
const interfaceEndpoint = {
  endpointType: 'Interface' as const,
  subnets: [
    { subnetId: 'subnet-a', availabilityZone: 'us-east-1a' },
    { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' },
  ],
};
const gwlbEndpoint = {
  endpointType: 'GatewayLoadBalancer' as const,
  subnets: [{ subnetId: 'subnet-a', availabilityZone: 'us-east-1a' }],
};

describe('monthCost', () => {
  it.each([
    // $0.01 x 2 AZ x 24 h x 30 days + 10 GB x $0.01
    [interfaceEndpoint, 30, 10, 14.4, 0.1],
    // $0.0035 x 24 h x 30 days + 100 GB x $0.0035
    [gwlbEndpoint, 30, 100, 2.52, 0.35],
    // 2 PB in a month: the first PB at $0.01, the next at $0.006
    [interfaceEndpoint, 1, 2 * 1024 * 1024, 0.48, 10485.76 + 6291.456],
  ])(
    'prices %p for %d days and %d GB',
    (endpoint, days, gb, hourly, dataProcessing) => {
      const cost = monthCost(endpoint, DEFAULT_PRICING, {
        month: '2026-11',
        days,
        bytesProcessed: gb * GB,
      });
      expect(cost.hourly).toBeCloseTo(hourly, 6);
      expect(cost.dataProcessing).toBeCloseTo(dataProcessing, 6);
    },
  );
});

describe('costHistory', () => {
  it('sums the endpoints by month, from the first collected one, and forecasts this month at its daily rate', () => {
    const history = costHistory(
      'group:default/payments',
      [
        {
          endpoint: interfaceEndpoint,
          pricing: DEFAULT_PRICING,
          months: [
            { month: '2026-10', days: 5, bytesProcessed: 0 },
            { month: '2026-11', days: 30, bytesProcessed: 10 * GB },
            { month: '2026-12', days: 3, bytesProcessed: 0 },
          ],
        },
        {
          endpoint: gwlbEndpoint,
          pricing: DEFAULT_PRICING,
          months: [{ month: '2026-11', days: 30, bytesProcessed: 100 * GB }],
        },
      ],
      '2026-12-03',
    );
    expect(history.months).toEqual([
      // 0.01 x 2 x 24 x 5
      {
        month: '2026-10',
        hourlyUsd: 2.4,
        dataProcessingUsd: 0,
        totalUsd: 2.4,
        gb: 0,
        endpoints: 1,
        complete: true,
      },
      // 14.40 + 0.10, and 2.52 + 0.35
      {
        month: '2026-11',
        hourlyUsd: 16.92,
        dataProcessingUsd: 0.45,
        totalUsd: 17.37,
        gb: 110,
        endpoints: 2,
        complete: true,
      },
      // 0.01 x 2 x 24 x 3
      {
        month: '2026-12',
        hourlyUsd: 1.44,
        dataProcessingUsd: 0,
        totalUsd: 1.44,
        gb: 0,
        endpoints: 1,
        complete: false,
      },
    ]);
    // 1.44 / 3 days x 31 days = 14.88, against 17.37: -2.49, -14.3 %
    expect(history.thisMonth).toEqual({
      month: '2026-12',
      soFarUsd: 1.44,
      forecastUsd: 14.88,
      daysSoFar: 3,
      daysInMonth: 31,
      lastMonthUsd: 17.37,
      changeUsd: -2.49,
      changePercent: -14.3,
    });
    expect(history.endpoints).toBe(2);
  });

  it('shows a month without collected days as nothing, and at most a year and this month', () => {
    const months = [
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-08',
    ].map(month => ({ month, days: 1, bytesProcessed: 0 }));
    const history = costHistory(
      'group:default/snowflake',
      [{ endpoint: interfaceEndpoint, pricing: DEFAULT_PRICING, months }],
      '2026-08-31',
    );
    expect(history.months.map(m => m.month)).toEqual([
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
    expect(history.months[11]).toMatchObject({ totalUsd: 0, endpoints: 0 });
    // On the month's last day the forecast is what it cost: 0.48 / 31 days x 31 days.
    expect(history.thisMonth).toMatchObject({
      soFarUsd: 0.48,
      forecastUsd: 0.48,
      daysSoFar: 31,
      lastMonthUsd: 0,
      changeUsd: 0.48,
    });
    expect(history.thisMonth).not.toHaveProperty('changePercent');
  });

  it('has no months and no forecast for endpoints without a collected day', () => {
    expect(
      costHistory(
        'group:default/new',
        [{ endpoint: interfaceEndpoint, pricing: DEFAULT_PRICING, months: [] }],
        '2026-12-03',
      ),
    ).toEqual({
      subject: 'group:default/new',
      endpoints: 1,
      months: [],
      formula: expect.stringContaining('x 24 h x its collected days'),
    });
  });
});
