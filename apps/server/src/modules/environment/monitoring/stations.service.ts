import {
  EnvironmentErrorCode,
  type MonitoringStation,
  type MonitoringStationCreateBody,
  type MonitoringStationUpdateBody,
  type MonitoringStationWithKey,
  type MonitoringThreshold,
  type ReadingSeries,
  type ReadingSeriesQuery,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound, unauthenticated } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { enterprisesRepository } from '../../enterprises/index.js';
import { organisationRepository } from '../../organisation/index.js';
import { fromMilli, toMilli } from '../environment-values.js';
import type { MonitoringStationTable, MonitoringThresholdTable } from '../environment.tables.js';
import { openAlarmCounts } from './alarms.repository.js';
import { newStationKey, stationKeyHash } from './station-key.js';
import * as repo from './stations.repository.js';

/** The limit a value breaks, if any ('upper' above the upper limit, 'lower' below the lower). */
export function breach(
  value: number,
  threshold: Pick<MonitoringThresholdTable, 'upper_limit' | 'lower_limit'> | undefined,
): { kind: 'upper' | 'lower'; limit: number } | null {
  if (!threshold) return null;
  if (threshold.upper_limit !== null && value > threshold.upper_limit)
    return { kind: 'upper', limit: threshold.upper_limit };
  if (threshold.lower_limit !== null && value < threshold.lower_limit)
    return { kind: 'lower', limit: threshold.lower_limit };
  return null;
}

function thresholdView(row: MonitoringThresholdTable): MonitoringThreshold {
  return {
    pollutant: row.pollutant as MonitoringThreshold['pollutant'],
    unit: row.unit,
    upperLimit: row.upper_limit === null ? null : fromMilli(row.upper_limit),
    lowerLimit: row.lower_limit === null ? null : fromMilli(row.lower_limit),
  };
}

