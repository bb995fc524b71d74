import ExcelJS from 'exceljs';
import type { SafetyFigures, SafetyStats } from '@kaifaqu/contracts';
import type { Workbook } from '../../../platform/http/workbook-reply.js';
import { neutralise } from '../../../platform/excel/cells.js';

const GROUP_TITLES: Record<SafetyStats['groupBy'], string> = {
  none: '范围',
  enterprise: '企业',
  subPark: '园区',
  category: '隐患类别',
  grade: '隐患等级',
};

/** The columns of the table, in the order of the quarterly report. */
const COLUMNS: { title: string; value: (f: SafetyFigures) => number | null }[] = [
  { title: '检查次数', value: (f) => f.inspections },
  { title: '检查企业数', value: (f) => f.enterprisesInspected },
  { title: '发现隐患', value: (f) => f.found },
  { title: '已整改', value: (f) => f.rectified },
  // Percent with one decimal (domain.md §1), from the exact basis points.
  { title: '整改率(%)', value: (f) => (f.rateBp === null ? null : Number((f.rateBp / 100).toFixed(1))) },
  { title: '本期销号', value: (f) => f.closedInPeriod },
  { title: '逾期未改', value: (f) => f.overdue },
  { title: '下达整改通知书', value: (f) => f.noticesIssued },
  { title: '重大隐患未销号', value: (f) => f.majorOpen },
  { title: '挂牌督办未销号', value: (f) => f.supervisedOpen },
];

/** The safety figures as xlsx: a title row, a header, one row per group and the total. */
export async function safetyStatsWorkbook(stats: SafetyStats): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('安全生产统计');
  sheet.addRow([`安全生产隐患排查治理统计 ${stats.from} 至 ${stats.to}`]).font = { bold: true };
  sheet.addRow([GROUP_TITLES[stats.groupBy], ...COLUMNS.map((c) => c.title)]).font = { bold: true };
  for (const group of stats.groups)
    sheet.addRow([neutralise(group.name), ...COLUMNS.map((c) => c.value(group.figures))]);
  sheet.addRow(['合计', ...COLUMNS.map((c) => c.value(stats.total))]).font = { bold: true };
  sheet.getColumn(1).width = 30;
  for (let i = 2; i <= COLUMNS.length + 1; i++) sheet.getColumn(i).width = 14;
  return {
    fileName: `安全生产统计_${stats.from}_${stats.to}.xlsx`,
    content: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
