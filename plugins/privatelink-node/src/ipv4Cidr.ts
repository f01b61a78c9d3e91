const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Whether a text is an IPv4 CIDR block (`10.1.0.0/16`). @public */
export function isIpv4Cidr(cidr: string): boolean {
  const m = cidr.match(IPV4_CIDR);
  return (
    !!m &&
    m.slice(1, 5).every(octet => Number(octet) <= 255) &&
    Number(m[5]) <= 32
  );
}

/** The first and last address of an IPv4 CIDR block, as numbers. */
function addressRange(cidr: string): [number, number] {
  const m = cidr.match(IPV4_CIDR)!;
  const address = m
    .slice(1, 5)
    .reduce((n, octet) => n * 256 + Number(octet), 0);
  const size = 2 ** (32 - Number(m[5]));
  const first = address - (address % size);
  return [first, first + size - 1];
}

/**
 * Whether every address of `inner` lies in `outer` (both IPv4 CIDR blocks): `10.1.2.0/24` lies in
 * `10.1.0.0/16`; `0.0.0.0/0` lies only in itself. @public
 */
export function cidrWithin(inner: string, outer: string): boolean {
  if (!isIpv4Cidr(inner) || !isIpv4Cidr(outer)) return false;
  const [innerFirst, innerLast] = addressRange(inner);
  const [outerFirst, outerLast] = addressRange(outer);
  return innerFirst >= outerFirst && innerLast <= outerLast;
}
