/** Posture: the checks, their findings over time, and the findings routes. */
export {
  activeChecks,
  PostureService,
  postureServiceRef,
  SUPPRESS_ANNOTATION_PREFIX,
} from './PostureService';
export { ALL_CHECKS } from './checks';
export { securityGroupFindings } from './securityGroupFindings';
export type { SecurityGroupFinding } from './securityGroupFindings';
export { createPostureRoutes } from './routes';
