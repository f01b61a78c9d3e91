import { cidrWithin, isIpv4Cidr } from './ipv4Cidr';

describe('IPv4 CIDR blocks', () => {
  it.each([
    ['10.1.0.0/16', true],
    ['10.1.2.3/32', true],
    ['0.0.0.0/0', true],
    ['10.1.0.0', false],
    ['10.1.0.256/24', false],
    ['10.1.0.0/33', false],
    ['fd00::/8', false],
  ])('%s is a CIDR block: %s', (cidr, expected) => {
    expect(isIpv4Cidr(cidr)).toBe(expected);
  });

  it.each([
    ['10.1.2.0/24', '10.1.0.0/16', true],
    ['10.1.0.0/16', '10.1.0.0/16', true],
    // Host bits set: the block is the one the prefix names.
    ['10.1.2.3/24', '10.1.0.0/16', true],
    ['10.1.0.0/15', '10.1.0.0/16', false],
    ['10.2.0.0/24', '10.1.0.0/16', false],
    ['0.0.0.0/0', '10.0.0.0/8', false],
    ['10.0.0.0/8', '0.0.0.0/0', true],
    ['192.168.255.255/32', '192.168.0.0/16', true],
    ['192.169.0.0/32', '192.168.0.0/16', false],
    ['not-a-cidr', '10.0.0.0/8', false],
  ])('%s within %s: %s', (inner, outer, expected) => {
    expect(cidrWithin(inner, outer)).toBe(expected);
  });
});
