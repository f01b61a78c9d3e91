import { DescribeVpcEndpointsCommand } from '@aws-sdk/client-ec2';
import { AwsApiCallCounter } from './AwsApiCallCounter';
import { AwsClientFactory } from './AwsClientFactory';
import { FaultProxy } from './testUtils';

describe('AwsClientFactory', () => {
  const saved = process.env.AWS_ENDPOINT_URL;
  let proxy: FaultProxy;
  const attempts: string[] = [];
  let resumeAll: Array<() => void> = [];

  beforeAll(async () => {
    // An AWS that takes every call and never answers.
    proxy = await FaultProxy.start(
      'http://127.0.0.1:9',
      () => false,
      call => {
        attempts.push(call.api);
        return new Promise<void>(resume => resumeAll.push(resume));
      },
    );
    process.env.AWS_ENDPOINT_URL = proxy.url;
  });

  afterAll(async () => {
    process.env.AWS_ENDPOINT_URL = saved;
    resumeAll.forEach(resume => resume());
    resumeAll = [];
    await proxy.stop();
  });

  it('fails a call AWS never answers once its attempts time out, instead of waiting for ever', async () => {
    const factory = new AwsClientFactory(
      {
        getCredentialProvider: async () => ({
          sdkCredentialProvider: async () => ({
            accessKeyId: 'a',
            secretAccessKey: 'b',
          }),
        }),
      },
      new AwsApiCallCounter(),
      2,
      new Map(),
      { connectionMs: 1_000, requestMs: 500 },
    );
    const { ec2 } = await factory.forAccount('111111111111', 'us-east-1');
    const started = Date.now();
    await expect(ec2.send(new DescribeVpcEndpointsCommand({}))).rejects.toThrow(
      /timed? ?out/i,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    // Both attempts reached AWS, and no more.
    expect(attempts).toEqual(['DescribeVpcEndpoints', 'DescribeVpcEndpoints']);
  });
});
