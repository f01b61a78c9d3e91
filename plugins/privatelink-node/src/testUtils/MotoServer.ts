import { ChildProcess, spawn, spawnSync } from 'child_process';
import { createServer } from 'net';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';

/** Credentials moto accepts as the "main account" that assumes roles into the others. */
const MAIN_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** A loopback port nothing listens on now, for a server a test starts. @public */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A `moto_server` (a real AWS emulator) of its own for one test file, on a free loopback port.
 * Each test file gets its own, so parallel Jest workers never reset each other's state.
 *
 * Accounts work as in AWS: `clientConfig(accountId, region)` assumes a role in that account
 * through moto's STS, and everything created with it lives in that account.
 * @public
 */
export class MotoServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(): Promise<MotoServer> {
    const found = spawnSync('moto_server', ['--help'], { stdio: 'ignore' });
    if (found.error || found.status !== 0) {
      throw new Error(
        'moto_server is not available on PATH: the AWS integration tests need it (moto 5, the Python AWS emulator, with its server extra)',
      );
    }
    const port = await freePort();
    const child = spawn(
      'moto_server',
      ['-H', '127.0.0.1', '-p', String(port)],
      {
        stdio: 'ignore',
      },
    );
    const server = new MotoServer(`http://127.0.0.1:${port}`, child);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(
          `moto_server exited with code ${child.exitCode} on port ${port}`,
        );
      }
      try {
        const res = await fetch(`${server.url}/moto-api/`);
        if (res.ok) return server;
      } catch {
        // not listening yet
      }
      await new Promise(r => setTimeout(r, 200));
    }
    child.kill();
    throw new Error(`moto_server did not answer on port ${port} within 20 s`);
  }

  /** Forgets every resource in every account (`POST /moto-api/reset`). */
  async reset(): Promise<void> {
    const res = await fetch(`${this.url}/moto-api/reset`, { method: 'POST' });
    if (!res.ok) throw new Error(`moto reset failed: ${res.status}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    await new Promise<void>(resolve => {
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }

  /**
   * The environment that points the SDK's default chain at this server: the portal's own code
   * then reaches moto exactly as it reaches AWS, through `AWS_ENDPOINT_URL`.
   */
  sdkEnvironment(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_ACCESS_KEY_ID: MAIN_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: MAIN_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
    };
  }

  /** SDK client options acting in `accountId`, through an assumed role as in real AWS. */
  async clientConfig(accountId: string, region: string) {
    const sts = new STSClient({
      region,
      endpoint: this.url,
      credentials: MAIN_CREDENTIALS,
    });
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${accountId}:role/privatelink-seed`,
        RoleSessionName: 'seed',
      }),
    );
    return {
      region,
      endpoint: this.url,
      credentials: {
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      },
    };
  }
}
