export { PrivateLinkPage } from './PrivateLinkPage';
