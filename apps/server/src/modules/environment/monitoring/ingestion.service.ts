import {
  EnvironmentErrorCode,
  ErrorCode,
  type ReadingIngestBody,
  type ReadingIngestResult,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import type { Database } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { toMilli } from '../environment-values.js';
import type {
  MonitoringReadingTable,
  MonitoringStationTable,
  MonitoringThresholdTable,
} from '../environment.tables.js';
import { extendAlarm, findOpenAlarm, insertAlarm } from './alarms.repository.js';
import { bearerKey, codeOfKey, keyMatches } from './station-key.js';
import { findStationByCode, insertReadings, thresholdsOf } from './stations.repository.js';
import { breach } from './stations.service.js';

/** How far ahead of the server's clock a measuring time may be (device clocks drift). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const keyRefused = () =>
  new AppError(401, EnvironmentErrorCode.stationKeyInvalid, '监测站密钥无效或监测站已停用');

/**
 * The station an `Authorization: Bearer <code>.<secret>` header proves; 401 for a missing or
 * malformed header, an unknown code, a wrong key or an inactive station — all alike.
 */
export async function authenticateStation(
  ctx: AppContext,
  header: string | undefined,
): Promise<MonitoringStationTable> {
  const key = bearerKey(header);
  const code = key && codeOfKey(key);
  if (!key || !code) throw keyRefused();
  const station = await findStationByCode(ctx.db, code);
  if (!station || !keyMatches(key, station.key_hash) || station.active !== 1) throw keyRefused();
  return station;
}

/** 429 for a station sending more batches per minute than allowed. */
export function rateLimited(): AppError {
  return new AppError(429, ErrorCode.rateLimited, '上报过于频繁,请稍后重试');
}

interface Checked {
  pollutant: string;
  measuredAt: string;
  value: number;
}

/** Checks every reading of a batch; any problem refuses the whole batch with every detail. */
function checkBatch(
  body: ReadingIngestBody,
  thresholds: Map<string, MonitoringThresholdTable>,
  now: Date,
): Checked[] {
  const details: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  const checked = body.readings.map((reading, i) => {
    const at = new Date(reading.measuredAt);
    const measuredAt = Number.isNaN(at.getTime()) ? '' : at.toISOString();
    if (!thresholds.has(reading.pollutant))
      details.push({
        path: `/readings/${i}/pollutant`,
        message: `该监测站未配置污染物 ${reading.pollutant}`,
      });
    if (!measuredAt) details.push({ path: `/readings/${i}/measuredAt`, message: '监测时间无效' });
    else if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
      details.push({ path: `/readings/${i}/measuredAt`, message: '监测时间晚于当前时间' });
    if (!Number.isFinite(reading.value))
      details.push({ path: `/readings/${i}/value`, message: '监测值不是有限数值' });
    const key = `${reading.pollutant}@${measuredAt}`;
    if (measuredAt && seen.has(key))
      details.push({ path: `/readings/${i}`, message: '同一污染物同一时间的数据重复' });
    seen.add(key);
    return { pollutant: reading.pollutant, measuredAt, value: toMilli(reading.value) };
  });
  if (details.length > 0)
    throw new AppError(
      400,
      EnvironmentErrorCode.readingInvalid,
      `有 ${details.length} 处数据不合格,本批数据均未保存`,
      details.slice(0, 50),
    );
  return checked;
}

/** Raises or extends alarms for the newly stored readings, in measuring order; returns alarms raised. */
async function raiseAlarms(
  trx: Transaction<Database>,
  station: MonitoringStationTable,
  readings: Checked[],
  thresholds: Map<string, MonitoringThresholdTable>,
  at: string,
): Promise<number> {
  let raised = 0;
  const ordered = [...readings].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
  for (const reading of ordered) {
    const broken = breach(reading.value, thresholds.get(reading.pollutant));
    if (!broken) continue;
    const open = await findOpenAlarm(trx, station.id, reading.pollutant);
    if (open) {
      const later = reading.measuredAt >= open.last_at;
      await extendAlarm(trx, open.id, {
        last_value: later ? reading.value : open.last_value,
        last_at: later ? reading.measuredAt : open.last_at,
        count: open.count + 1,
        updated_at: at,
      });
      continue;
    }
    await insertAlarm(trx, {
      id: newId(),
      station_id: station.id,
      pollutant: reading.pollutant,
      limit_kind: broken.kind,
      limit_value: broken.limit,
      first_value: reading.value,
      last_value: reading.value,
      raised_at: reading.measuredAt,
      last_at: reading.measuredAt,
      count: 1,
      status: 'open',
      handled_by: null,
      handled_at: null,
      note: null,
      hazard_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    raised += 1;
  }
  return raised;
}

/**
 * Stores a station's batch of readings, all or none: a bad reading refuses the batch (400) and
 * stores nothing. A reading already stored (same pollutant and time) is skipped, so a device may
 * resend a batch safely. Readings beyond a limit raise or extend the pollutant's open alarm.
 */
export async function ingestReadings(
  ctx: AppContext,
  station: MonitoringStationTable,
  body: ReadingIngestBody,
  ip: string,
): Promise<ReadingIngestResult> {
  const thresholds = new Map((await thresholdsOf(ctx.db, [station.id])).map((t) => [t.pollutant, t]));
  const now = ctx.clock.now();
  const checked = checkBatch(body, thresholds, now);
  const at = now.toISOString();
  return auditedChange(ctx, { auth: null, ip }, 'monitoring.ingest', 'monitoringStation', async (trx) => {
    const rows: MonitoringReadingTable[] = checked.map((r) => ({
      station_id: station.id,
      pollutant: r.pollutant,
      measured_at: r.measuredAt,
      value: r.value,
      received_at: at,
    }));
    const inserted = new Set((await insertReadings(trx, rows)).map((r) => `${r.pollutant}@${r.measured_at}`));
    const fresh = checked.filter((r) => inserted.has(`${r.pollutant}@${r.measuredAt}`));
    const alarmsRaised = await raiseAlarms(trx, station, fresh, thresholds, at);
    const result = { stored: fresh.length, duplicates: checked.length - fresh.length, alarmsRaised };
    return {
      objectId: station.id,
      before: null,
      after: null,
      detail: `station ${station.code}: stored ${result.stored}, duplicates ${result.duplicates}, alarms ${alarmsRaised}`,
      value: result,
    };
  });
}
