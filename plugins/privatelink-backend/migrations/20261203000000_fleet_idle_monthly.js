// @ts-check

/**
 * The fleet snapshot kept what an idle endpoint had cost since it went idle in `wasted_usd`, and
 * the pages showed it as a monthly figure. It now keeps both, named for what they are: what the
 * endpoint costs a month while idle, and what its idle days have cost so far. Until the next
 * evaluation rewrites the snapshot, an idle row's monthly figure is its monthly cost (which has
 * no per-GB part once it has carried nothing for the 30 days the estimate rests on).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('privatelink_fleet_rows', table => {
    table
      .double('idle_monthly_usd')
      .notNullable()
      .defaultTo(0)
      .comment('Hourly charges x 730 of an idle endpoint; 0 in use');
    table
      .double('wasted_so_far_usd')
      .notNullable()
      .defaultTo(0)
      .comment('Hourly charges of its idle days so far');
  });
  await knex('privatelink_fleet_rows')
    .where('idle', true)
    .update({
      idle_monthly_usd: knex.ref('monthly_cost_usd'),
      wasted_so_far_usd: knex.ref('wasted_usd'),
    });
  await knex.schema.alterTable('privatelink_fleet_rows', table => {
    table.dropColumn('wasted_usd');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('privatelink_fleet_rows', table => {
    table.double('wasted_usd').notNullable().defaultTo(0);
  });
  await knex('privatelink_fleet_rows').update({
    wasted_usd: knex.ref('wasted_so_far_usd'),
  });
  await knex.schema.alterTable('privatelink_fleet_rows', table => {
    table.dropColumn('idle_monthly_usd');
    table.dropColumn('wasted_so_far_usd');
  });
};
