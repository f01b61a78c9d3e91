// @ts-check

/**
 * The operators' status, kept in the database so every replica serves the same answer: one row
 * per account refresh (kind `inventory`), per account and region of the usage collection (kind
 * `usage`), and per entity that does not match the entity contract (kind `invalid-entity`).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_status', table => {
    table.comment('What each inventory refresh and usage collection last did');
    table.string('kind', 32).notNullable();
    table
      .string('key', 255)
      .notNullable()
      .comment('provider, account/region, or entity ref');
    table.text('body').notNullable().comment('JSON');
    table.string('updated_at', 32).notNullable();
    table.primary(['kind', 'key']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_status');
};
