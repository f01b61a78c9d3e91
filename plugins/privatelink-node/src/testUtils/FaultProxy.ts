import { createServer, IncomingMessage, Server } from 'http';

/** An AWS call as the proxy saw it: which service, which API, and the SDK's invocation. @public */
export interface ProxiedCall {
  service: 'ec2' | 'cloudwatch' | 'other';
  api: string;
  /** `amz-sdk-invocation-id`: the same for every attempt of one SDK call. */
  invocationId: string;
  /** `amz-sdk-request` attempt number, from 1. */
  attempt: number;
  /** What the proxy answered: a throttling error, or moto's own status. */
  status: number;
  throttled: boolean;
  /** The request body (query-protocol form or JSON): which resources the call asked about. */
  body: string;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function identify(
  req: IncomingMessage,
  body: string,
): Pick<ProxiedCall, 'service' | 'api'> {
  const target = req.headers['x-amz-target'];
  if (
    typeof target === 'string' &&
    target.startsWith('GraniteServiceVersion20100801.')
  ) {
    return { service: 'cloudwatch', api: target.split('.')[1] };
  }
  const form = new URLSearchParams(body);
  const action = form.get('Action');
  if (action && form.get('Version') === '2016-11-15')
    return { service: 'ec2', api: action };
  return { service: 'other', api: action ?? req.url ?? '' };
}

/** The throttling answers EC2 (query protocol) and CloudWatch (JSON, query-compatible) give. */
const THROTTLED = {
  ec2: {
    status: 503,
    headers: { 'content-type': 'text/xml' },
    body: '<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>fault-proxy</RequestID></Response>',
  },
  cloudwatch: {
    status: 400,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-query-error': 'Throttling;Sender',
    },
    body: '{"__type":"com.amazonaws.cloudwatch#Throttling","message":"Rate exceeded"}',
  },
};

/**
 * An HTTP proxy in front of moto_server that answers some EC2 and CloudWatch calls with AWS's
 * throttling errors, as AWS does under load, and records every attempt: for tests of how the
 * portal behaves in a throttling storm. `throttle(n, call)` decides for the n-th EC2 or
 * CloudWatch request (from 0); everything else is forwarded as it came. `hold(call, body)` may
 * return a promise that the forwarding waits for (a slow or hung AWS), for tests that stop a
 * process while its calls are in flight.
 * @public
 */
export class FaultProxy {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    /** Every attempt the proxy saw, in order. */
    readonly calls: ProxiedCall[],
  ) {}

  static async start(
    target: string,
    throttle: (
      n: number,
      call: Pick<ProxiedCall, 'service' | 'api'>,
    ) => boolean,
    hold?: (
      call: Pick<ProxiedCall, 'service' | 'api'>,
      body: string,
    ) => Promise<void> | void,
  ): Promise<FaultProxy> {
    let faultable = 0;
    const calls: ProxiedCall[] = [];
    const server = createServer(async (req, res) => {
      try {
        const body = await readBody(req);
        const text = body.toString('utf8');
        const call = identify(req, text);
        const invocationId = String(req.headers['amz-sdk-invocation-id'] ?? '');
        const attempt = Number(
          /attempt=(\d+)/.exec(
            String(req.headers['amz-sdk-request'] ?? ''),
          )?.[1] ?? 1,
        );
        if (call.service !== 'other' && throttle(faultable++, call)) {
          const answer = THROTTLED[call.service];
          calls.push({
            ...call,
            invocationId,
            attempt,
            status: answer.status,
            throttled: true,
            body: text,
          });
          res.writeHead(answer.status, answer.headers).end(answer.body);
          return;
        }
        await hold?.(call, text);
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(
            ([k, v]) =>
              typeof v === 'string' && k !== 'host' && k !== 'content-length',
          ),
        ) as Record<string, string>;
        const forwarded = await fetch(`${target}${req.url}`, {
          method: req.method,
          headers,
          body:
            req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
        });
        calls.push({
          ...call,
          invocationId,
          attempt,
          status: forwarded.status,
          throttled: false,
          body: text,
        });
        const answer = Buffer.from(await forwarded.arrayBuffer());
        const back: Record<string, string> = {};
        forwarded.headers.forEach((value, key) => {
          if (
            key !== 'content-length' &&
            key !== 'content-encoding' &&
            key !== 'transfer-encoding'
          )
            back[key] = value;
        });
        res.writeHead(forwarded.status, back).end(answer);
      } catch (error) {
        res.writeHead(502).end(String(error));
      }
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return new FaultProxy(server, `http://127.0.0.1:${port}`, calls);
  }

  /** The attempts of each SDK call (EC2 and CloudWatch), by invocation id. */
  invocations(): Map<string, ProxiedCall[]> {
    const byId = new Map<string, ProxiedCall[]>();
    for (const call of this.calls) {
      if (call.service === 'other') continue;
      byId.set(call.invocationId, [
        ...(byId.get(call.invocationId) ?? []),
        call,
      ]);
    }
    return byId;
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }
}
