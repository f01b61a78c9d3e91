/** The minimal shape of an SDK v3 client this counter needs. @public */
export interface InstrumentableClient {
  middlewareStack: {
    add(
      middleware: (next: any, context: any) => (args: any) => Promise<any>,
      options: { step: 'initialize'; name: string },
    ): void;
  };
}

/** Calls to one API of one account and region. @public */
export interface AwsApiCallCount {
  accountId: string;
  region: string;
  /** The SDK client's service: `EC2`, `CloudWatch`, `ElasticLoadBalancingV2`. */
  service: string;
  api: string;
  calls: number;
}

/**
 * Counts AWS API calls per account, region and API (`DescribeVpcEndpoints`, ...), one per
 * logical call (retries of a call are the SDK's and are not counted twice). The benchmarks and
 * the operators' status read it.
 *
 * @public
 */
export class AwsApiCallCounter {
  private readonly counts = new Map<string, AwsApiCallCount>();

  instrument(client: InstrumentableClient, accountId: string, region: string) {
    client.middlewareStack.add(
      (next, context) => args => {
        const api = String(context.commandName ?? 'unknown').replace(
          /Command$/,
          '',
        );
        const service = String(context.clientName ?? 'unknown').replace(
          /Client$/,
          '',
        );
        this.record(accountId, region, api, 1, service);
        return next(args);
      },
      { step: 'initialize', name: 'privatelinkApiCallCounter' },
    );
  }

  record(
    accountId: string,
    region: string,
    api: string,
    calls = 1,
    service = 'unknown',
  ) {
    const key = `${accountId}/${region}/${service}/${api}`;
    const entry = this.counts.get(key) ?? {
      accountId,
      region,
      service,
      api,
      calls: 0,
    };
    entry.calls += calls;
    this.counts.set(key, entry);
  }

  list(filter?: { accountId?: string; service?: string }): AwsApiCallCount[] {
    return [...this.counts.values()]
      .filter(c => !filter?.accountId || c.accountId === filter.accountId)
      .filter(c => !filter?.service || c.service === filter.service)
      .map(c => ({ ...c }));
  }

  total(filter?: {
    accountId?: string;
    service?: string;
    api?: string;
  }): number {
    return this.list(filter)
      .filter(c => !filter?.api || c.api === filter.api)
      .reduce((sum, c) => sum + c.calls, 0);
  }

  /** The calls made since `before` (an earlier `list` with the same filter), per region and API. */
  static since(
    before: AwsApiCallCount[],
    after: AwsApiCallCount[],
  ): AwsApiCallCount[] {
    const key = (c: AwsApiCallCount) =>
      `${c.accountId}/${c.region}/${c.service}/${c.api}`;
    const earlier = new Map(before.map(c => [key(c), c.calls]));
    return after
      .map(c => ({ ...c, calls: c.calls - (earlier.get(key(c)) ?? 0) }))
      .filter(c => c.calls > 0);
  }

  reset() {
    this.counts.clear();
  }
}
