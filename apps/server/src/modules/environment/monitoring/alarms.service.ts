import {
  EnvironmentErrorCode,
  POLLUTANTS,
  type AlarmAcknowledgeBody,
  type AlarmHazardBody,
  type MonitoringAlarm,
  type MonitoringAlarmListQuery,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { updateVersioned } from '../../../platform/db/versioned-update.js';
import { conflict, notFound, unauthenticated } from '../../../platform/errors.js';
import { registerHazard } from '../../safety/hazards/hazards.service.js';
import { fromMilli } from '../environment-values.js';
import { shanghaiToday } from '../../../platform/dates.js';
import * as repo from './alarms.repository.js';

/** Legal basis written on a hazard raised from an outlet's alarm. */
const WATER_LEGAL_BASIS =
  '《中华人民共和国水污染防治法》第十条:排放水污染物,不得超过国家或者地方规定的水污染物排放标准和重点水污染物排放总量控制指标。';

/** An alarm as the API shows it. */
export function alarmView(row: repo.AlarmRow): MonitoringAlarm {
  return {
    id: row.id,
    stationId: row.station_id,
    stationCode: row.station_code,
    stationName: row.station_name,
    enterpriseId: row.enterprise_id,
    pollutant: row.pollutant,
    limitKind: row.limit_kind,
    limit: fromMilli(row.limit_value),
    firstValue: fromMilli(row.first_value),
    lastValue: fromMilli(row.last_value),
    raisedAt: row.raised_at,
    lastAt: row.last_at,
    count: row.count,
    status: row.status,
    handledBy: row.handled_by,
    handledAt: row.handled_at,
    note: row.note,
    hazardId: row.hazard_id,
    version: row.version,
  };
}

function scopeOf(caller: Caller): DataScope {
  if (!caller.auth) throw unauthenticated();
  return caller.auth.scope;
}

/** The alarms in the caller's scope, newest first. */
export async function listAlarms(
  ctx: AppContext,
  scope: DataScope,
  query: MonitoringAlarmListQuery,
): Promise<MonitoringAlarm[]> {
  return (await repo.listAlarms(ctx.db, scope, query)).map(alarmView);
}

const notOpen = () => conflict('该报警已处理', EnvironmentErrorCode.alarmNotOpen);

/** Acknowledges (确认) an open alarm with a note; a later exceedance raises a new alarm. */
export function acknowledgeAlarm(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: AlarmAcknowledgeBody,
): Promise<MonitoringAlarm> {
  const scope = scopeOf(caller);
  return auditedChange(ctx, caller, 'monitoringAlarm.acknowledge', 'monitoringAlarm', async (trx) => {
    const before = await repo.findAlarm(trx, scope, id);
    if (!before) throw notFound('报警');
    if (before.status !== 'open') throw notOpen();
    const at = ctx.clock.now().toISOString();
    const values = {
      status: 'acknowledged' as const,
      handled_by: caller.auth?.userId ?? null,
      handled_at: at,
      note: body.note,
      updated_at: at,
    };
    const version = await updateVersioned(trx, 'monitoring_alarms', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: alarmView(after) };
  });
}

/** Turns an open alarm of an enterprise's outlet into a hazard (隐患) of that enterprise. */
export function raiseHazardFromAlarm(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: AlarmHazardBody,
): Promise<MonitoringAlarm> {
  const scope = scopeOf(caller);
  return auditedChange(ctx, caller, 'monitoringAlarm.raiseHazard', 'monitoringAlarm', async (trx) => {
    const before = await repo.findAlarm(trx, scope, id);
    if (!before) throw notFound('报警');
    if (before.status !== 'open') throw notOpen();
    if (!before.enterprise_id)
      throw conflict('该报警不属于企业排放口,不能转为隐患', EnvironmentErrorCode.alarmWithoutEnterprise);
    const name = POLLUTANTS[before.pollutant as keyof typeof POLLUTANTS]?.nameZh ?? before.pollutant;
    const limitWord = before.limit_kind === 'upper' ? '超过上限' : '低于下限';
    const description =
      body.description ??
      `${before.station_name}(${before.station_code})${name}监测值${limitWord} ${fromMilli(before.limit_value)},` +
        `首次 ${fromMilli(before.first_value)}(${before.raised_at}),最近 ${fromMilli(before.last_value)},共 ${before.count} 次。`;
    const hazard = await registerHazard(trx, ctx, caller, {
      enterpriseId: before.enterprise_id,
      source: 'alarm',
      alarmId: before.id,
      location: before.location || before.station_name,
      category: 'environment',
      grade: body.grade,
      description,
      legalBasis: WATER_LEGAL_BASIS,
      photoFileIds: [],
      foundOn: shanghaiToday(ctx),
      deadline: body.deadline,
      responsiblePerson: body.responsiblePerson,
    });
    const at = ctx.clock.now().toISOString();
    const values = {
      status: 'hazardRaised' as const,
      handled_by: caller.auth?.userId ?? null,
      handled_at: at,
      note: description.slice(0, 500),
      hazard_id: hazard.id,
      updated_at: at,
    };
    const version = await updateVersioned(trx, 'monitoring_alarms', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: alarmView(after) };
  });
}
