/*
 * Inventory benchmark: AWS calls per refresh against the minimum, and time and memory to map
 * 10,000 endpoints across 20 account-regions into catalog entities.
 *
 * EC2 is served from memory by aws-sdk-client-mock, answering like EC2 does: pages of at most
 * MaxResults (1,000), NextToken, filters by id. Every call the reader makes is counted.
 *
 * Run: npm run bench (from the repository root).
 */
import {
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointConnectionsCommand,
  DescribeVpcEndpointServiceConfigurationsCommand,
  DescribeVpcEndpointServicePermissionsCommand,
  DescribeVpcEndpointServicesCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  Filter,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AwsApiCallCounter,
  AwsClientFactory,
} from '@privatelink-portal/plugin-privatelink-node';
import {
  AWS_VENDOR,
  UNKNOWN_VENDOR,
} from '@privatelink-portal/plugin-privatelink-node';
import {
  AwsInventoryReader,
  FILTER_VALUES_PER_CALL,
} from '../src/lib/AwsInventoryReader';
import { RegionInventory } from '../src/lib/inventory';
import { mapRegionInventory } from '../src/lib/entities';
import { minimumEc2Calls, syntheticFleet } from './syntheticFleet';

const ACCOUNTS = 10;
const REGIONS = ['us-east-1', 'eu-west-1'];
const PER_CELL = 500;

function page<T>(
  items: T[],
  input: { MaxResults?: number; NextToken?: string },
) {
  const size = Math.min(input.MaxResults ?? 1000, 1000);
  const start = input.NextToken ? Number(input.NextToken) : 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), next };
}

function byFilter<T>(
  items: T[],
  filters: Filter[] | undefined,
  key: (item: T) => string,
) {
  const values = new Set(filters?.[0]?.Values ?? []);
  if (values.size > FILTER_VALUES_PER_CALL)
    throw new Error('EC2 allows at most 200 filter values');
  return items.filter(i => values.has(key(i)));
}

