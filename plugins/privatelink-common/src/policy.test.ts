import { isUnrestrictedStatement, policyStatements } from './policy';

describe('isUnrestrictedStatement', () => {
  it.each([
    [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }, true],
    [
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['*'],
        Resource: ['*'],
      },
      true,
    ],
    [
      {
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::1:root', '*'] },
        Action: '*',
        Resource: '*',
      },
      true,
    ],
    [{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }, false],
    [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: '*',
      },
      false,
    ],
    [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: '*',
        Resource: 'arn:aws:s3:::b/*',
      },
      false,
    ],
    [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::1:root' },
        Action: '*',
        Resource: '*',
      },
      false,
    ],
    [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } },
      },
      false,
    ],
  ])('%j is unrestricted: %s', (statement, expected) => {
    expect(isUnrestrictedStatement(statement)).toBe(expected);
  });
});

describe('policyStatements', () => {
  it('reads a list, a single statement and nothing', () => {
    expect(
      policyStatements({
        Statement: [{ Effect: 'Allow' }, { Effect: 'Deny' }],
      }),
    ).toHaveLength(2);
    expect(policyStatements({ Statement: { Effect: 'Allow' } })).toHaveLength(
      1,
    );
    expect(policyStatements(undefined)).toEqual([]);
    expect(policyStatements('not json')).toEqual([]);
  });
});
