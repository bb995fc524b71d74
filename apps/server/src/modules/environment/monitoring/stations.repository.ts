import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import type {
  MonitoringReadingTable,
  MonitoringStationTable,
  MonitoringThresholdTable,
} from '../environment.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Who owns a station: an outlet belongs to its enterprise; air stations to no enterprise. */
export const STATION_SCOPE = {
  enterprise: 'monitoring_stations.enterprise_id',
  subPark: 'monitoring_stations.sub_park_id',
  department: 'monitoring_stations.department_id',
} as const;

/** A station with its enterprise's name. */
export type StationRow = MonitoringStationTable & { enterprise_name: string | null };

function stationsInScope(db: Db, scope: DataScope) {
  return db
    .selectFrom('monitoring_stations')
    .leftJoin('enterprises', 'enterprises.id', 'monitoring_stations.enterprise_id')
    .selectAll('monitoring_stations')
    .select('enterprises.name as enterprise_name')
    .where(scopeFilter(scope, STATION_SCOPE));
}

/** The stations in scope, by code. */
export function listStations(db: Db, scope: DataScope): Promise<StationRow[]> {
  return stationsInScope(db, scope).orderBy('monitoring_stations.code').limit(1000).execute();
}

/** One station in scope. */
export function findStation(db: Db, scope: DataScope, id: string): Promise<StationRow | undefined> {
  return stationsInScope(db, scope).where('monitoring_stations.id', '=', id).executeTakeFirst();
}

/**
 * A station by its code, with no data scope: the ingestion endpoint authenticates a device, not
 * a person, and learns nothing but the station's own row.
 */
export function findStationByCode(db: Db, code: string): Promise<MonitoringStationTable | undefined> {
  return db.selectFrom('monitoring_stations').selectAll().where('code', '=', code).executeTakeFirst();
}

/** True when a station already has this code. */
export async function stationCodeTaken(db: Db, code: string): Promise<boolean> {
  return !!(await db
    .selectFrom('monitoring_stations')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst());
}

/** Inserts a station. */
export async function insertStation(db: Db, row: MonitoringStationTable): Promise<void> {
  await db.insertInto('monitoring_stations').values(row).execute();
}

/** The limits of these stations. */
export function thresholdsOf(db: Db, stationIds: readonly string[]): Promise<MonitoringThresholdTable[]> {
  if (stationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('monitoring_thresholds')
    .selectAll()
    .where('station_id', 'in', stationIds)
    .orderBy('station_id')
    .orderBy('pollutant')
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        ...r,
        upper_limit: r.upper_limit === null ? null : Number(r.upper_limit),
        lower_limit: r.lower_limit === null ? null : Number(r.lower_limit),
      })),
    );
}

/** Replaces a station's limits. */
export async function replaceThresholds(
  db: Db,
  stationId: string,
  rows: MonitoringThresholdTable[],
): Promise<void> {
  await db.deleteFrom('monitoring_thresholds').where('station_id', '=', stationId).execute();
  if (rows.length > 0) await db.insertInto('monitoring_thresholds').values(rows).execute();
}

/** The latest reading of each pollutant of these stations. */
export async function latestReadings(
  db: Db,
  stationIds: readonly string[],
): Promise<MonitoringReadingTable[]> {
  if (stationIds.length === 0) return [];
  const rows = await db
    .selectFrom('monitoring_readings as r')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('monitoring_readings')
          .select(['station_id', 'pollutant'])
          .select((e) => e.fn.max('measured_at').as('last_at'))
          .where('station_id', 'in', stationIds)
          .groupBy(['station_id', 'pollutant'])
          .as('l'),
      (join) =>
        join
          .onRef('l.station_id', '=', 'r.station_id')
          .onRef('l.pollutant', '=', 'r.pollutant')
          .onRef('l.last_at', '=', 'r.measured_at'),
    )
    .selectAll('r')
    .orderBy('r.station_id')
    .orderBy('r.pollutant')
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** A station's readings in a time range, oldest first, at most `limit`. */
export async function readingSeries(
  db: Db,
  stationId: string,
  range: { from: string; to: string; pollutant?: string; limit: number },
): Promise<MonitoringReadingTable[]> {
  let query = db
    .selectFrom('monitoring_readings')
    .selectAll()
    .where('station_id', '=', stationId)
    .where('measured_at', '>=', range.from)
    .where('measured_at', '<=', range.to);
  if (range.pollutant) query = query.where('pollutant', '=', range.pollutant);
  const rows = await query.orderBy('measured_at').orderBy('pollutant').limit(range.limit).execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** Inserts readings, skipping those already stored; returns the ones stored now. */
export async function insertReadings(
  db: Db,
  rows: MonitoringReadingTable[],
): Promise<{ pollutant: string; measured_at: string }[]> {
  const stored: { pollutant: string; measured_at: string }[] = [];
  for (let i = 0; i < rows.length; i += 250) {
    const inserted = await db
      .insertInto('monitoring_readings')
      .values(rows.slice(i, i + 250))
      .onConflict((oc) => oc.columns(['station_id', 'pollutant', 'measured_at']).doNothing())
      .returning(['pollutant', 'measured_at'])
      .execute();
    stored.push(...inserted);
  }
  return stored;
}
