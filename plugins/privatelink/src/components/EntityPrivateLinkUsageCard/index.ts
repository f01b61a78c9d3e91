export { UsageCard } from './UsageCard';
