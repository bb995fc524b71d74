import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type { MonitoringAlarmTable } from '../environment.tables.js';
import { STATION_SCOPE } from './stations.repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An alarm with its station's code, name, enterprise and sub-park. */
export type AlarmRow = MonitoringAlarmTable & {
  station_code: string;
  station_name: string;
  enterprise_id: string | null;
  sub_park_id: string | null;
  location: string;
};

const numeric = <T extends MonitoringAlarmTable>(row: T): T => ({
  ...row,
  limit_value: Number(row.limit_value),
  first_value: Number(row.first_value),
  last_value: Number(row.last_value),
});

function alarmsInScope(db: Db, scope: DataScope) {
  return db
    .selectFrom('monitoring_alarms')
    .innerJoin('monitoring_stations', 'monitoring_stations.id', 'monitoring_alarms.station_id')
    .selectAll('monitoring_alarms')
    .select([
      'monitoring_stations.code as station_code',
      'monitoring_stations.name as station_name',
      'monitoring_stations.enterprise_id',
      'monitoring_stations.sub_park_id',
      'monitoring_stations.location',
    ])
    .where(scopeFilter(scope, STATION_SCOPE));
}

/** The alarms in scope, newest first, at most 200. */
export async function listAlarms(
  db: Db,
  scope: DataScope,
  filter: { status?: string; stationId?: string },
): Promise<AlarmRow[]> {
  let query = alarmsInScope(db, scope);
  if (filter.status) query = query.where('monitoring_alarms.status', '=', filter.status as 'open');
  if (filter.stationId) query = query.where('monitoring_alarms.station_id', '=', filter.stationId);
  const rows = await query
    .orderBy('monitoring_alarms.last_at', 'desc')
    .orderBy('monitoring_alarms.id', 'desc')
    .limit(200)
    .execute();
  return rows.map(numeric);
}

/** One alarm in scope. */
export async function findAlarm(db: Db, scope: DataScope, id: string): Promise<AlarmRow | undefined> {
  const row = await alarmsInScope(db, scope).where('monitoring_alarms.id', '=', id).executeTakeFirst();
  return row && numeric(row);
}

/** The open alarm of a station's pollutant, if any. */
export async function findOpenAlarm(
  db: Db,
  stationId: string,
  pollutant: string,
): Promise<MonitoringAlarmTable | undefined> {
  const row = await db
    .selectFrom('monitoring_alarms')
    .selectAll()
    .where('station_id', '=', stationId)
    .where('pollutant', '=', pollutant)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row && numeric(row);
}

/** Inserts an alarm. */
export async function insertAlarm(db: Db, row: MonitoringAlarmTable): Promise<void> {
  await db.insertInto('monitoring_alarms').values(row).execute();
}

/** Extends an open alarm by a further exceedance. */
export async function extendAlarm(
  db: Db,
  id: string,
  values: Pick<MonitoringAlarmTable, 'last_value' | 'last_at' | 'count' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('monitoring_alarms').set(values).where('id', '=', id).execute();
}

/** Open alarm counts of these stations. */
export async function openAlarmCounts(db: Db, stationIds: readonly string[]): Promise<Map<string, number>> {
  if (stationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('monitoring_alarms')
    .select('station_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('station_id', 'in', stationIds)
    .where('status', '=', 'open')
    .groupBy('station_id')
    .execute();
  return new Map(rows.map((r) => [r.station_id, Number(r.n)]));
}
