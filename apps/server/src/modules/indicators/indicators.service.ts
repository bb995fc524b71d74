import type { Indicator, IndicatorCreateBody, IndicatorUpdateBody } from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import * as repo from './indicators.repository.js';
import type { IndicatorTable } from './indicators.tables.js';

/** A catalogue row as the API shows it. */
export function indicatorView(row: IndicatorTable): Indicator {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    scale: row.scale,
    kind: row.kind,
    reporter: row.reporter,
    enterpriseCategory: row.enterprise_category as Indicator['enterpriseCategory'],
    frequency: row.frequency,
    leadDepartmentId: row.lead_department_id,
    cooperatingDepartmentIds: JSON.parse(row.cooperating_department_ids) as string[],
    alarmGrowthBp: row.alarm_growth_bp,
    excellenceGrowthBp: row.excellence_growth_bp,
    status: row.status,
    sortOrder: row.sort_order,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

type Editable = Omit<IndicatorUpdateBody, 'status' | 'version'>;

/** Checks the rules a schema cannot express and returns the stored columns. */
async function columns(trx: Transaction<Database>, body: Editable) {
  if (body.reporter === 'enterprise' && body.enterpriseCategory === null)
    throw badRequest('企业填报的指标须指定填报企业类别');
  if (body.reporter === 'department' && body.enterpriseCategory !== null)
    throw badRequest('部门填报的指标不能指定企业类别');
  if (
    body.alarmGrowthBp !== null &&
    body.excellenceGrowthBp !== null &&
    body.alarmGrowthBp >= body.excellenceGrowthBp
  ) {
    throw badRequest('预警阈值须低于优质阈值');
  }
  const departments = [
    ...(body.leadDepartmentId ? [body.leadDepartmentId] : []),
    ...body.cooperatingDepartmentIds,
  ];
  if ((await repo.existingDepartmentIds(trx, departments)).length !== new Set(departments).size)
    throw badRequest('所选部门不存在');
  if (body.leadDepartmentId && body.cooperatingDepartmentIds.includes(body.leadDepartmentId))
    throw badRequest('牵头部门不能同时是配合部门');
  return {
    name: body.name,
    unit: body.unit,
    kind: body.kind,
    reporter: body.reporter,
    enterprise_category: body.enterpriseCategory,
    frequency: body.frequency,
    lead_department_id: body.leadDepartmentId,
    cooperating_department_ids: JSON.stringify(body.cooperatingDepartmentIds),
    alarm_growth_bp: body.alarmGrowthBp,
    excellence_growth_bp: body.excellenceGrowthBp,
    sort_order: body.sortOrder,
  };
}

/** The catalogue. */
export async function listIndicators(ctx: AppContext): Promise<Indicator[]> {
  return (await repo.listIndicators(ctx.db)).map(indicatorView);
}

/** Adds an indicator to the catalogue. */
export function createIndicator(
  ctx: AppContext,
  caller: Caller,
  body: IndicatorCreateBody,
): Promise<Indicator> {
  return auditedChange(ctx, caller, 'indicator.create', 'indicator', async (trx) => {
    if (await repo.indicatorCodeExists(trx, body.code)) throw conflict(`指标编码 ${body.code} 已存在`);
    const at = ctx.clock.now().toISOString();
    const row: IndicatorTable = {
      id: newId(),
      code: body.code,
      scale: body.scale,
      ...(await columns(trx, body)),
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertIndicator(trx, row);
    return { objectId: row.id, before: null, after: row, value: indicatorView(row) };
  });
}

/** Changes an indicator's metadata or archives it; code and scale never change. */
export function updateIndicator(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: IndicatorUpdateBody,
): Promise<Indicator> {
  return auditedChange(ctx, caller, 'indicator.update', 'indicator', async (trx) => {
    const before = await repo.findIndicator(trx, id);
    if (!before) throw notFound('指标');
    const values = {
      ...(await columns(trx, body)),
      status: body.status,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'indicators', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: indicatorView(after) };
  });
}
