import {
  BYTES_PER_GB,
  DEFAULT_PRICING,
  monthlyCost,
  tieredPrice,
} from './pricing';

const PB = 1024 * 1024;

describe('tieredPrice', () => {
  it.each([
    [0, 0],
    [100, 1],
    [PB, PB * 0.01],
    [PB + 1000, PB * 0.01 + 1000 * 0.006],
    [5 * PB, PB * 0.01 + 4 * PB * 0.006],
    [6 * PB, PB * 0.01 + 4 * PB * 0.006 + PB * 0.004],
  ])('%d GB costs %d', (gb, price) => {
    expect(tieredPrice(gb, DEFAULT_PRICING.interfaceDataTiers)).toBeCloseTo(
      price,
      6,
    );
  });
});

describe('monthlyCost', () => {
  it('prices an interface endpoint: hourly x AZs x 730 plus data, and the NAT counterfactual', () => {
    const cost = monthlyCost({
      endpointType: 'Interface',
      azCount: 2,
      bytesPerMonth: 1000 * BYTES_PER_GB,
      pricing: DEFAULT_PRICING,
    });
    expect(cost).toMatchObject({
      hourly: 14.6, // 0.01 x 2 x 730
      dataProcessing: 10, // 1000 GB x 0.01
      total: 24.6,
      gbPerMonth: 1000,
      natCounterfactual: 45, // 1000 GB x 0.045
      saving: 20.4,
    });
    expect(cost.formula).toContain('$0.01/AZ-h x 2 AZ x 730 h');
  });

  it('gives only the hourly part when the bytes are unknown', () => {
    const cost = monthlyCost({
      endpointType: 'Interface',
      azCount: 3,
      bytesPerMonth: undefined,
      pricing: DEFAULT_PRICING,
    });
    expect(cost).toMatchObject({
      hourly: 21.9,
      dataProcessing: 0,
      total: 21.9,
      natCounterfactual: undefined,
      saving: undefined,
    });
  });

  it('prices a GWLB endpoint per hour, not per AZ', () => {
    const cost = monthlyCost({
      endpointType: 'GatewayLoadBalancer',
      azCount: 2,
      bytesPerMonth: 100 * BYTES_PER_GB,
      pricing: DEFAULT_PRICING,
    });
    expect(cost.hourly).toBeCloseTo(2.56, 2); // 0.0035 x 730
    expect(cost.dataProcessing).toBeCloseTo(0.35, 2);
  });

  it('says gateway endpoints are free and their saving unknown', () => {
    expect(
      monthlyCost({
        endpointType: 'Gateway',
        azCount: 0,
        bytesPerMonth: 5e12,
        pricing: DEFAULT_PRICING,
      }),
    ).toMatchObject({
      total: 0,
      saving: undefined,
      natCounterfactual: undefined,
    });
  });

  it('a small, busy-free endpoint can cost more than NAT: the saving goes negative', () => {
    const cost = monthlyCost({
      endpointType: 'Interface',
      azCount: 3,
      bytesPerMonth: BYTES_PER_GB,
      pricing: DEFAULT_PRICING,
    });
    expect(cost.saving).toBeLessThan(0);
  });
});