/** Stations as the API shows them, with limits, latest readings and open alarm counts. */
async function stationViews(ctx: AppContext, rows: repo.StationRow[]): Promise<MonitoringStation[]> {
  const ids = rows.map((r) => r.id);
  const [thresholds, latest, alarms] = await Promise.all([
    repo.thresholdsOf(ctx.db, ids),
    repo.latestReadings(ctx.db, ids),
    openAlarmCounts(ctx.db, ids),
  ]);
  return rows.map((row) => {
    const own = thresholds.filter((t) => t.station_id === row.id);
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      enterpriseId: row.enterprise_id,
      enterpriseName: row.enterprise_name,
      subParkId: row.sub_park_id,
      location: row.location,
      active: row.active === 1,
      keyRotatedAt: row.key_rotated_at,
      thresholds: own.map(thresholdView),
      latest: latest
        .filter((r) => r.station_id === row.id)
        .map((r) => ({
          pollutant: r.pollutant,
          measuredAt: r.measured_at,
          value: fromMilli(r.value),
          exceeded:
            breach(
              r.value,
              own.find((t) => t.pollutant === r.pollutant),
            ) !== null,
        })),
      openAlarmCount: alarms.get(row.id) ?? 0,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

function scopeOf(caller: Caller): DataScope {
  if (!caller.auth) throw unauthenticated();
  return caller.auth.scope;
}

/** Checks a list of limits and turns it into rows: one per pollutant, lower below upper. */
function thresholdRows(stationId: string, list: MonitoringThreshold[]): MonitoringThresholdTable[] {
  const seen = new Set<string>();
  return list.map((t) => {
    if (seen.has(t.pollutant))
      throw badRequest(`污染物 ${t.pollutant} 重复设置限值`, EnvironmentErrorCode.thresholdInvalid);
    seen.add(t.pollutant);
    if (t.upperLimit !== null && t.lowerLimit !== null && t.lowerLimit >= t.upperLimit)
      throw badRequest(`污染物 ${t.pollutant} 的下限须低于上限`, EnvironmentErrorCode.thresholdInvalid);
    return {
      station_id: stationId,
      pollutant: t.pollutant,
      unit: t.unit,
      upper_limit: t.upperLimit === null ? null : toMilli(t.upperLimit),
      lower_limit: t.lowerLimit === null ? null : toMilli(t.lowerLimit),
    };
  });
}

/** The stations in the caller's scope (enterprise accounts: their own outlets only). */
export async function listStations(ctx: AppContext, scope: DataScope): Promise<MonitoringStation[]> {
  return stationViews(ctx, await repo.listStations(ctx.db, scope));
}

/** One station in the caller's scope; 404 otherwise. */
export async function getStation(ctx: AppContext, scope: DataScope, id: string): Promise<MonitoringStation> {
  const row = await repo.findStation(ctx.db, scope, id);
  if (!row) throw notFound('监测站');
  return (await stationViews(ctx, [row]))[0]!;
}

/** Registers a station and returns it with its ingestion key, shown this once. */
export async function createStation(
  ctx: AppContext,
  caller: Caller,
  body: MonitoringStationCreateBody,
): Promise<MonitoringStationWithKey> {
  const scope = scopeOf(caller);
  const apiKey = newStationKey(body.code);
  const id = await auditedChange(
    ctx,
    caller,
    'monitoringStation.create',
    'monitoringStation',
    async (trx) => {
      if (await repo.stationCodeTaken(trx, body.code))
        throw conflict(`监测站编号 ${body.code} 已存在`, EnvironmentErrorCode.stationCodeTaken);
      let subParkId = body.subParkId;
      if (body.kind === 'wastewaterOutlet') {
        if (!body.enterpriseId)
          throw badRequest('污水排放口须关联企业', EnvironmentErrorCode.stationEnterprise);
        const enterprise = await enterprisesRepository.findEnterprise(trx, scope, body.enterpriseId);
        if (!enterprise) throw notFound('企业');
        subParkId = enterprise.sub_park_id;
      } else if (body.enterpriseId) {
        throw badRequest('空气质量监测站不关联企业', EnvironmentErrorCode.stationEnterprise);
      }
      if (subParkId && !(await organisationRepository.findSubPark(trx, subParkId))) throw notFound('园区');
      const at = ctx.clock.now().toISOString();
      const row: MonitoringStationTable = {
        id: newId(),
        code: body.code,
        name: body.name,
        kind: body.kind,
        enterprise_id: body.kind === 'wastewaterOutlet' ? body.enterpriseId : null,
        sub_park_id: subParkId,
        department_id: caller.auth?.departmentId ?? null,
        location: body.location,
        key_hash: stationKeyHash(apiKey),
        key_rotated_at: at,
        active: 1,
        created_by: caller.auth?.userId ?? null,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await repo.insertStation(trx, row);
      // A write may not create a record out of the caller's own reach (e.g. an air station outside
      // the sub-parks a sub-park-scoped account covers).
      if (!(await repo.findStation(trx, scope, row.id)))
        throw badRequest('该监测站不在您的数据范围内', EnvironmentErrorCode.stationEnterprise);
      const thresholds = thresholdRows(row.id, body.thresholds);
      await repo.replaceThresholds(trx, row.id, thresholds);
      return {
        objectId: row.id,
        before: null,
        after: { ...row, key_hash: '***', thresholds },
        value: row.id,
      };
    },
  );
  return { station: await getStation(ctx, scope, id), apiKey };
}

/** Renames, moves or (de)activates a station and replaces its limits. */
export async function updateStation(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: MonitoringStationUpdateBody,
): Promise<MonitoringStation> {
  const scope = scopeOf(caller);
  await auditedChange(ctx, caller, 'monitoringStation.update', 'monitoringStation', async (trx) => {
    const before = await repo.findStation(trx, scope, id);
    if (!before) throw notFound('监测站');
    const thresholdsBefore = await repo.thresholdsOf(trx, [id]);
    const values = {
      name: body.name,
      location: body.location,
      active: body.active ? 1 : 0,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'monitoring_stations', id, body.version, values);
    const thresholds = thresholdRows(id, body.thresholds);
    await repo.replaceThresholds(trx, id, thresholds);
    return {
      objectId: id,
      before: { ...before, key_hash: '***', thresholds: thresholdsBefore },
      after: { ...before, ...values, version, key_hash: '***', thresholds },
      value: undefined,
    };
  });
  return getStation(ctx, scope, id);
}

/** Replaces a station's ingestion key; the old key stops working at once. */
export async function rotateStationKey(
  ctx: AppContext,
  caller: Caller,
  id: string,
  version: number,
): Promise<MonitoringStationWithKey> {
  const scope = scopeOf(caller);
  let apiKey = '';
  await auditedChange(ctx, caller, 'monitoringStation.rotateKey', 'monitoringStation', async (trx) => {
    const before = await repo.findStation(trx, scope, id);
    if (!before) throw notFound('监测站');
    apiKey = newStationKey(before.code);
    const at = ctx.clock.now().toISOString();
    const values = { key_hash: stationKeyHash(apiKey), key_rotated_at: at, updated_at: at };
    const next = await updateVersioned(trx, 'monitoring_stations', id, version, values);
    return {
      objectId: id,
      before: { key_rotated_at: before.key_rotated_at },
      after: { key_rotated_at: at, version: next },
      value: undefined,
    };
  });
  return { station: await getStation(ctx, scope, id), apiKey };
}

const SERIES_LIMIT = 5000;

/** A station's readings in a range (the last 7 days by default), oldest first. */
export async function readingSeries(
  ctx: AppContext,
  scope: DataScope,
  id: string,
  query: ReadingSeriesQuery,
): Promise<ReadingSeries> {
  const station = await repo.findStation(ctx.db, scope, id);
  if (!station) throw notFound('监测站');
  const to = query.to ? new Date(query.to).toISOString() : ctx.clock.now().toISOString();
  const from = query.from
    ? new Date(query.from).toISOString()
    : new Date(Date.parse(to) - 7 * 86_400_000).toISOString();
  if (from > to) throw badRequest('起始时间不能晚于截止时间');
  const rows = await repo.readingSeries(ctx.db, id, {
    from,
    to,
    pollutant: query.pollutant,
    limit: SERIES_LIMIT + 1,
  });
  return {
    stationId: id,
    from,
    to,
    readings: rows
      .slice(0, SERIES_LIMIT)
      .map((r) => ({ pollutant: r.pollutant, measuredAt: r.measured_at, value: fromMilli(r.value) })),
    truncated: rows.length > SERIES_LIMIT,
  };
}
