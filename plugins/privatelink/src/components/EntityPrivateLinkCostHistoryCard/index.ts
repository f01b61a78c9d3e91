export { CostHistoryCard } from './CostHistoryCard';
