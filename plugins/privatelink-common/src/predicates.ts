import { Entity } from '@backstage/catalog-model';
import {
  ENDPOINT_ENTITY_TYPE,
  ENDPOINT_SERVICE_ENTITY_TYPE,
} from './annotations';
import { VpcEndpointDetails, VpcEndpointServiceDetails } from './types';

function isResourceOfType(entity: Entity, type: string): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === type
  );
}

/** True for a VPC endpoint entity. @public */
export function isVpcEndpointEntity(entity: Entity): boolean {
  return isResourceOfType(entity, ENDPOINT_ENTITY_TYPE);
}

/** True for a VPC endpoint service entity. @public */
export function isVpcEndpointServiceEntity(entity: Entity): boolean {
  return isResourceOfType(entity, ENDPOINT_SERVICE_ENTITY_TYPE);
}

/** The endpoint details an entity carries, or undefined when it is not an endpoint. @public */
export function getEndpointDetails(
  entity: Entity,
): VpcEndpointDetails | undefined {
  if (!isVpcEndpointEntity(entity)) return undefined;
  return entity.spec?.endpoint as VpcEndpointDetails | undefined;
}

/** The service details an entity carries, or undefined when it is not an endpoint service. @public */
export function getEndpointServiceDetails(
  entity: Entity,
): VpcEndpointServiceDetails | undefined {
  if (!isVpcEndpointServiceEntity(entity)) return undefined;
  return entity.spec?.endpointService as VpcEndpointServiceDetails | undefined;
}
