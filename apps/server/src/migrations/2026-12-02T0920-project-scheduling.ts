import type { Kysely } from 'kysely';

// Frozen: project scheduling (项目调度) — milestones (节点: 前期手续 and construction), monthly
// progress reports (形象进度), funding sources of government works (专项债, 中央预算内资金 …),
// coordination issues (协调事项) with supervision (督办), and scheduling meetings (调度会).
// Money is integer 分; quantities are × 100 (centi); dates are YYYY-MM-DD in Asia/Shanghai.

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_milestones')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull()) // permit | construction
    .addColumn('code', 'varchar(32)', (c) => c.notNull()) // projectFiling … production | custom
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('planned_on', 'varchar(10)')
    .addColumn('actual_on', 'varchar(10)')
    .addColumn('owner_user_id', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('note', 'varchar(1000)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_milestones_project_idx')
    .on('project_milestones')
    .columns(['project_id'])
    .execute();
  await db.schema
    .createIndex('project_milestones_overdue_idx')
    .on('project_milestones')
    .columns(['actual_on', 'planned_on'])
    .execute();

  await db.schema
    .createTable('project_progress_reports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('progress_note', 'varchar(4000)', (c) => c.notNull()) // 形象进度
    .addColumn('photo_file_ids', 'text', (c) => c.notNull()) // JSON list of attachment ids
    .addColumn('investment_this_month_fen', 'bigint', (c) => c.notNull())
    .addColumn('investment_cumulative_fen', 'bigint', (c) => c.notNull())
    .addColumn('quantity_done_centi', 'bigint') // cumulative, in the project's works unit × 100
    .addColumn('reported_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('project_progress_reports_project_period_uq', ['project_id', 'period'])
    .execute();

  await db.schema
    .createTable('project_funding_sources')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('source', 'varchar(24)', (c) => c.notNull()) // specialBond | centralBudget | …
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('arrived_fen', 'bigint', (c) => c.notNull())
    .addColumn('note', 'varchar(500)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('project_funding_sources_project_idx')
    .on('project_funding_sources')
    .columns(['project_id'])
    .execute();

  await db.schema
    .createTable('scheduling_meetings')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('chair', 'varchar(50)', (c) => c.notNull())
    .addColumn('attendees', 'varchar(2000)', (c) => c.notNull())
    .addColumn('minutes', 'text', (c) => c.notNull())
    .addColumn('file_ids', 'text', (c) => c.notNull()) // JSON list of attachment ids
    .addColumn('created_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scheduling_meetings_held_idx')
    .on('scheduling_meetings')
    .columns(['held_on'])
    .execute();

  await db.schema
    .createTable('coordination_issues')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('project_id', 'varchar(36)', (c) => c.notNull().references('projects.id'))
    .addColumn('stage', 'varchar(16)', (c) => c.notNull()) // the project's stage when raised
    .addColumn('description', 'varchar(2000)', (c) => c.notNull())
    .addColumn('responsible_department_id', 'varchar(36)', (c) => c.notNull().references('departments.id'))
    .addColumn('owner_user_id', 'varchar(36)', (c) => c.references('users.id'))
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull()) // open | inProgress | solved
    .addColumn('solution', 'varchar(2000)', (c) => c.notNull())
    .addColumn('solved_on', 'varchar(10)')
    .addColumn('supervised', 'integer', (c) => c.notNull()) // 督办 0/1
    .addColumn('supervised_at', 'varchar(30)')
    .addColumn('meeting_id', 'varchar(36)', (c) => c.references('scheduling_meetings.id'))
    .addColumn('decision', 'varchar(2000)', (c) => c.notNull())
    .addColumn('raised_by', 'varchar(36)')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('coordination_issues_project_idx')
    .on('coordination_issues')
    .columns(['project_id'])
    .execute();
  await db.schema
    .createIndex('coordination_issues_status_idx')
    .on('coordination_issues')
    .columns(['status', 'deadline'])
    .execute();
  await db.schema
    .createIndex('coordination_issues_meeting_idx')
    .on('coordination_issues')
    .columns(['meeting_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('coordination_issues').execute();
  await db.schema.dropTable('scheduling_meetings').execute();
  await db.schema.dropTable('project_funding_sources').execute();
  await db.schema.dropTable('project_progress_reports').execute();
  await db.schema.dropTable('project_milestones').execute();
}
