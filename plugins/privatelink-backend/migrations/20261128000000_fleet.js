// @ts-check

/**
 * The fleet snapshot: one row per endpoint and provided service with the figures the cards
 * compute (cost, idle, health, finding counts), rewritten after each posture evaluation, so that
 * the fleet page aggregates in SQL instead of computing ten thousand reports per request.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_fleet_rows', table => {
    table.comment(
      'Every endpoint and provided service with its figures, for the fleet page',
    );
    table.string('entity_ref', 255).primary();
    table.string('kind', 16).notNullable();
    table.text('title').notNullable();
    table.string('resource_id', 255).notNullable();
    table.string('owner_ref', 255).nullable();
    table.string('vendor_ref', 255).nullable();
    table.string('account_id', 12).notNullable();
    table.string('region', 32).notNullable();
    table.string('vpc_id', 64).nullable();
    table.string('type', 32).notNullable();
    table.string('state', 32).notNullable();
    table.string('service_label', 255).notNullable();
    table.double('monthly_cost_usd').notNullable();
    table.double('nat_saving_usd').nullable();
    table.boolean('idle').notNullable();
    table.double('wasted_usd').notNullable();
    table.double('bytes_30d').nullable();
    table.string('health', 16).notNullable();
    table.text('health_reasons').notNullable().comment('JSON list');
    table.integer('findings_high').notNullable();
    table.integer('findings_medium').notNullable();
    table.integer('findings_low').notNullable();
    table.string('refreshed_at', 32).notNullable();
    table.index(['owner_ref'], 'privatelink_fleet_rows_owner_idx');
    table.index(['vendor_ref'], 'privatelink_fleet_rows_vendor_idx');
    table.index(['account_id', 'region'], 'privatelink_fleet_rows_cell_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_fleet_rows');
};
