import ExcelJS from 'exceljs';
import type { StatsIndicator, StatsSummary } from '@kaifaqu/contracts';
import type { Workbook } from '../../../platform/http/workbook-reply.js';
import { neutralise } from '../../../platform/excel/cells.js';

/** A scaled value in the unit people read: 万元 to 2 decimals, others to their scale (max 2). */
function display(value: number | null, indicator: StatsIndicator): number | null {
  if (value === null) return null;
  return Number((value / 10 ** indicator.scale).toFixed(Math.min(indicator.scale, 2)));
}

const percent = (ratio: number | null) => (ratio === null ? null : Number((ratio * 100).toFixed(1)));

/** The summary table as xlsx: one row per group, four columns per indicator. */
export async function summaryWorkbook(summary: StatsSummary): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('经济运行');
  const header = ['分组'];
  for (const i of summary.indicators)
    header.push(`${i.name}(${i.unit})`, `上年同期(${i.unit})`, `${i.name}同比(%)`, `${i.name}占比(%)`);
  sheet.addRow([`${summary.from} 至 ${summary.to}`]);
  sheet.addRow(header).font = { bold: true };
  for (const group of [...summary.groups, summary.total]) {
    const row: (string | number | null)[] = [neutralise(group.name)];
    summary.indicators.forEach((indicator, k) => {
      const v = group.values[k]!;
      row.push(
        display(v.current, indicator),
        display(v.previous, indicator),
        percent(v.growth),
        percent(v.share),
      );
    });
    sheet.addRow(row);
  }
  sheet.getColumn(1).width = 28;
  return {
    fileName: `经济运行_${summary.from}_${summary.to}.xlsx`,
    content: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
