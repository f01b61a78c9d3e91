/**
 * Annotation and label keys that the PrivateLink portal writes on catalog entities.
 *
 * The `aws.amazon.com/*` annotations follow the names other AWS plugins for Backstage use, so an
 * entity ingested here can be joined with them.
 *
 * @public
 */
export const ANNOTATION_AWS_ACCOUNT_ID = 'aws.amazon.com/account-id';
/** @public */
export const ANNOTATION_AWS_REGION = 'aws.amazon.com/region';
/** @public */
export const ANNOTATION_AWS_VPC_ID = 'aws.amazon.com/vpc-id';
/** @public */
export const ANNOTATION_VPC_ENDPOINT_ID = 'aws.amazon.com/vpc-endpoint-id';
/** @public */
export const ANNOTATION_VPC_ENDPOINT_SERVICE_NAME =
  'aws.amazon.com/vpc-endpoint-service-name';
/** @public */
export const ANNOTATION_VPC_ENDPOINT_SERVICE_ID =
  'aws.amazon.com/vpc-endpoint-service-id';

/**
 * How an entity's owner was decided: `tag:<key>`, `rule:<index>`, or `default` when no tag or rule
 * named one and the configured default owner was used. The portal's policy grants no write through
 * a `default` owner: an owner nobody named is nobody's to act for. @public
 */
export const ANNOTATION_OWNER_SOURCE = 'privatelink.aws/owner-source';

/** Label holding the endpoint type: interface, gateway or gatewayloadbalancer. @public */
export const LABEL_ENDPOINT_TYPE = 'privatelink.aws/endpoint-type';
/** Label holding the AWS region. @public */
export const LABEL_REGION = 'privatelink.aws/region';
/** Label holding the endpoint or service state, lower-cased. @public */
export const LABEL_STATE = 'privatelink.aws/state';
/** Label holding where an endpoint service comes from: aws, vendor, internal or external. @public */
export const LABEL_SERVICE_ORIGIN = 'privatelink.aws/service-origin';
/** Label naming the vendor group behind a service or endpoint. @public */
export const LABEL_VENDOR = 'privatelink.aws/vendor';

/** `spec.type` of a VPC endpoint Resource entity. @public */
export const ENDPOINT_ENTITY_TYPE = 'aws-vpc-endpoint';
/** `spec.type` of a VPC endpoint service Resource entity. @public */
export const ENDPOINT_SERVICE_ENTITY_TYPE = 'aws-vpc-endpoint-service';
/** `spec.type` of a VPC Resource entity. @public */
export const VPC_ENTITY_TYPE = 'aws-vpc';
/** `spec.type` of a vendor Group entity. @public */
export const VENDOR_GROUP_TYPE = 'vendor';
