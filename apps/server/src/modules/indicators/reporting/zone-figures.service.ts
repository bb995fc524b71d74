import type { ZoneFigure, ZoneFigureBody } from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import type { AppContext } from '../../../platform/context.js';
import { badRequest, forbidden, versionConflict } from '../../../platform/errors.js';
import { addMonths, type Period } from '../figures/index.js';
import { listIndicators } from '../indicators.repository.js';
import { scaledText } from './report-checks.js';
import * as repo from './zone-figures.repository.js';

type Row = Awaited<ReturnType<typeof repo.zoneFiguresOf>>[number];

function view(row: Row, period: string): ZoneFigure {
  return {
    indicatorId: row.id,
    indicatorCode: row.code,
    indicatorName: row.name,
    unit: row.unit,
    scale: row.scale,
    leadDepartmentId: row.lead_department_id,
    period,
    cumulative: row.cumulative === null ? null : Number(row.cumulative),
    previousYear: row.previous_year === null ? null : Number(row.previous_year),
    enteredBy: row.display_name,
    enteredAt: row.entered_at,
    version: row.version,
  };
}

/** The zone-level figures of a month: every department-reported indicator, entered or not. */
export async function listZoneFigures(ctx: AppContext, period: string): Promise<ZoneFigure[]> {
  return (await repo.zoneFiguresOf(ctx.db, period)).map((row) => view(row, period));
}

/**
 * Enters or corrects a zone-level figure. The indicator's lead department enters it (anyone may
 * when it has none); statistics staff who maintain the catalogue may enter any.
 */
export function enterZoneFigure(
  ctx: AppContext,
  caller: Caller,
  code: string,
  period: string,
  body: ZoneFigureBody,
): Promise<ZoneFigure> {
  return auditedChange(ctx, caller, 'zoneFigure.enter', 'zoneFigure', async (trx) => {
    const indicator = (await listIndicators(trx)).find((i) => i.code === code);
    if (!indicator || indicator.reporter !== 'department' || indicator.status !== 'active')
      throw badRequest(`指标 ${code} 不是部门填报的全区指标`, 'UNKNOWN_INDICATOR');
    const auth = caller.auth;
    const mayEnter =
      auth?.permissions.has('indicator:manage') ||
      indicator.lead_department_id === null ||
      indicator.lead_department_id === auth?.departmentId;
    if (!mayEnter) throw forbidden('只有该指标的牵头部门可以录入');
    if (period > ctx.clock.now().toISOString().slice(0, 7)) throw badRequest('不能录入未来月份的数据');
    if (body.cumulative < 0 || (body.previousYear ?? 0) < 0) throw badRequest('数值不能为负数');
    if (indicator.kind === 'flow' && !period.endsWith('-01')) {
      const last = await repo.findZoneFigure(trx, indicator.id, addMonths(period as Period, -1));
      if (last && body.cumulative < Number(last.cumulative))
        throw badRequest(
          `本期累计低于上月累计 ${scaledText(Number(last.cumulative), indicator.scale)}${indicator.unit}`,
        );
    }
    const before = await repo.findZoneFigure(trx, indicator.id, period);
    const row = {
      indicator_id: indicator.id,
      period,
      cumulative: body.cumulative,
      previous_year: body.previousYear,
      entered_by: auth?.userId ?? null,
      entered_at: ctx.clock.now().toISOString(),
      version: (body.version ?? 0) + 1,
    };
    if (body.version === null) {
      if (before) throw versionConflict();
      await repo.insertZoneFigure(trx, row);
    } else if (!(await repo.updateZoneFigure(trx, row, body.version))) {
      throw versionConflict();
    }
    const after = (await repo.zoneFiguresOf(trx, period)).find((r) => r.id === indicator.id)!;
    return { objectId: `${code}:${period}`, before: before ?? null, after: row, value: view(after, period) };
  });
}
