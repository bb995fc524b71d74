import type { Kysely } from 'kysely';

// Frozen: to-dos (待办) addressed to a user or to a department.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('todos')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(64)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(36)')
    .addColumn('department_id', 'varchar(36)')
    .addColumn('enterprise_id', 'varchar(36)')
    .addColumn('sub_park_id', 'varchar(36)')
    .addColumn('object_type', 'varchar(64)')
    .addColumn('object_id', 'varchar(64)')
    .addColumn('due_on', 'varchar(10)')
    .addColumn('dedupe_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(30)')
    .execute();
  await db.schema
    .createIndex('todos_department_idx')
    .on('todos')
    .columns(['department_id', 'status'])
    .execute();
  await db.schema.createIndex('todos_user_idx').on('todos').columns(['user_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('todos').execute();
}
