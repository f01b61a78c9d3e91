export { EndpointDetailsCard } from './EndpointDetailsCard';
