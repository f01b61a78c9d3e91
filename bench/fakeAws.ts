/*
 * A local AWS-compatible HTTP server for benchmarks at sizes moto cannot hold: EC2 (query
 * protocol, XML), CloudWatch (JSON 1.0) and ELBv2 (query, XML), serving a synthetic fleet, with
 * a fixed latency injected into every answer. EC2 answers are serialised from the SDK's own
 * schemas, so the SDK parses them as it parses EC2's; pages, NextToken and id filters behave as
 * EC2's do. The account is the access key id and the region comes from the request's signature.
 */
import * as ec2 from '@aws-sdk/client-ec2';
import { createServer, IncomingMessage, Server } from 'http';
import { SyntheticCell } from '../plugins/catalog-backend-module-privatelink/bench/syntheticFleet';

const PAGE = 1000;
const FILTER_VALUES = 200;

type Schema = unknown;
const resolve = (s: Schema): any =>
  typeof s === 'function' ? (s as () => unknown)() : s;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** EC2's XML for a value of the given SDK schema. */
function xmlOf(schema: Schema, value: unknown): string {
  const s = resolve(schema);
  if (Array.isArray(s) && s[0] === 3) {
    const names: string[] = s[4];
    const members: unknown[] = s[5];
    let out = '';
    names.forEach((name, i) => {
      const v = (value as Record<string, unknown>)?.[name];
      if (v === undefined || v === null) return;
      const member = members[i];
      const [memberSchema, traits] =
        Array.isArray(member) &&
        member.length === 2 &&
        typeof member[1] === 'object'
          ? member
          : [member, {}];
      const tag =
        (traits as any)?.xmlName ??
        lowerFirst((traits as any)?.ec2QueryName ?? name);
      out += `<${tag}>${xmlOf(memberSchema, v)}</${tag}>`;
    });
    return out;
  }
  if (Array.isArray(s) && s[0] === 1) {
    const [memberSchema, traits] = s[4];
    const tag = traits?.xmlName ?? 'item';
    return (value as unknown[])
      .map(v => `<${tag}>${xmlOf(memberSchema, v)}</${tag}>`)
      .join('');
  }
  if (value instanceof Date) return value.toISOString();
  return escape(String(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
    req.on('error', rej);
  });
}

/** `Filter.1.Value.N` of an EC2 request. */
function filterValues(form: URLSearchParams): Set<string> | undefined {
  const values = [...form.entries()]
    .filter(([k]) => /^Filter\.1\.Value\.\d+$/.test(k))
    .map(([, v]) => v);
  if (values.length === 0) return undefined;
  if (values.length > FILTER_VALUES)
    throw new Error('EC2 allows at most 200 filter values');
  return new Set(values);
}

function page<T>(items: T[], form: URLSearchParams) {
  const size = Math.min(Number(form.get('MaxResults') ?? PAGE), PAGE);
  const start = Number(form.get('NextToken') ?? 0);
  return {
    items: items.slice(start, start + size),
    next: start + size < items.length ? String(start + size) : undefined,
  };
}

/** What each EC2 action answers from a cell. */
function ec2Answer(
  action: string,
  cell: SyntheticCell,
  form: URLSearchParams,
): [Schema, unknown] {
  const byId = <T>(items: T[], key: (i: T) => string) => {
    const wanted = filterValues(form);
    return wanted ? items.filter(i => wanted.has(key(i))) : items;
  };
  switch (action) {
    case 'DescribeVpcs': {
      const { items, next } = page(cell.vpcs, form);
      return [ec2.DescribeVpcsResult$, { Vpcs: items, NextToken: next }];
    }
    case 'DescribeVpcEndpoints': {
      const { items, next } = page(cell.endpoints, form);
      return [
        ec2.DescribeVpcEndpointsResult$,
        { VpcEndpoints: items, NextToken: next },
      ];
    }
    case 'DescribeVpcEndpointServiceConfigurations': {
      const { items, next } = page(cell.serviceConfigurations, form);
      return [
        ec2.DescribeVpcEndpointServiceConfigurationsResult$,
        { ServiceConfigurations: items, NextToken: next },
      ];
    }
    case 'DescribeVpcEndpointServicePermissions':
      return [
        ec2.DescribeVpcEndpointServicePermissionsResult$,
        {
          AllowedPrincipals:
            cell.permissions[form.get('ServiceId') ?? ''] ?? [],
        },
      ];
    case 'DescribeVpcEndpointConnections': {
      const { items, next } = page(cell.connections, form);
      return [
        ec2.DescribeVpcEndpointConnectionsResult$,
        { VpcEndpointConnections: items, NextToken: next },
      ];
    }
    case 'DescribeVpcEndpointServices': {
      const names = new Set(
        [...form.entries()]
          .filter(([k]) => k.startsWith('ServiceName.'))
          .map(([, v]) => v),
      );
      return [
        ec2.DescribeVpcEndpointServicesResult$,
        {
          ServiceDetails: cell.serviceDetails.filter(s =>
            names.has(s.ServiceName!),
          ),
        },
      ];
    }
    case 'DescribeSecurityGroups':
      return [
        ec2.DescribeSecurityGroupsResult$,
        { SecurityGroups: byId(cell.securityGroups, g => g.GroupId!) },
      ];
    case 'DescribeRouteTables':
      return [
        ec2.DescribeRouteTablesResult$,
        { RouteTables: byId(cell.routeTables, t => t.RouteTableId!) },
      ];
    case 'DescribeSubnets':
      return [
        ec2.DescribeSubnetsResult$,
        { Subnets: byId(cell.subnets, s => s.SubnetId!) },
      ];
    default:
      throw new Error(`the fake EC2 does not answer ${action}`);
  }
}

