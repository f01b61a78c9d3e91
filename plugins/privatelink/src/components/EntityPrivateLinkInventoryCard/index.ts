export { InventoryCard } from './InventoryCard';
