import type { Kysely } from 'kysely';

// Frozen once merged. The hazard loop around the hub table `hazards`: its timeline (events), each
// rectification (整改) and its re-inspection (复查), the six-part plan of a major hazard (重大隐患治理
// 方案), rectification notices (整改通知书) and the hazards they name, safety agreements (安全生产责任书),
// yearly counters for codes and notice numbers, and the head of each department (overdue escalation).

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('departments').addColumn('head_user_id', 'varchar(36)').execute();

  await db.schema
    .createTable('hazard_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('hazard_id', 'varchar(36)', (c) => c.notNull().references('hazards.id'))
    .addColumn('action', 'varchar(24)', (c) => c.notNull())
    .addColumn('from_status', 'varchar(16)')
    .addColumn('to_status', 'varchar(16)')
    .addColumn('note', 'varchar(2000)')
    .addColumn('actor_user_id', 'varchar(36)')
    .addColumn('actor_name', 'varchar(100)')
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('hazard_events_hazard_idx')
    .on('hazard_events')
    .columns(['hazard_id', 'at'])
    .execute();

  await db.schema
    .createTable('hazard_rectifications')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('hazard_id', 'varchar(36)', (c) => c.notNull().references('hazards.id'))
    .addColumn('done_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('measures', 'varchar(4000)', (c) => c.notNull())
    .addColumn('photo_file_ids', 'text', (c) => c.notNull()) // JSON list
    .addColumn('submitted_by', 'varchar(36)')
    .addColumn('submitted_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('outcome', 'varchar(8)') // close | return, null while awaiting re-inspection
    .addColumn('reason', 'varchar(1000)')
    .addColumn('evaluation', 'varchar(2000)')
    .addColumn('on_site_review_on', 'varchar(10)')
    .addColumn('reinspected_on', 'varchar(10)')
    .addColumn('reinspected_by', 'varchar(36)')
    .execute();
  await db.schema
    .createIndex('hazard_rectifications_hazard_idx')
    .on('hazard_rectifications')
    .columns(['hazard_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('hazard_plans')
    .addColumn('hazard_id', 'varchar(36)', (c) => c.primaryKey().references('hazards.id'))
    .addColumn('objective', 'varchar(2000)', (c) => c.notNull()) // 目标任务
    .addColumn('methods', 'varchar(4000)', (c) => c.notNull()) // 方法措施
    .addColumn('funding', 'varchar(2000)', (c) => c.notNull()) // 经费物资
    .addColumn('organisation', 'varchar(2000)', (c) => c.notNull()) // 机构人员
    .addColumn('timeline', 'varchar(2000)', (c) => c.notNull()) // 时限要求
    .addColumn('safety_measures', 'varchar(4000)', (c) => c.notNull()) // 安全措施与应急预案
    .addColumn('file_ids', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'varchar(36)')
    .addColumn('submitted_at', 'varchar(30)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('rectification_notices')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('number', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.notNull().references('enterprises.id'))
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('issuing_body', 'varchar(100)', (c) => c.notNull())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('file_id', 'varchar(36)', (c) => c.notNull().references('files.id'))
    .addColumn('created_by', 'varchar(36)')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rectification_notices_enterprise_idx')
    .on('rectification_notices')
    .columns(['enterprise_id', 'year'])
    .execute();
  await db.schema
    .createTable('notice_hazards')
    .addColumn('notice_id', 'varchar(36)', (c) => c.notNull().references('rectification_notices.id'))
    .addColumn('hazard_id', 'varchar(36)', (c) => c.notNull().references('hazards.id'))
    .addPrimaryKeyConstraint('notice_hazards_pk', ['notice_id', 'hazard_id'])
    .execute();
  await db.schema
    .createIndex('notice_hazards_hazard_idx')
    .on('notice_hazards')
    .columns(['hazard_id'])
    .execute();

  await db.schema
    .createTable('safety_agreements')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('party_kind', 'varchar(20)', (c) => c.notNull()) // enterprise | constructionUnit
    .addColumn('enterprise_id', 'varchar(36)', (c) => c.references('enterprises.id'))
    .addColumn('unit_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('project', 'varchar(200)')
    .addColumn('signed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('signatories', 'varchar(200)', (c) => c.notNull())
    .addColumn('file_ids', 'text', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)')
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('department_id', 'varchar(36)', (c) => c.references('departments.id'))
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('safety_agreements_year_idx')
    .on('safety_agreements')
    .columns(['year'])
    .execute();

  // Yearly sequences: hazard codes (YH2026-0001) and notice numbers (安环整改〔2026〕第001号).
  await db.schema
    .createTable('hazard_sequences')
    .addColumn('name', 'varchar(16)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('hazard_sequences_pk', ['name', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('hazard_sequences').execute();
  await db.schema.dropTable('safety_agreements').execute();
  await db.schema.dropTable('notice_hazards').execute();
  await db.schema.dropTable('rectification_notices').execute();
  await db.schema.dropTable('hazard_plans').execute();
  await db.schema.dropTable('hazard_rectifications').execute();
  await db.schema.dropTable('hazard_events').execute();
  await db.schema.alterTable('departments').dropColumn('head_user_id').execute();
}
