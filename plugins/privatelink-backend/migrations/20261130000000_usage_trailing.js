// @ts-check

/**
 * Per entity, its latest collected day and the totals of the trailing 30 days that end on it:
 * what the monthly cost and the health of an inventory rest on. Kept by every upsert of daily
 * rollups, so that an inventory of a thousand endpoints reads a thousand rows instead of
 * aggregating 30 days of each. The trailing totals of rows already stored are left empty: they
 * are computed from the rollups when asked (as before) until the next collection writes the
 * entity's day.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('privatelink_usage_facts', table => {
    table
      .string('latest_day', 10)
      .nullable()
      .comment('The latest day with a rollup row');
    table
      .string('trailing_first_day', 10)
      .nullable()
      .comment(
        'The first day with a row in the 30 days that end on latest_day',
      );
    table
      .integer('trailing_days')
      .nullable()
      .comment('Days with a row in the 30 days that end on latest_day');
    table
      .double('trailing_bytes')
      .nullable()
      .comment('Bytes processed in the 30 days that end on latest_day');
  });
  await knex('privatelink_usage_facts').update({
    latest_day: knex('privatelink_daily_usage as u')
      .max('u.day')
      .where('u.entity_ref', knex.ref('privatelink_usage_facts.entity_ref')),
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('privatelink_usage_facts', table => {
    table.dropColumn('latest_day');
    table.dropColumn('trailing_first_day');
    table.dropColumn('trailing_days');
    table.dropColumn('trailing_bytes');
  });
};
