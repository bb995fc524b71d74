import {
  SchedulingErrorCode,
  type SchedulingMeeting,
  type SchedulingMeetingCreateBody,
  type SchedulingMeetingDetail,
} from '@kaifaqu/contracts';
import { auditedChange, type Caller } from '../../../platform/audit/audited-change.js';
import { parseIdList, type DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import * as coordination from './coordination.repository.js';
import { insertIssue } from './issues.service.js';
import { checkFiles, scopeOf } from './scheduling.access.js';
import type { SchedulingMeetingTable } from './scheduling.tables.js';
import { issueView } from './scheduling.views.js';
import { shanghaiToday } from '../../../platform/dates.js';

function meetingView(
  row: SchedulingMeetingTable,
  counts?: { total: number; open: number },
): SchedulingMeeting {
  return {
    id: row.id,
    heldOn: row.held_on,
    title: row.title,
    chair: row.chair,
    attendees: row.attendees,
    minutes: row.minutes,
    fileIds: parseIdList(row.file_ids),
    issueCount: counts?.total ?? 0,
    openIssueCount: counts?.open ?? 0,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// Minutes speak of many enterprises at once: enterprise accounts follow their own project's issues
// through the coordination issues instead. Other scopes see a meeting that decided something about
// a project (or a department task) within their scope, and only those decisions.

/** Scheduling meetings visible to the scope, latest first, with their issue counts. */
export async function listMeetings(ctx: AppContext, scope: DataScope): Promise<SchedulingMeeting[]> {
  if (scope.kind === 'enterprise') return [];
  const rows = await coordination.listMeetings(ctx.db, scope);
  const counts = await coordination.meetingIssueCounts(
    ctx.db,
    scope,
    rows.map((r) => r.id),
  );
  return rows.map((row) => meetingView(row, counts.get(row.id)));
}

/** One meeting with the issues its decisions became. */
export async function getMeeting(
  ctx: AppContext,
  scope: DataScope,
  id: string,
): Promise<SchedulingMeetingDetail> {
  const row = scope.kind === 'enterprise' ? undefined : await coordination.findMeeting(ctx.db, id);
  if (!row) throw notFound('调度会');
  const today = shanghaiToday(ctx);
  const issues = await coordination.listIssues(ctx.db, scope, { meetingId: id }, today);
  if (scope.kind !== 'zone' && issues.length === 0 && row.created_by !== scope.actorUserId)
    throw notFound('调度会');
  const open = issues.filter((i) => i.status !== 'solved').length;
  return {
    meeting: meetingView(row, { total: issues.length, open }),
    issues: issues.map((i) => issueView(i, today)),
  };
}

/**
 * Records a meeting and turns each decision into a coordination issue, all in one transaction: a
 * decision naming a project outside the caller's scope, an unknown department or owner refuses the
 * whole meeting with 400 and saves nothing.
 */
export async function createMeeting(
  ctx: AppContext,
  caller: Caller,
  body: SchedulingMeetingCreateBody,
): Promise<SchedulingMeetingDetail> {
  const id = await auditedChange(
    ctx,
    caller,
    'schedulingMeeting.create',
    'schedulingMeeting',
    async (trx) => {
      await checkFiles(trx, scopeOf(caller), body.fileIds);
      const at = ctx.clock.now().toISOString();
      const row: SchedulingMeetingTable = {
        id: newId(),
        held_on: body.heldOn,
        title: body.title.trim(),
        chair: body.chair,
        attendees: body.attendees,
        minutes: body.minutes,
        file_ids: JSON.stringify(body.fileIds),
        created_by: caller.auth?.userId ?? null,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      await coordination.insertMeeting(trx, row);
      const issueIds: string[] = [];
      for (const [index, decision] of body.decisions.entries()) {
        try {
          const issue = await insertIssue(ctx, trx, caller, decision.projectId, decision, {
            meetingId: row.id,
            decision: decision.description.trim(),
          });
          issueIds.push(issue.id);
        } catch (err) {
          if (!(err instanceof AppError) || err.statusCode >= 500) throw err;
          const message = `第 ${index + 1} 项决定:${err.message}`;
          throw new AppError(400, SchedulingErrorCode.decisionInvalid, message, [
            { path: `/decisions/${index}`, message },
          ]);
        }
      }
      return { objectId: row.id, before: null, after: { ...row, issueIds }, value: row.id };
    },
  );
  return getMeeting(ctx, scopeOf(caller), id);
}
