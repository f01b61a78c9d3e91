/** The longest `metadata.name` the catalog accepts. */
const MAX_NAME_LENGTH = 63;

/**
 * A stable 32-bit FNV-1a hash in hex, so a shortened name stays unique and the same across
 * refreshes and processes. Not for security.
 */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Turns an AWS identifier (an endpoint service name such as `com.amazonaws.us-east-1.s3`) into
 * a valid catalog `metadata.name`: characters outside `[A-Za-z0-9._-]` become `-`, separators are
 * not repeated or left at the ends, and a name longer than 63 characters keeps its head and ends
 * in a hash of the whole identifier.
 *
 * @public
 */
export function toEntityName(identifier: string): string {
  const cleaned = identifier
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/[-_.]{2,}/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  if (
    cleaned.length > 0 &&
    cleaned.length <= MAX_NAME_LENGTH &&
    cleaned === identifier
  ) {
    return cleaned;
  }
  // Anything changed or shortened gets a hash of the original, so two identifiers that clean to
  // the same text never collide.
  const hash = fnv1a(identifier);
  const head = cleaned
    .slice(0, MAX_NAME_LENGTH - hash.length - 1)
    .replace(/[-_.]+$/g, '');
  return head ? `${head}-${hash}` : `x-${hash}`;
}

/** The entity name of the endpoint service entity for a service name. @public */
export function endpointServiceEntityName(serviceName: string): string {
  return toEntityName(serviceName);
}

/**
 * The part of a service name people say: `com.amazonaws.us-east-1.s3` gives `s3`,
 * `com.amazonaws.vpce.us-east-1.vpce-svc-0123` gives `vpce-svc-0123`.
 *
 * @public
 */
export function shortServiceName(serviceName: string, region: string): string {
  const marker = `.${region}.`;
  const at = serviceName.indexOf(marker);
  return at >= 0 ? serviceName.slice(at + marker.length) : serviceName;
}
