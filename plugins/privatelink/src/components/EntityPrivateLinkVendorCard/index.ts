export { VendorCard } from './VendorCard';
