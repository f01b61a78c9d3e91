import { accountChangeOf, CHANGE_EVENT_NAMES } from './changeEvents';

/** An EventBridge event of a CloudTrail-recorded EC2 call, as the SQS queue delivers it. */
const cloudTrailEvent = (detail: Record<string, unknown>, over = {}) => ({
  version: '0',
  id: 'e6f4a1b2-0000-4000-8000-000000000001',
  'detail-type': 'AWS API Call via CloudTrail',
  source: 'aws.ec2',
  account: '111111111111',
  time: '2026-12-04T09:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail: {
    eventVersion: '1.09',
    eventSource: 'ec2.amazonaws.com',
    eventTime: '2026-12-04T08:59:58Z',
    awsRegion: 'us-east-1',
    recipientAccountId: '111111111111',
    ...detail,
  },
  ...over,
});

describe('accountChangeOf', () => {
  it.each(CHANGE_EVENT_NAMES)(
    'names the account and region of %s',
    eventName => {
      expect(accountChangeOf(cloudTrailEvent({ eventName }))).toEqual({
        accountId: '111111111111',
        region: 'us-east-1',
        eventName,
        at: '2026-12-04T08:59:58Z',
      });
    },
  );

  it('takes the account the call acted in, which an organization trail sets, over the bus’s', () => {
    expect(
      accountChangeOf(
        cloudTrailEvent(
          {
            eventName: 'DeleteVpcEndpoints',
            recipientAccountId: '222222222222',
            awsRegion: 'eu-west-1',
          },
          { account: '999999999999', region: 'us-east-1' },
        ),
      ),
    ).toMatchObject({ accountId: '222222222222', region: 'eu-west-1' });
  });

  it.each([
    [
      'a failed call, which changed nothing',
      cloudTrailEvent({
        eventName: 'CreateVpcEndpoint',
        errorCode: 'Client.UnauthorizedOperation',
      }),
    ],
    [
      'a call that does not change endpoints',
      cloudTrailEvent({ eventName: 'DescribeVpcEndpoints' }),
    ],
    [
      'an account id that is not 12 digits',
      cloudTrailEvent(
        { eventName: 'CreateVpcEndpoint', recipientAccountId: 'x' },
        { account: 'y' },
      ),
    ],
    ['no detail', { source: 'aws.ec2', account: '111111111111' }],
    ['not an object', 'CreateVpcEndpoint'],
    ['nothing', undefined],
  ])('ignores %s', (_, payload) => {
    expect(accountChangeOf(payload)).toBeUndefined();
  });
});
