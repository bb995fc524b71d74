import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database.js';
import type { ZoneFigureTable } from './reporting.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Department-reported indicators with their figure of the month, entered or not. */
export function zoneFiguresOf(db: Db, period: string) {
  return db
    .selectFrom('indicators')
    .leftJoin('zone_figures', (join) =>
      join.onRef('zone_figures.indicator_id', '=', 'indicators.id').on('zone_figures.period', '=', period),
    )
    .leftJoin('users', 'users.id', 'zone_figures.entered_by')
    .select([
      'indicators.id',
      'indicators.code',
      'indicators.name',
      'indicators.unit',
      'indicators.scale',
      'indicators.kind',
      'indicators.lead_department_id',
      'zone_figures.cumulative',
      'zone_figures.previous_year',
      'zone_figures.entered_at',
      'zone_figures.version',
      'users.display_name',
    ])
    .where('indicators.reporter', '=', 'department')
    .where('indicators.status', '=', 'active')
    .orderBy('indicators.sort_order')
    .orderBy('indicators.code')
    .execute();
}

export function findZoneFigure(db: Db, indicatorId: string, period: string) {
  return db
    .selectFrom('zone_figures')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function insertZoneFigure(db: Db, row: ZoneFigureTable): Promise<void> {
  await db.insertInto('zone_figures').values(row).execute();
}

/** Updates a figure if its version is still `version`; returns whether it did. */
export async function updateZoneFigure(db: Db, row: ZoneFigureTable, version: number): Promise<boolean> {
  const result = await db
    .updateTable('zone_figures')
    .set({
      cumulative: row.cumulative,
      previous_year: row.previous_year,
      entered_by: row.entered_by,
      entered_at: row.entered_at,
      version: version + 1,
    })
    .where('indicator_id', '=', row.indicator_id)
    .where('period', '=', row.period)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
