// @ts-check

/**
 * The tenant inventory's rows as each evaluation computes them (usage, cost, idle, health and
 * findings of one endpoint or provided service), kept with the catalog entity's etag: an
 * inventory request reads them instead of computing them again, and recomputes only the rows of
 * entities that changed or appeared since.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_inventory_rows', table => {
    table
      .string('entity_ref', 255)
      .primary()
      .comment('The endpoint or provided service');
    table
      .string('kind', 16)
      .notNullable()
      .comment('endpoint or service: which row shape `row` holds');
    table
      .string('etag', 255)
      .nullable()
      .comment("The catalog entity's etag the row was computed from");
    table.text('row').notNullable().comment('The inventory row, JSON');
    table
      .string('computed_at', 32)
      .notNullable()
      .comment('When the evaluation computed it, ISO 8601');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_inventory_rows');
};
