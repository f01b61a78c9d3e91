/** Quarterly audits: campaigns, owners' decisions, notices, and the audit routes. */
export { AuditService, auditServiceRef } from './AuditService';
export { AuditNotifier, auditNotifierServiceRef } from './AuditNotifier';
export { createAuditRoutes } from './routes';
