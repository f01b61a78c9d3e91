// @ts-check

/**
 * Daily CloudWatch rollups per endpoint or provided service. Every collected day has a row, with
 * zeros when CloudWatch had no datapoint, so the rows themselves say which days are collected and
 * a catch-up never asks CloudWatch twice for the same day.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_daily_usage', table => {
    table.comment(
      'One UTC day of CloudWatch metrics of one endpoint or provided service',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('UTC day, YYYY-MM-DD');
    table.double('bytes_processed').notNullable().defaultTo(0);
    table.double('new_connections').notNullable().defaultTo(0);
    table.double('active_connections_max').notNullable().defaultTo(0);
    table.double('packets_dropped').notNullable().defaultTo(0);
    table.double('reset_packets').notNullable().defaultTo(0);
    table.double('healthy_hosts_min').nullable();
    table.double('unhealthy_hosts_max').nullable();
    table
      .text('zones')
      .nullable()
      .comment('JSON: per subnet id, bytes_processed and packets_dropped');
    table.primary(['entity_ref', 'day']);
    table.index(['day'], 'privatelink_daily_usage_day_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_daily_usage');
};
