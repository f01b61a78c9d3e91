import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { ChangeEventRefresher } from './ChangeEventRefresher';

const event = (accountId: string, eventName = 'CreateVpcEndpoint') => ({
  'detail-type': 'AWS API Call via CloudTrail',
  source: 'aws.ec2',
  account: accountId,
  region: 'us-east-1',
  detail: { eventName, awsRegion: 'us-east-1', recipientAccountId: accountId },
});

function refresher(triggerTask: jest.Mock) {
  return new ChangeEventRefresher({
    scheduler: { triggerTask },
    taskIdOf: accountId =>
      accountId === '111111111111' || accountId === '222222222222'
        ? `privatelink-account-${accountId}:refresh`
        : undefined,
    debounceMs: 10_000,
    logger: mockServices.logger.mock(),
  });
}

describe('ChangeEventRefresher', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('refreshes the named account once, the wait after its last event of a burst', async () => {
    const triggerTask = jest.fn().mockResolvedValue(undefined);
    const r = refresher(triggerTask);
    r.onEvent(event('111111111111'));
    await jest.advanceTimersByTimeAsync(9_000);
    r.onEvent(event('111111111111', 'ModifyVpcEndpoint'));
    r.onEvent(event('222222222222', 'DeleteVpcEndpoints'));
    await jest.advanceTimersByTimeAsync(9_000);
    expect(triggerTask).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(triggerTask.mock.calls).toEqual([
      ['privatelink-account-111111111111:refresh'],
      ['privatelink-account-222222222222:refresh'],
    ]);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(triggerTask).toHaveBeenCalledTimes(2);
    // The operators' status shows each account's last event, with when it reached the portal.
    expect(r.lastEventOf('111111111111')).toEqual({
      accountId: '111111111111',
      region: 'us-east-1',
      eventName: 'ModifyVpcEndpoint',
      receivedAt: new Date(Date.now() - 70_000).toISOString(),
    });
    expect(r.lastEventOf('222222222222')?.eventName).toBe('DeleteVpcEndpoints');
  });

  it('ignores accounts the portal does not read and calls that are not changes', async () => {
    const triggerTask = jest.fn().mockResolvedValue(undefined);
    const r = refresher(triggerTask);
    expect(r.onEvent(event('333333333333'))).toBeUndefined();
    expect(
      r.onEvent(event('111111111111', 'DescribeVpcEndpoints')),
    ).toBeUndefined();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(triggerTask).not.toHaveBeenCalled();
    expect(r.lastEventOf('333333333333')).toBeUndefined();
    expect(r.lastEventOf('111111111111')).toBeUndefined();
  });

  it('asks again after the wait when the account’s refresh is running (it may have read AWS before the change)', async () => {
    const triggerTask = jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('Task is currently running'))
      .mockResolvedValue(undefined);
    const r = refresher(triggerTask);
    r.onEvent(event('111111111111'));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(triggerTask).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(triggerTask).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(triggerTask).toHaveBeenCalledTimes(2);
  });

  it('stops its waits at shutdown', async () => {
    const triggerTask = jest.fn().mockResolvedValue(undefined);
    const r = refresher(triggerTask);
    r.onEvent(event('111111111111'));
    r.stop();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(triggerTask).not.toHaveBeenCalled();
  });
});
