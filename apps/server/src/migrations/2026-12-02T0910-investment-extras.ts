import type { Kysely } from 'kysely';

// Frozen: why and when a lead (线索) was given up; the hub table has only its status.

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('investment_leads').addColumn('drop_reason', 'varchar(500)').execute();
  await db.schema.alterTable('investment_leads').addColumn('dropped_on', 'varchar(10)').execute();
  await db.schema
    .createIndex('investment_leads_received_idx')
    .on('investment_leads')
    .columns(['received_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('investment_leads_received_idx').execute();
  await db.schema.alterTable('investment_leads').dropColumn('dropped_on').execute();
  await db.schema.alterTable('investment_leads').dropColumn('drop_reason').execute();
}
