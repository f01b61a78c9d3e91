// @ts-check

/**
 * Quarterly audit campaigns: one per owner and quarter (the unique key is what makes opening
 * exactly-once across backend replicas), their frozen items, and the owners' append-only
 * decisions.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('privatelink_audit_campaigns', table => {
    table.comment('One audit campaign per owner and calendar quarter');
    table.string('id', 36).primary();
    table.string('owner_ref', 255).notNullable();
    table.string('quarter', 7).notNullable().comment('e.g. 2026-Q4');
    table.string('opened_at', 32).notNullable();
    table.string('due_at', 32).notNullable();
    table
      .string('opened_by', 255)
      .notNullable()
      .comment('"scheduler" or the user who opened it');
    table
      .string('previous_id', 36)
      .nullable()
      .comment('the previous campaign of the owner');
    table
      .text('departures')
      .notNullable()
      .comment('JSON: items of the previous campaign no longer here');
    table.unique(['owner_ref', 'quarter'], {
      indexName: 'privatelink_audit_campaigns_owner_quarter_uq',
    });
  });
  await knex.schema.createTable('privatelink_audit_items', table => {
    table.comment(
      'Endpoints and provided services as they stood when their campaign opened',
    );
    table.string('campaign_id', 36).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('kind', 16).notNullable().comment('endpoint or service');
    table.text('facts').notNullable().comment('JSON: the frozen facts');
    table
      .text('drift')
      .notNullable()
      .comment('JSON: what changed since the previous campaign');
    table.primary(['campaign_id', 'entity_ref']);
    table.index(['entity_ref'], 'privatelink_audit_items_entity_idx');
  });
  await knex.schema.createTable('privatelink_audit_decisions', table => {
    table.comment(
      'Decisions of owners on audit items: append-only, the latest counts',
    );
    table.increments('id');
    table.string('campaign_id', 36).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('decision', 8).notNullable().comment('keep, fix or retire');
    table.text('fix').nullable();
    table.text('comment').notNullable();
    table
      .string('actor', 255)
      .notNullable()
      .comment('the user, from their credentials');
    table.string('decided_at', 32).notNullable();
    table.string('idempotency_key', 128).notNullable();
    table.unique(['campaign_id', 'idempotency_key'], {
      indexName: 'privatelink_audit_decisions_key_uq',
    });
    table.index(
      ['campaign_id', 'entity_ref'],
      'privatelink_audit_decisions_item_idx',
    );
  });
  await knex.schema.createTable('privatelink_audit_notices', table => {
    table.comment(
      'Notifications sent about a campaign, so that none is sent twice',
    );
    table.string('campaign_id', 36).notNullable();
    table
      .string('notice', 16)
      .notNullable()
      .comment('opened, reminder or overdue');
    table.string('sent_at', 32).notNullable();
    table.primary(['campaign_id', 'notice']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('privatelink_audit_notices');
  await knex.schema.dropTable('privatelink_audit_decisions');
  await knex.schema.dropTable('privatelink_audit_items');
  await knex.schema.dropTable('privatelink_audit_campaigns');
};
