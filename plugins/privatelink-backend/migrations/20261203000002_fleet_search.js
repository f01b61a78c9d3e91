// @ts-check

/**
 * The fleet table's search reads one column: the searched fields of a row, lower-cased, separated by
 * spaces (a search word has none, so it never spans two), written with the snapshot. One LIKE over it instead of one per field keeps a search of
 * the whole fleet a single pass.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('privatelink_fleet_rows', table => {
    table
      .text('search_text')
      .nullable()
      .comment(
        'Lower-cased searched fields, separated by spaces: what the fleet table searches',
      );
  });
  // The snapshot rows already there, until the next evaluation writes them anew.
  const fields = [
    'title',
    'resource_id',
    'vpc_id',
    'owner_ref',
    'vendor_ref',
    'service_label',
    'account_id',
    'region',
    'type',
    'state',
    'health',
  ];
  await knex('privatelink_fleet_rows').update({
    search_text: knex.raw(
      `lower(${fields.map(f => `coalesce(${f}, '')`).join(" || ' ' || ")})`,
    ),
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('privatelink_fleet_rows', table => {
    table.dropColumn('search_text');
  });
};
