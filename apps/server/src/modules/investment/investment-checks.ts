import { InvestmentErrorCode } from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';

import type { Database } from '../../platform/db/database.js';
import { badRequest } from '../../platform/errors.js';
import { organisationRepository } from '../organisation/index.js';
import { investorNames } from './investors.repository.js';

/** Offset and limit of a 1-based page (20 a page unless asked). */
export function pageOf(query: { page?: number; pageSize?: number }): { offset: number; limit: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

/** Refuses a department that does not exist or is no longer in service; an unchanged one is kept. */
export async function checkDepartment(
  trx: Transaction<Database>,
  id: string | null,
  current?: string | null,
): Promise<void> {
  if (id === null || id === current) return;
  const department = await organisationRepository.findDepartment(trx, id);
  if (!department || department.status !== 'active')
    throw badRequest('所选部门不存在或已撤销', InvestmentErrorCode.departmentUnknown);
}

/** Refuses ids that are not investors; returns their names. */
export async function checkInvestors(
  trx: Transaction<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const names = await investorNames(trx, ids);
  if (ids.some((id) => !names.has(id)))
    throw badRequest('所选客商不存在', InvestmentErrorCode.investorUnknown);
  return names;
}

/** Refuses a date that is not on the calendar (2026-02-30). */
export function checkDate(date: string | null): void {
  if (date === null) return;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw badRequest(`日期 ${date} 不存在`, InvestmentErrorCode.dateInvalid);
}

/** Refuses impossible dates and an end before the start (YYYY-MM-DD: text order is date order). */
export function checkDates(from: string | null, to: string | null, what: string): void {
  checkDate(from);
  checkDate(to);
  if (from !== null && to !== null && to < from)
    throw badRequest(`${what}的结束日期不能早于开始日期`, InvestmentErrorCode.datesReversed);
}

/** Refuses a required text that is only blanks (the schema's minLength counts spaces). */
export function requireText(value: string, label: string): void {
  if (!value.trim()) throw badRequest(`${label}不能为空`);
}
