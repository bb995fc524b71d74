import { ProjectErrorCode, type ProjectDetail, type StageTransitionBody } from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { stageIndex } from './compliance.js';
import { shanghaiToday } from '../../platform/dates.js';
import { impliedRate, toCnyFen } from './money.js';
import { projectInScope } from './project-scope.js';
import * as repo from './projects.repository.js';
import { getProject } from './projects.service.js';

const SIGNED = stageIndex('signed');

/**
 * Moves a project to another stage, dated when it happened:
 * - forward to any later stage (skips allowed: 签约 → 开工);
 * - back to an earlier stage with a note (签约 returned to 在谈);
 * - to 终止 with a reason; from 终止 only back to the stage it was terminated at, or earlier,
 *   with a note (reactivation);
 * - government works never go before 签约 (立项).
 * The date may not precede the last event nor lie in the future. Reaching 签约 or beyond needs
 * a signed amount (investment projects). One stage event and the project's stage change together.
 */
export async function moveStage(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: StageTransitionBody,
): Promise<ProjectDetail> {
  await auditedChange(ctx, caller, 'project.stage', 'project', async (trx) => {
    const before = await projectInScope(trx, scope, id);
    const events = await repo.stageEventsOf(trx, [id]);
    const last = events[events.length - 1];
    const from = before.stage;
    const to = body.stage;
    const note = body.note?.trim() ?? '';
    if (to === from) throw conflict('项目已处于该阶段', ProjectErrorCode.sameStage);
    const fromIndex = stageIndex(from);
    const toIndex = stageIndex(to);
    if (before.kind === 'government' && to !== 'terminated' && toIndex < SIGNED)
      throw conflict('政府工程项目没有线索、在谈阶段', ProjectErrorCode.illegalTransition);
    if (to === 'terminated') {
      if (!body.terminationReason?.trim())
        throw badRequest('终止项目须填写原因', ProjectErrorCode.terminationReasonRequired);
    } else if (from === 'terminated') {
      const terminatedAt = stageIndex(last?.from_stage ?? 'lead');
      if (toIndex > terminatedAt)
        throw conflict('终止的项目只能恢复到终止前的阶段或更早阶段', ProjectErrorCode.illegalTransition);
      if (!note) throw badRequest('恢复终止的项目须填写说明', ProjectErrorCode.noteRequired);
    } else if (toIndex < fromIndex && !note) {
      throw badRequest('退回前一阶段须填写说明', ProjectErrorCode.noteRequired);
    }
    if (body.enteredOn > shanghaiToday(ctx))
      throw badRequest('阶段日期不能晚于今天', ProjectErrorCode.dateInFuture);
    if (last && body.enteredOn < last.entered_on)
      throw badRequest(
        `阶段日期不能早于上一次阶段变化（${last.entered_on}）`,
        ProjectErrorCode.dateBeforeLastEvent,
      );

    const signedAmount =
      body.signedAmount ?? (before.signed_amount === null ? null : Number(before.signed_amount));
    if (before.kind === 'investment' && toIndex >= SIGNED && signedAmount === null)
      throw badRequest('签约须填写签约金额', ProjectErrorCode.signedAmountRequired);
    const signed =
      body.signedAmount === undefined
        ? {}
        : {
            signed_amount: body.signedAmount,
            signed_amount_cny_fen: toCnyFen(
              body.signedAmount,
              before.currency,
              before.currency === 'USD'
                ? impliedRate(Number(before.planned_investment), Number(before.planned_investment_cny_fen))
                : null,
            ),
          };
    const at = ctx.clock.now().toISOString();
    const values = {
      stage: to,
      stage_since: body.enteredOn,
      termination_reason: to === 'terminated' ? body.terminationReason!.trim() : null,
      ...signed,
      updated_at: at,
    };
    const version = await updateVersioned(trx, 'projects', id, body.version, values);
    await repo.insertStageEvent(trx, {
      id: newId(),
      project_id: id,
      from_stage: from,
      stage: to,
      entered_on: body.enteredOn,
      note: to === 'terminated' && !note ? body.terminationReason!.trim() : note,
      recorded_by: caller.auth?.userId ?? null,
      recorded_at: at,
    });
    return {
      objectId: id,
      before,
      after: { ...before, ...values, version },
      value: undefined,
      detail: `${from} → ${to}`,
    };
  });
  return getProject(ctx, scope, id);
}
