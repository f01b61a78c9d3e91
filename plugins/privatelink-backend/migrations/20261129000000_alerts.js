// @ts-check

/**
 * Alert incidents: one row per incident of an entity (its health, or an idle endpoint). While an
 * incident is open its `open_key` is set, and unique, so racing evaluations (two replicas) open
 * it once; resolving clears the key. The notice columns are claimed before sending, so a restart
 * neither repeats nor loses a notice.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_alert_incidents', table => {
    table.comment(
      'Health and idle incidents of endpoints and services, and their notices',
    );
    table.increments('id');
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 16).notNullable();
    table.string('open_key', 300).nullable().unique();
    table.string('status', 16).notNullable();
    table.text('reasons').notNullable().comment('JSON list');
    table.text('recipients').notNullable().comment('JSON list of entity refs');
    table.text('payload').notNullable().comment('JSON: what the notices say');
    table.string('opened_at', 32).notNullable();
    table.string('resolved_at', 32).nullable();
    table.string('resolution', 16).nullable();
    table.string('alerted_at', 32).nullable();
    table.string('recovery_alerted_at', 32).nullable();
    table.index(['entity_ref'], 'privatelink_alert_incidents_entity_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_alert_incidents');
};
