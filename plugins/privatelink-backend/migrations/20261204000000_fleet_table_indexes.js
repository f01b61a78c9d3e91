// @ts-check

/**
 * The fleet table pages a snapshot of every endpoint and provided service (100,000 rows in a
 * large company): each sortable column gets an index in the order the table sorts by, ties by
 * entity ref, so that a page is read from the index (the page's rows and no others) instead of
 * sorting every row for each request. The expressions are `FleetStore`'s sort expressions, as
 * written there: the database matches them by their text.
 *
 * The search (any part of a row's search text) gets a trigram index where PostgreSQL has the
 * pg_trgm extension or may create it (PostgreSQL 13 and later let a database owner create it);
 * elsewhere, and on SQLite, a search reads every row, as before.
 */
const SORT_INDEXES = {
  title: ['lower(title)'],
  resource_id: ['resource_id'],
  tenant: ['owner_ref'],
  vendor: ['vendor_ref'],
  account: ['account_id', 'region'],
  vpc: ['vpc_id'],
  type: ['type'],
  state: ['state'],
  service: ['lower(service_label)'],
  cost: ['monthly_cost_usd'],
  idle: ['idle_monthly_usd'],
  health: [
    "(case health when 'unhealthy' then 3 when 'degraded' then 2 when 'unknown' then 1 else 0 end)",
  ],
  findings: ['findings_high', 'findings_medium', 'findings_low'],
  default_order: ['account_id', 'resource_id'],
};

/** @param {import('knex').Knex} knex */
async function mayUseTrigrams(knex) {
  const [{ available, installed, allowed }] = (
    await knex.raw(`select
      exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
      exists (select 1 from pg_extension where extname = 'pg_trgm') as installed,
      (select rolsuper from pg_roles where rolname = current_user)
        or (has_database_privilege(current_database(), 'CREATE')
          and coalesce((select trusted from pg_available_extension_versions
            where name = 'pg_trgm' and version = (select default_version from pg_available_extensions where name = 'pg_trgm')), false)) as allowed`)
  ).rows;
  if (installed) return true;
  if (!available || !allowed) return false;
  await knex.raw('create extension if not exists pg_trgm');
  return true;
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  for (const [name, columns] of Object.entries(SORT_INDEXES)) {
    await knex.raw(
      `create index privatelink_fleet_rows_sort_${name}_idx on privatelink_fleet_rows (${[
        ...columns,
        'entity_ref',
      ].join(', ')})`,
    );
  }
  if (knex.client.dialect === 'postgresql' && (await mayUseTrigrams(knex))) {
    await knex.raw(
      'create index privatelink_fleet_rows_search_idx on privatelink_fleet_rows using gin (search_text gin_trgm_ops)',
    );
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of Object.keys(SORT_INDEXES)) {
    await knex.raw(
      `drop index if exists privatelink_fleet_rows_sort_${name}_idx`,
    );
  }
  await knex.raw('drop index if exists privatelink_fleet_rows_search_idx');
};
