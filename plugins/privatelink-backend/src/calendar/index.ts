/** Calendar days (UTC, YYYY-MM-DD) as the usage rollups, cost windows and audits count them. */
export * from './days';
export * from './months';
