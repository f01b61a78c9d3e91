// @ts-check

/**
 * The VPCs of the fleet snapshot: whose they are and where, so that the fleet page counts VPC
 * findings (a VPC without its free gateway endpoints) under the same filters as the endpoints'.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_fleet_vpcs', table => {
    table.comment(
      'Every VPC of the fleet snapshot, for the fleet page to count VPC findings',
    );
    table.string('entity_ref', 255).primary();
    table.string('owner_ref', 255).nullable();
    table.string('account_id', 12).notNullable();
    table.string('region', 32).notNullable();
    table.index(['owner_ref'], 'privatelink_fleet_vpcs_owner_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_fleet_vpcs');
};
