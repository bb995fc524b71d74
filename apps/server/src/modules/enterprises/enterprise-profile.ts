import type { EnterpriseListQuery, EnterpriseUpdateBody } from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { badRequest } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { muToCentimu } from '../../platform/units.js';
import { TRACKED_FIELDS } from './enterprise-view.js';
import type * as repo from './enterprises.repository.js';
import type { EnterpriseTable } from './enterprises.tables.js';
import { classCodesUnder, isIndustryClass } from './industries.js';
import { shanghaiToday } from '../../platform/dates.js';

// The rules of an enterprise's profile shared by the form, the import and the export: which
// references must exist, how a body maps to columns, what stays in scope, what counts as a change.

/** The list filters of a request, translated to repository filters. */
export function listFilter(query: EnterpriseListQuery, today: string): repo.EnterpriseFilter {
  return {
    keyword: query.keyword?.trim() || undefined,
    subParkId: query.subParkId,
    industryCodes: query.division
      ? classCodesUnder(query.division)
      : query.section
        ? classCodesUnder(query.section)
        : undefined,
    status: query.status,
    qualification: query.qualification
      ? { kind: query.qualification, onDate: today, year: Number(today.slice(0, 4)) }
      : undefined,
    leadingIndustryCode: query.leadingIndustryCode,
    liaisonUserId: query.liaisonUserId,
  };
}

/** Today's date in Asia/Shanghai, from the app clock. */
export function today(ctx: AppContext): string {
  return shanghaiToday(ctx);
}

/** True when a row lies inside a scope: a write may not create or move a record out of reach. */
export function withinScope(
  scope: DataScope,
  row: Pick<EnterpriseTable, 'id' | 'sub_park_id' | 'department_id'>,
): boolean {
  switch (scope.kind) {
    case 'zone':
      return true;
    case 'subParks':
      return row.sub_park_id !== null && scope.subParkIds.includes(row.sub_park_id);
    case 'department':
      return row.department_id !== null && row.department_id === scope.departmentId;
    case 'enterprise':
      return row.id === scope.enterpriseId;
  }
}

/** Checks the references of a profile and returns the liaison's department. */
export async function checkProfile(
  trx: Transaction<Database>,
  body: Omit<EnterpriseUpdateBody, 'version'>,
): Promise<string | null> {
  if (!isIndustryClass(body.industryCode))
    throw badRequest(`行业代码 ${body.industryCode} 不是 GB/T 4754-2017 的小类代码`);
  if (
    body.subParkId &&
    !(await trx.selectFrom('sub_parks').select('id').where('id', '=', body.subParkId).executeTakeFirst())
  ) {
    throw badRequest('所选园区不存在');
  }
  if (
    body.leadingIndustryCode &&
    !(await trx
      .selectFrom('leading_industries')
      .select('code')
      .where('code', '=', body.leadingIndustryCode)
      .executeTakeFirst())
  ) {
    throw badRequest('所选主导产业不存在');
  }
  if (!body.liaisonUserId) return null;
  const liaison = await trx
    .selectFrom('users')
    .select(['department_id', 'status', 'scope_kind'])
    .where('id', '=', body.liaisonUserId)
    .executeTakeFirst();
  if (!liaison || liaison.status !== 'active' || liaison.scope_kind === 'enterprise')
    throw badRequest('企业秘书须为在职的管委会工作人员');
  return liaison.department_id;
}

/** The stored columns of a profile body. */
export function profileColumns(body: Omit<EnterpriseUpdateBody, 'version'>, departmentId: string | null) {
  return {
    name: body.name.trim(),
    legal_representative: body.legalRepresentative,
    registered_capital_fen: body.registeredCapitalFen,
    registered_capital_currency: body.registeredCapitalCurrency,
    established_on: body.establishedOn,
    settled_on: body.settledOn,
    sub_park_id: body.subParkId,
    department_id: departmentId,
    address: body.address,
    industry_code: body.industryCode,
    leading_industry_code: body.leadingIndustryCode,
    ownership: body.ownership,
    land_area_centimu: muToCentimu(body.landAreaMu),
    employees: body.employees,
    contact_name: body.contactName,
    contact_phone: body.contactPhone,
    liaison_user_id: body.liaisonUserId,
    tags: JSON.stringify(body.tags),
  };
}

/** Field-level change rows between two versions of a record. */
export function fieldChangeRows(
  before: EnterpriseTable,
  after: EnterpriseTable,
  userId: string | null,
  at: string,
) {
  return (Object.keys(TRACKED_FIELDS) as (keyof EnterpriseTable)[])
    .filter((f) => String(before[f] ?? '') !== String(after[f] ?? ''))
    .map((f) => ({
      id: newId(),
      enterprise_id: after.id,
      field: f,
      old_value: before[f] === null ? null : String(before[f]),
      new_value: after[f] === null ? null : String(after[f]),
      changed_by: userId,
      changed_at: at,
    }));
}
