export { AuditCampaignCard } from './AuditCampaignCard';
