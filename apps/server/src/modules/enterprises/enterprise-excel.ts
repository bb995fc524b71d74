import type { CellValue } from 'exceljs';
import { Value } from '@sinclair/typebox/value';
import {
  creditCodeCheckChar,
  EnterpriseCreateBody,
  isValidCreditCode,
  normaliseCreditCode,
  type Currency,
  type ImportProblem,
} from '@kaifaqu/contracts';
import {
  plainOf,
  quoted,
  readChoice,
  readDate,
  readDecimal,
  readInteger,
  readText,
  type Plain,
  type Read,
} from '../../platform/excel/cells.js';
import { wanToFen } from './excel-cells.js';
import { isIndustryClass } from './industries.js';
import { STATUS_NAMES } from './lifecycle.js';
import { OWNERSHIP_NAMES } from './ownership.js';

/** The sheet layout shared by the import template, the import and the export; keys are body fields. */
export const COLUMNS = [
  {
    key: 'creditCode',
    header: '统一社会信用代码*',
    width: 22,
    hint: '18 位,校验位须正确。已登记的代码将更新该企业',
  },
  { key: 'name', header: '企业名称*', width: 30, hint: '营业执照上的全称' },
  { key: 'legalRepresentative', header: '法定代表人', width: 12, hint: '' },
  {
    key: 'registeredCapitalFen',
    header: '注册资本(万元)',
    width: 14,
    hint: '单位万元,最多 6 位小数;空白按 0',
  },
  {
    key: 'registeredCapitalCurrency',
    header: '注册资本币种',
    width: 12,
    hint: '人民币/美元/港币/欧元/日元;空白按人民币',
  },
  { key: 'establishedOn', header: '成立日期', width: 12, hint: '日期,或文本 YYYY-MM-DD' },
  { key: 'settledOn', header: '入驻日期', width: 12, hint: '日期,或文本 YYYY-MM-DD' },
  { key: 'subParkId', header: '所在园区', width: 16, hint: '园区名称,见下方列表' },
  { key: 'address', header: '地址', width: 30, hint: '' },
  { key: 'industryCode', header: '行业代码(小类)*', width: 14, hint: 'GB/T 4754-2017 四位小类代码,如 3670' },
  { key: 'leadingIndustryCode', header: '主导产业', width: 16, hint: '主导产业名称,见下方列表' },
  { key: 'ownership', header: '企业类型*', width: 10, hint: '内资/外资/港澳台' },
  { key: 'landAreaMu', header: '用地面积(亩)', width: 12, hint: '最多 2 位小数' },
  { key: 'employees', header: '从业人数', width: 10, hint: '整数;空白按 0' },
  { key: 'contactName', header: '联系人', width: 12, hint: '' },
  { key: 'contactPhone', header: '联系电话', width: 16, hint: '导出文件中的脱敏号码原样导回时保持不变' },
  {
    key: 'status',
    header: '企业状态*',
    width: 10,
    hint: '签约/在建/投产/停产/迁出/注销。已登记企业须与当前状态一致,变更请用"状态变更"',
  },
  { key: 'statusSince', header: '状态日期*', width: 12, hint: '进入当前状态的日期;已登记企业须与当前一致' },
] as const;

/** A column's key: the EnterpriseCreateBody field it fills. */
export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** Header text of each column. */
export const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

/** Chinese names of the currencies. */
export const CURRENCY_NAMES: Record<Currency, string> = {
  CNY: '人民币',
  USD: '美元',
  HKD: '港币',
  EUR: '欧元',
  JPY: '日元',
};

/** The example row's credit code: valid in form, so the example shows the real shape, and skipped by imports. */
export const EXAMPLE_CREDIT_CODE = `91320500MAEXAMPLE${creditCodeCheckChar('91320500MAEXAMPLE')!}`;

/** Names resolved against the zone's dictionaries: sub-park name → ids (names are not unique), industry name → code. */
export interface RowLookups {
  subParks: Map<string, string[]>;
  leadingIndustries: Map<string, string>;
}

/** A parsed row: the body, and a masked phone (from our own export) that only an update can resolve. */
export interface ParsedRow {
  body: EnterpriseCreateBody;
  maskedPhone: string | null;
}

type Problem = Omit<ImportProblem, 'row'>;