async function main() {
  const fleet = syntheticFleet(ACCOUNTS, REGIONS, PER_CELL);
  const cellOf = new Map(fleet.map(c => [`${c.accountId}/${c.region}`, c]));
  const ec2 = mockClient(EC2Client);
  // The credentials of each account carry its id, so the fake EC2 knows whose data to serve.
  const cell = async (client: EC2Client) => {
    const credentials = await client.config.credentials();
    return cellOf.get(
      `${credentials.accessKeyId}/${await client.config.region()}`,
    )!;
  };
  ec2.on(DescribeVpcsCommand).callsFake(async (input, getClient) => {
    const { items, next } = page((await cell(getClient())).vpcs, input);
    return { Vpcs: items, NextToken: next };
  });
  ec2.on(DescribeVpcEndpointsCommand).callsFake(async (input, getClient) => {
    const { items, next } = page((await cell(getClient())).endpoints, input);
    return { VpcEndpoints: items, NextToken: next };
  });
  ec2
    .on(DescribeVpcEndpointServiceConfigurationsCommand)
    .callsFake(async (input, getClient) => {
      const { items, next } = page(
        (await cell(getClient())).serviceConfigurations,
        input,
      );
      return { ServiceConfigurations: items, NextToken: next };
    });
  ec2
    .on(DescribeVpcEndpointServicePermissionsCommand)
    .callsFake(async (input, getClient) => ({
      AllowedPrincipals:
        (await cell(getClient())).permissions[input.ServiceId!] ?? [],
    }));
  ec2
    .on(DescribeVpcEndpointConnectionsCommand)
    .callsFake(async (input, getClient) => {
      const { items, next } = page(
        (await cell(getClient())).connections,
        input,
      );
      return { VpcEndpointConnections: items, NextToken: next };
    });
  ec2
    .on(DescribeVpcEndpointServicesCommand)
    .callsFake(async (input, getClient) => ({
      ServiceDetails: (await cell(getClient())).serviceDetails.filter(s =>
        input.ServiceNames?.includes(s.ServiceName!),
      ),
    }));
  ec2.on(DescribeSecurityGroupsCommand).callsFake(async (input, getClient) => ({
    SecurityGroups: byFilter(
      (await cell(getClient())).securityGroups,
      input.Filters,
      g => g.GroupId!,
    ),
  }));
  ec2.on(DescribeRouteTablesCommand).callsFake(async (input, getClient) => ({
    RouteTables: byFilter(
      (await cell(getClient())).routeTables,
      input.Filters,
      t => t.RouteTableId!,
    ),
  }));
  ec2.on(DescribeSubnetsCommand).callsFake(async (input, getClient) => ({
    Subnets: byFilter(
      (await cell(getClient())).subnets,
      input.Filters,
      n => n.SubnetId!,
    ),
  }));

  const clients = new AwsClientFactory(
    {
      getCredentialProvider: async ({
        accountId,
      }: { accountId?: string } = {}) => ({
        sdkCredentialProvider: async () => ({
          accessKeyId: accountId!,
          secretAccessKey: 'x',
        }),
      }),
    },
    new AwsApiCallCounter(),
  );
  const reader = new AwsInventoryReader(clients);

  // 1. AWS calls for one refresh of every account, as the providers run it.
  const readStarted = process.hrtime.bigint();
  const inventories: RegionInventory[] = (
    await Promise.all(
      [...new Set(fleet.map(c => c.accountId))].map(accountId =>
        Promise.all(
          REGIONS.map(region => reader.readRegion(accountId, region)),
        ),
      ),
    )
  ).flat();
  const readMs = Number(process.hrtime.bigint() - readStarted) / 1e6;
  const calls: Record<string, number> = {};
  for (const call of ec2.calls()) {
    const api = call.args[0].constructor.name.replace(/Command$/, '');
    calls[api] = (calls[api] ?? 0) + 1;
  }
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  const minimum = fleet.reduce((sum, c) => sum + minimumEc2Calls(c), 0);
  const endpoints = fleet.reduce((sum, c) => sum + c.endpoints.length, 0);
  const factsMinimum = 3 * fleet.length + Math.ceil(endpoints / 1000);

  console.log(
    `fleet: ${endpoints} endpoints in ${fleet.length} account-regions`,
  );
  console.log('EC2 calls per refresh, by API:');
  for (const [api, n] of Object.entries(calls).sort())
    console.log(`  ${api.padEnd(44)} ${n}`);
  console.log(
    `  total ${total}; minimum for the same data ${minimum}; ratio ${(
      total / minimum
    ).toFixed(2)}x`,
  );
  console.log(
    `  (aws-facts floor 3C + N/1000, VPCs, endpoints and service configurations only: ${factsMinimum}; ratio ${(
      total / factsMinimum
    ).toFixed(2)}x)`,
  );
  console.log(
    `  calls per endpoint ${(total / endpoints).toFixed(
      4,
    )}; read time ${readMs.toFixed(0)} ms (in-memory EC2)`,
  );

  // 2. Mapping 10,000 endpoints.
  const context = {
    ownership: {
      tagKeys: ['tenant'],
      rules: [],
      defaultOwner: 'group:default/platform',
    },
    vendors: [
      AWS_VENDOR,
      UNKNOWN_VENDOR,
      {
        name: 'vendor',
        title: 'Vendor',
        serviceNames: [],
        ownerAccountIds: ['480000000001'],
        links: [],
      },
    ],
    inventoriedAccountIds: new Set(fleet.map(c => c.accountId)),
    location: 'privatelink:bench',
  };
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  let entityCount = 0;
  let peakRss = rssBefore;
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    const entities = inventories.flatMap(i => mapRegionInventory(i, context));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    entityCount = entities.length;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (run === 4) {
      const heapAfter = process.memoryUsage().heapUsed;
      const json = Buffer.byteLength(JSON.stringify(entities));
      console.log(
        `mapping: ${entityCount} entities; median ${times
          .sort((a, b) => a - b)[2]
          .toFixed(0)} ms over 5 runs (${(
          times[2] /
          (endpoints / 1000)
        ).toFixed(1)} ms per 1,000 endpoints)`,
      );
      console.log(
        `  heap held by the entities ${(
          (heapAfter - heapBefore) /
          1048576
        ).toFixed(0)} MB; JSON ${(json / 1048576).toFixed(
          1,
        )} MB; peak RSS of the process ${(peakRss / 1048576).toFixed(
          0,
        )} MB (before mapping ${(rssBefore / 1048576).toFixed(0)} MB)`,
      );
    }
  }
  ec2.restore();
}

main().catch(e => {
  console.error(e);
  process.exitCode = 1;
});
