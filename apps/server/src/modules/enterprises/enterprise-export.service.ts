import type { Currency, EnterpriseExportQuery } from '@kaifaqu/contracts';
import { actorOf, type AuthContext } from '../../platform/auth/auth-context.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import { centimuToMu, maskPhone } from '../../platform/units.js';
import { organisationRepository } from '../organisation/index.js';
import { COLUMNS, CURRENCY_NAMES, type ColumnKey } from './enterprise-excel.js';
import { neutralise } from '../../platform/excel/cells.js';
import type { Workbook } from '../../platform/http/workbook-reply.js';
import { fenToWan } from './excel-cells.js';
import { exportWorkbook, templateWorkbook } from './enterprise-workbook.js';
import * as repo from './enterprises.repository.js';
import { listFilter, today } from './enterprise-profile.js';
import type { EnterpriseTable } from './enterprises.tables.js';
import { listLeadingIndustries } from './leading-industries.repository.js';
import { STATUS_NAMES } from './lifecycle.js';
import { OWNERSHIP_NAMES } from './ownership.js';

/** Most enterprises one export may carry; more must be narrowed by filters rather than silently cut. */
export const MAX_EXPORT_ROWS = 20_000;

/** The import template, listing the sub-parks the caller may import into and the leading industries. */
export async function importTemplate(ctx: AppContext, auth: AuthContext): Promise<Workbook> {
  const scope = auth.scope;
  const subParks = (await organisationRepository.listSubParks(ctx.db)).filter(
    (p) => p.status === 'active' && (scope.kind !== 'subParks' || scope.subParkIds.includes(p.id)),
  );
  const industries = await listLeadingIndustries(ctx.db);
  return {
    fileName: '企业导入模板.xlsx',
    content: await templateWorkbook(
      subParks.map((p) => p.name),
      industries.map((i) => i.name),
    ),
  };
}

/** The filtered list in the caller's scope as xlsx, in the template's columns, audited as an export. */
export async function exportEnterprises(
  ctx: AppContext,
  auth: AuthContext,
  ip: string,
  query: EnterpriseExportQuery,
): Promise<Workbook> {
  const day = today(ctx);
  const rows = await repo.allEnterprises(
    ctx.db,
    ctx.dialect,
    auth.scope,
    listFilter(query, day),
    MAX_EXPORT_ROWS + 1,
  );
  if (rows.length > MAX_EXPORT_ROWS)
    throw badRequest(`导出结果超过 ${MAX_EXPORT_ROWS} 家企业,请增加筛选条件后分批导出`);
  const names = {
    subParks: new Map((await organisationRepository.listSubParks(ctx.db)).map((p) => [p.id, p.name])),
    leadingIndustries: new Map((await listLeadingIndustries(ctx.db)).map((i) => [i.code, i.name])),
  };
  const content = await exportWorkbook(sorted(rows, query).map((row) => exportCells(row, names)));
  await ctx.audit({
    actor: actorOf(auth),
    ip,
    action: 'enterprise.export',
    objectType: 'enterprise',
    result: 'success',
    detail: JSON.stringify({ rows: rows.length, filter: query }),
  });
  return { fileName: `企业名录-${day}.xlsx`, content };
}

const SORT_FIELDS = {
  name: 'name',
  creditCode: 'credit_code',
  settledOn: 'settled_on',
  employees: 'employees',
  landAreaMu: 'land_area_centimu',
  updatedAt: 'updated_at',
} as const satisfies Record<NonNullable<EnterpriseExportQuery['sort']>, keyof EnterpriseTable>;

/** The list's sort applied in memory (the export query reads by name); blanks go last. */
function sorted(rows: EnterpriseTable[], query: EnterpriseExportQuery): EnterpriseTable[] {
  const field = SORT_FIELDS[query.sort ?? 'name'];
  const direction = query.order === 'desc' ? -1 : 1;
  if (field === 'name' && direction === 1) return rows;
  const numeric = field === 'employees' || field === 'land_area_centimu';
  return [...rows].sort((a, b) => {
    const [x, y] = [a[field], b[field]];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    return order * direction;
  });
}

/** Names an export shows in place of ids and codes. */
interface ExportNames {
  subParks: Map<string, string>;
  leadingIndustries: Map<string, string>;
}

/** One enterprise as an export row in COLUMNS order: names, 万元, masked phone, formulas neutralised. */
function exportCells(row: EnterpriseTable, names: ExportNames): (string | number | null)[] {
  const values: Record<ColumnKey, string | number | null> = {
    creditCode: row.credit_code,
    name: row.name,
    legalRepresentative: row.legal_representative,
    registeredCapitalFen: asNumber(fenToWan(Number(row.registered_capital_fen))),
    registeredCapitalCurrency:
      CURRENCY_NAMES[row.registered_capital_currency as Currency] ?? row.registered_capital_currency,
    establishedOn: row.established_on,
    settledOn: row.settled_on,
    subParkId: row.sub_park_id ? (names.subParks.get(row.sub_park_id) ?? null) : null,
    address: row.address,
    industryCode: row.industry_code,
    leadingIndustryCode: row.leading_industry_code
      ? (names.leadingIndustries.get(row.leading_industry_code) ?? null)
      : null,
    ownership: OWNERSHIP_NAMES[row.ownership],
    landAreaMu: row.land_area_centimu === null ? null : asNumber(centimuToMu(Number(row.land_area_centimu))!),
    employees: row.employees,
    contactName: row.contact_name,
    contactPhone: maskPhone(row.contact_phone),
    status: STATUS_NAMES[row.status],
    statusSince: row.status_since,
  };
  return COLUMNS.map((c) => neutralise(values[c.key]));
}

/** A decimal text as a number when the number shows it exactly (so people can sum it), else the text. */
function asNumber(text: string): string | number {
  const shortest = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return String(Number(text)) === shortest ? Number(text) : text;
}
