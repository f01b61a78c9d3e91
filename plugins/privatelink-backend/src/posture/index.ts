/** Posture: the checks, their findings over time, and the findings routes. */
export {
  activeChecks,
  PostureService,
  postureServiceRef,
  SUPPRESS_ANNOTATION_PREFIX,
} from './PostureService';
export { ALL_CHECKS } from './checks';
export { createPostureRoutes } from './routes';
