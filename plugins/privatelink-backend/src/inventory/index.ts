/** Tenant inventories: each owner's endpoints and provided services, and the inventory route. */
export {
  InventoryService,
  inventoryServiceRef,
  openFindingCounts,
} from './InventoryService';
export { createInventoryRoutes } from './routes';