/** CloudWatch's GetMetricData: `value(query, day)` for every day of the window. */
function metricData(
  body: any,
  value: (query: any, dayIndex: number) => number,
) {
  const start = Number(body.StartTime);
  const end = Number(body.EndTime);
  const days = Math.round((end - start) / 86_400);
  return {
    MetricDataResults: body.MetricDataQueries.map((q: any) => {
      const timestamps: number[] = [];
      const values: number[] = [];
      for (let d = 0; d < days; d++) {
        const v = value(q, d);
        if (v === 0) continue;
        timestamps.push(start + d * 86_400);
        values.push(v);
      }
      return {
        Id: q.Id,
        Label: q.Label,
        StatusCode: 'Complete',
        Timestamps: timestamps,
        Values: values,
      };
    }),
    Messages: [],
  };
}

export interface FakeAwsOptions {
  cells: Map<string, SyntheticCell>;
  latencyMs: number;
}

/** Starts the fake on a free loopback port; `calls` counts answers by API. */
export async function startFakeAws(options: FakeAwsOptions): Promise<{
  url: string;
  calls: Map<string, number>;
  close: () => Promise<void>;
}> {
  const calls = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const auth = String(req.headers.authorization ?? '');
      const [, account, region] =
        /Credential=([^/]+)\/\d+\/([^/]+)\//.exec(auth) ?? [];
      const cell = options.cells.get(`${account}/${region}`);
      await new Promise(r => setTimeout(r, options.latencyMs));
      const target = String(req.headers['x-amz-target'] ?? '');
      if (target.startsWith('GraniteServiceVersion20100801.')) {
        const api = target.split('.')[1];
        calls.set(
          `CloudWatch ${api}`,
          (calls.get(`CloudWatch ${api}`) ?? 0) + 1,
        );
        const json = JSON.parse(body || '{}');
        const answer =
          api === 'GetMetricData'
            ? metricData(json, (q, d) =>
                q.MetricStat?.Metric?.MetricName === 'BytesProcessed' &&
                (d + q.Id.length) % 3 !== 0
                  ? 2 ** 30
                  : 0,
              )
            : { Metrics: [] };
        res
          .writeHead(200, { 'content-type': 'application/x-amz-json-1.0' })
          .end(JSON.stringify(answer));
        return;
      }
      const form = new URLSearchParams(body);
      const action = form.get('Action') ?? '';
      if (form.get('Version') === '2015-12-01') {
        calls.set(`ELBv2 ${action}`, (calls.get(`ELBv2 ${action}`) ?? 0) + 1);
        const arn = form.get('LoadBalancerArn') ?? '';
        const group = arn
          .replace(':loadbalancer/net/', ':targetgroup/')
          .replace(/\/[0-9a-f]+$/, '/0123456789abcdef');
        res
          .writeHead(200, { 'content-type': 'text/xml' })
          .end(
            `<DescribeTargetGroupsResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DescribeTargetGroupsResult><TargetGroups><member><TargetGroupArn>${escape(
              group,
            )}</TargetGroupArn><LoadBalancerArns><member>${escape(
              arn,
            )}</member></LoadBalancerArns></member></TargetGroups></DescribeTargetGroupsResult><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></DescribeTargetGroupsResponse>`,
          );
        return;
      }
      calls.set(`EC2 ${action}`, (calls.get(`EC2 ${action}`) ?? 0) + 1);
      if (!cell) throw new Error(`no cell ${account}/${region}`);
      const [schema, output] = ec2Answer(action, cell, form);
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(
          `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>fake</requestId>${xmlOf(
            schema,
            output,
          )}</${action}Response>`,
        );
    } catch (error) {
      res
        .writeHead(400, { 'content-type': 'text/xml' })
        .end(
          `<Response><Errors><Error><Code>InvalidParameterValue</Code><Message>${escape(
            String(error),
          )}</Message></Error></Errors><RequestID>fake</RequestID></Response>`,
        );
    }
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>(r => server.close(() => r())),
  };
}
