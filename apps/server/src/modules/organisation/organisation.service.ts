import type {
  Department,
  DepartmentCreateBody,
  DepartmentUpdateBody,
  SubPark,
  SubParkCreateBody,
  SubParkUpdateBody,
  Zone,
  ZoneUpdateBody,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { centimuToMu, muToCentimu } from '../../platform/units.js';
import * as repo from './organisation.repository.js';
import type { DepartmentTable, SubParkTable, ZoneTable } from './organisation.tables.js';

const zoneView = (z: ZoneTable): Zone => ({
  id: z.id,
  name: z.name,
  divisionCode: z.division_code,
  version: z.version,
  updatedAt: z.updated_at,
});
const subParkView = (s: SubParkTable): SubPark => ({
  id: s.id,
  code: s.code,
  name: s.name,
  boundary: s.boundary,
  areaMu: centimuToMu(s.area_centimu),
  status: s.status,
  version: s.version,
  updatedAt: s.updated_at,
});
const departmentView = (d: DepartmentTable): Department => ({
  id: d.id,
  code: d.code,
  name: d.name,
  duties: d.duties,
  headUserId: d.head_user_id ?? null,
  status: d.status,
  version: d.version,
  updatedAt: d.updated_at,
});

/** The zone. */
export async function getZone(ctx: AppContext): Promise<Zone> {
  const zone = await repo.findZone(ctx.db);
  if (!zone) throw notFound('开发区');
  return zoneView(zone);
}

/** The zone's name, for pages that show it before sign-in. */
export async function zoneName(ctx: AppContext): Promise<string> {
  return (await repo.findZone(ctx.db))?.name ?? 'Kaifaqu';
}

/** Renames the zone or changes its division code. */
export function updateZone(ctx: AppContext, caller: Caller, body: ZoneUpdateBody): Promise<Zone> {
  return auditedChange(ctx, caller, 'zone.update', 'zone', async (trx) => {
    const before = await repo.findZone(trx);
    if (!before) throw notFound('开发区');
    const at = ctx.clock.now().toISOString();
    const values = { name: body.name, division_code: body.divisionCode, updated_at: at };
    const version = await updateVersioned(trx, 'zone', before.id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: before.id, before, after, value: zoneView(after) };
  });
}

/** All sub-parks. */
export async function listSubParks(ctx: AppContext): Promise<SubPark[]> {
  return (await repo.listSubParks(ctx.db)).map(subParkView);
}

/** Creates a sub-park; codes are unique. */
export function createSubPark(ctx: AppContext, caller: Caller, body: SubParkCreateBody): Promise<SubPark> {
  return auditedChange(ctx, caller, 'subPark.create', 'subPark', async (trx) => {
    if (await repo.subParkCodeExists(trx, body.code)) throw conflict(`园区编码 ${body.code} 已存在`);
    const at = ctx.clock.now().toISOString();
    const row: SubParkTable = {
      id: newId(),
      code: body.code,
      name: body.name,
      boundary: body.boundary,
      area_centimu: muToCentimu(body.areaMu),
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertSubPark(trx, row);
    return { objectId: row.id, before: null, after: row, value: subParkView(row) };
  });
}

/** Updates or archives a sub-park. */
export function updateSubPark(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: SubParkUpdateBody,
): Promise<SubPark> {
  return auditedChange(ctx, caller, 'subPark.update', 'subPark', async (trx) => {
    const before = await repo.findSubPark(trx, id);
    if (!before) throw notFound('园区');
    const values = {
      name: body.name,
      boundary: body.boundary,
      area_centimu: muToCentimu(body.areaMu),
      status: body.status,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'sub_parks', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: subParkView(after) };
  });
}

/** All departments. */
export async function listDepartments(ctx: AppContext): Promise<Department[]> {
  return (await repo.listDepartments(ctx.db)).map(departmentView);
}

/** A department head must be an active staff account. */
async function checkHead(trx: Transaction<Database>, userId: string | null | undefined): Promise<void> {
  if (userId && !(await repo.activeStaffUserExists(trx, userId)))
    throw badRequest('部门负责人须为在用的工作人员账号');
}

/** Creates a department; codes are unique. */
export function createDepartment(
  ctx: AppContext,
  caller: Caller,
  body: DepartmentCreateBody,
): Promise<Department> {
  return auditedChange(ctx, caller, 'department.create', 'department', async (trx) => {
    if (await repo.departmentCodeExists(trx, body.code)) throw conflict(`部门编码 ${body.code} 已存在`);
    await checkHead(trx, body.headUserId);
    const at = ctx.clock.now().toISOString();
    const row: DepartmentTable = {
      id: newId(),
      code: body.code,
      name: body.name,
      duties: body.duties,
      head_user_id: body.headUserId ?? null,
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertDepartment(trx, row);
    return { objectId: row.id, before: null, after: row, value: departmentView(row) };
  });
}

/** Updates or archives a department. */
export function updateDepartment(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: DepartmentUpdateBody,
): Promise<Department> {
  return auditedChange(ctx, caller, 'department.update', 'department', async (trx) => {
    const before = await repo.findDepartment(trx, id);
    if (!before) throw notFound('部门');
    if (body.headUserId !== before.head_user_id) await checkHead(trx, body.headUserId);
    const values = {
      name: body.name,
      duties: body.duties,
      ...(body.headUserId !== undefined ? { head_user_id: body.headUserId } : {}),
      status: body.status,
      updated_at: ctx.clock.now().toISOString(),
    };
    const version = await updateVersioned(trx, 'departments', id, body.version, values);
    const after = { ...before, ...values, version };
    return { objectId: id, before, after, value: departmentView(after) };
  });
}
