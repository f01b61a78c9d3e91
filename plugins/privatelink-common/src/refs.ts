import { stringifyEntityRef } from '@backstage/catalog-model';
import { endpointServiceEntityName } from './entityNames';

/*
 * Every entity ref the portal builds, in one place: no reader or writer assembles
 * `kind:namespace/name` by hand.
 */

/** The ref of the endpoint service entity for a service name. @public */
export function endpointServiceEntityRef(serviceName: string): string {
  return stringifyEntityRef({
    kind: 'resource',
    namespace: 'default',
    name: endpointServiceEntityName(serviceName),
  });
}

/** The ref of the endpoint entity for an endpoint id. @public */
export function endpointEntityRef(endpointId: string): string {
  return stringifyEntityRef({
    kind: 'resource',
    namespace: 'default',
    name: endpointId,
  });
}

/** The ref of a vendor's Group entity. @public */
export function vendorGroupRef(vendorName: string): string {
  return stringifyEntityRef({
    kind: 'group',
    namespace: 'default',
    name: vendorName,
  });
}

/** The ref of a VPC entity for a VPC id. @public */
export function vpcEntityRef(vpcId: string): string {
  return stringifyEntityRef({
    kind: 'resource',
    namespace: 'default',
    name: vpcId,
  });
}
