import type { Kysely } from 'kysely';

// Frozen once merged. (Placeholder: filled by the inspection work.)

// Kysely<any>: a frozen migration must not follow the application's evolving Database type.
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
