// @ts-check

/**
 * Posture findings with their history: one row per time a check fired on an entity, dated by
 * when it was first and last seen and when it stopped firing.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_findings', table => {
    table.comment(
      'What posture checks found on endpoints and provided services, with history',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('check_id', 64).notNullable();
    table.string('severity', 8).notNullable();
    table.text('title').notNullable();
    table.text('evidence').notNullable().comment('JSON list of sentences');
    table.text('fix').notNullable();
    table
      .text('suppressed')
      .nullable()
      .comment('the suppression annotation reason');
    table.string('first_seen', 32).notNullable();
    table.string('last_seen', 32).notNullable();
    table.string('resolved_at', 32).nullable();
    table.primary(['entity_ref', 'check_id', 'first_seen']);
    table.index(['resolved_at', 'entity_ref'], 'privatelink_findings_open_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_findings');
};
