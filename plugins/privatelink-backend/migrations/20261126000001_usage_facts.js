// @ts-check

/**
 * Per entity, the two days the idle verdict rests on: the first collected day and the last day
 * with bytes. Kept up to date by every upsert of daily rollups, so that an inventory of a
 * thousand endpoints reads a thousand rows instead of aggregating 400 days of each.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_usage_facts', table => {
    table.comment(
      'First collected day and last day with traffic, per endpoint or provided service',
    );
    table.string('entity_ref', 255).primary();
    table.string('first_day', 10).notNullable();
    table.string('last_traffic_day', 10).nullable();
  });
  await knex.raw(`
    insert into privatelink_usage_facts (entity_ref, first_day, last_traffic_day)
    select entity_ref, min(day), max(case when bytes_processed > 0 then day end)
    from privatelink_daily_usage group by entity_ref`);
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_usage_facts');
};
