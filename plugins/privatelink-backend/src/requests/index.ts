/** The request form's choices: accounts, owners, networks, services and the estimate. */
export {
  RequestOptionsService,
  requestOptionsServiceRef,
} from './RequestOptionsService';
export { createRequestRoutes } from './routes';
