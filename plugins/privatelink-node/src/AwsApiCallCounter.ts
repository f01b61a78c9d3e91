/** The minimal shape of an SDK v3 client this counter needs. */
interface InstrumentableClient {
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
        this.record(accountId, region, api);
        return next(args);
      },
      { step: 'initialize', name: 'privatelinkApiCallCounter' },
    );
  }

  record(accountId: string, region: string, api: string, calls = 1) {
    const key = `${accountId}/${region}/${api}`;
    const entry = this.counts.get(key) ?? { accountId, region, api, calls: 0 };
    entry.calls += calls;
    this.counts.set(key, entry);
  }

  list(filter?: { accountId?: string }): AwsApiCallCount[] {
    return [...this.counts.values()].filter(
      c => !filter?.accountId || c.accountId === filter.accountId,
    );
  }

  total(filter?: { accountId?: string; api?: string }): number {
    return this.list(filter)
      .filter(c => !filter?.api || c.api === filter.api)
      .reduce((sum, c) => sum + c.calls, 0);
  }

  reset() {
    this.counts.clear();
  }
}
