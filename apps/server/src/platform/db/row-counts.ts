import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { SqlDialect } from './sql-dialect.js';

/**
 * Rows per table (migration bookkeeping included), sorted by table name: what a backup and its
 * restored copy are compared by (security.md 24). Tables come from Kysely's introspection, so no
 * dialect-specific catalogue query is needed; PostgreSQL tables outside `public` are schema-qualified.
 */
export async function tableRowCounts(
  db: Kysely<Database>,
  dialect: SqlDialect,
): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true }))
    .filter((t) => !t.isView)
    .map((t) =>
      dialect.kind === 'postgres' && t.schema && t.schema !== 'public' ? `${t.schema}.${t.name}` : t.name,
    )
    .sort();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // The name comes from the database's own catalogue, never from a request, and is quoted by sql.table.
    const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}
