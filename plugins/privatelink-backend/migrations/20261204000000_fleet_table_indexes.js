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

/**
 * Whether pg_trgm is installed, or this user may install it: a superuser may, and so may a user
 * with CREATE on the database where the extension is trusted (a column PostgreSQL 13 added).
 *
 * @param {import('knex').Knex} knex
 */
async function mayUseTrigrams(knex) {
  const [facts] = (
    await knex.raw(`select
      current_setting('server_version_num')::int as version,
      exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
      exists (select 1 from pg_extension where extname = 'pg_trgm') as installed,
      coalesce((select rolsuper from pg_roles where rolname = current_user), false) as superuser,
      has_database_privilege(current_database(), 'CREATE') as may_create`)
  ).rows;
  if (facts.installed) return true;
  if (!facts.available) return false;
  let trusted = false;
  if (facts.version >= 130000 && facts.may_create) {
    const [row] = (
      await knex.raw(`select coalesce(bool_or(v.trusted), false) as trusted
        from pg_available_extension_versions v
        join pg_available_extensions a on a.name = v.name and a.default_version = v.version
        where v.name = 'pg_trgm'`)
    ).rows;
    trusted = row.trusted;
  }
  if (!facts.superuser && !trusted) return false;
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