/** Reads one data row into a registration body, collecting every problem rather than stopping at the first. */
export function parseRow(
  cells: Record<ColumnKey, CellValue>,
  lookups: RowLookups,
): { parsed: ParsedRow | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = <T>(key: ColumnKey, reader: (v: Plain) => Read<T>, required = false): T | null => {
    const plain = plainOf(cells[key]);
    const result =
      'problem' in plain
        ? plain
        : plain.value === null && required
          ? { problem: '必填' }
          : reader(plain.value);
    if ('problem' in result) problems.push({ column: HEADERS[key], message: result.problem });
    return 'value' in result ? result.value : null;
  };
  const creditCode = read(
    'creditCode',
    (v) => {
      const text = readText(v);
      if ('problem' in text) return text;
      const code = normaliseCreditCode(text.value ?? '');
      return isValidCreditCode(code) ? { value: code } : { problem: '统一社会信用代码格式或校验位不正确' };
    },
    true,
  );
  const phone = read('contactPhone', readText);
  const maskedPhone = phone !== null && /^\d{3}\*{4}\d{4}$/.test(phone) ? phone : null;
  const body = {
    creditCode: creditCode ?? '',
    name: read('name', readText, true) ?? '',
    legalRepresentative: read('legalRepresentative', readText) ?? '',
    registeredCapitalFen: read('registeredCapitalFen', (v) => wanToFen(v, 9_000_000_000_000_000)) ?? 0,
    registeredCapitalCurrency:
      read('registeredCapitalCurrency', (v) => readChoice(v, CURRENCY_NAMES)) ?? 'CNY',
    establishedOn: read('establishedOn', readDate),
    settledOn: read('settledOn', readDate),
    subParkId: read('subParkId', (v) =>
      lookup(v, (name) => {
        const ids = lookups.subParks.get(name) ?? [];
        return ids.length === 1
          ? { value: ids[0]! }
          : {
              problem: ids.length
                ? `园区名称${quoted(name)}不唯一,请联系管理员`
                : `园区${quoted(name)}不存在`,
            };
      }),
    ),
    address: read('address', readText) ?? '',
    industryCode:
      read(
        'industryCode',
        (v) => {
          const text = readText(v);
          if ('problem' in text) return text;
          // A code typed into a number cell loses its leading zero (0111 → 111).
          const code = typeof v === 'number' ? (text.value ?? '').padStart(4, '0') : (text.value ?? '');
          return isIndustryClass(code)
            ? { value: code }
            : { problem: `${quoted(code)} 不是 GB/T 4754-2017 的小类代码` };
        },
        true,
      ) ?? '',
    leadingIndustryCode: read('leadingIndustryCode', (v) =>
      lookup(v, (name) => {
        const code = lookups.leadingIndustries.get(name);
        return code ? { value: code } : { problem: `主导产业${quoted(name)}不存在` };
      }),
    ),
    ownership: read('ownership', (v) => readChoice(v, OWNERSHIP_NAMES), true) ?? 'domestic',
    landAreaMu: read('landAreaMu', (v) => readDecimal(v, 2)),
    employees: read('employees', (v) => readInteger(v, 0)) ?? 0,
    contactName: read('contactName', readText) ?? '',
    contactPhone: maskedPhone ? null : phone,
    liaisonUserId: null,
    tags: [],
    status: read('status', (v) => readChoice(v, STATUS_NAMES), true) ?? 'signed',
    statusSince: read('statusSince', readDate, true) ?? '',
  } satisfies EnterpriseCreateBody;
  problems.push(...schemaProblems(body, new Set(problems.map((p) => p.column))));
  return { parsed: problems.length ? null : { body, maskedPhone }, problems };
}

function lookup(v: Plain, find: (name: string) => Read<string>): Read<string | null> {
  const text = readText(v);
  return 'problem' in text || text.value === null ? text : find(text.value);
}

/**
 * The API's own schema over the body, so an import accepts exactly what a registration through the
 * form would (lengths, patterns, ranges). Ids come from our lookups, not the file, and are left out
 * because TypeBox has no uuid format registered.
 */
function schemaProblems(body: EnterpriseCreateBody, reported: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const error of Value.Errors(EnterpriseCreateBody, { ...body, subParkId: null, liaisonUserId: null })) {
    const column = HEADERS[error.path.split('/')[1] as ColumnKey];
    if (!column || reported.has(column)) continue;
    reported.add(column);
    const s = error.schema as { maxLength?: number; minLength?: number; maximum?: number; minimum?: number };
    const v = error.value;
    const message =
      typeof v === 'string' && s.maxLength !== undefined && v.length > s.maxLength
        ? `不能超过 ${s.maxLength} 个字符`
        : typeof v === 'string' && s.minLength !== undefined && v.length < s.minLength
          ? '必填'
          : typeof v === 'number' && s.maximum !== undefined && v > s.maximum
            ? `不能大于 ${s.maximum}`
            : typeof v === 'number' && s.minimum !== undefined && v < s.minimum
              ? `不能小于 ${s.minimum}`
              : '格式不正确';
    problems.push({ column, message });
  }
  return problems;
}
