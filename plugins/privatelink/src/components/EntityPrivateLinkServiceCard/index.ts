export { ServiceDetailsCard } from './ServiceDetailsCard';
