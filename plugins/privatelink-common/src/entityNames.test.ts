import { makeValidator } from '@backstage/catalog-model';

const { isValidEntityName } = makeValidator();
import { toEntityName } from './entityNames';

describe('toEntityName', () => {
  it.each([
    ['com.amazonaws.us-east-1.s3', 'com.amazonaws.us-east-1.s3'],
    ['vpce-0a00000000000a001', 'vpce-0a00000000000a001'],
    [
      'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
      'com.amazonaws.vpce.us-east-1.vpce-svc-0a5f1c2e3d4b60001',
    ],
  ])('keeps a valid identifier %s as it is', (identifier, expected) => {
    expect(toEntityName(identifier)).toBe(expected);
  });

  it.each([
    'aws.sagemaker.us-east-1.notebook..x',
    'com.example/service name',
    `com.amazonaws.vpce.us-east-1.${'x'.repeat(80)}`,
    '---',
    '',
  ])('turns %s into a valid, stable name', identifier => {
    const name = toEntityName(identifier);
    expect(isValidEntityName(name)).toBe(true);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(toEntityName(identifier)).toBe(name);
  });

  it('keeps two identifiers that clean to the same text apart', () => {
    expect(toEntityName('a b')).not.toBe(toEntityName('a/b'));
    const long = `com.amazonaws.vpce.us-east-1.${'y'.repeat(70)}`;
    expect(toEntityName(`${long}1`)).not.toBe(toEntityName(`${long}2`));
  });
});
