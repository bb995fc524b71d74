import type { HazardDetail, HazardListQuery, HazardPage } from '@kaifaqu/contracts';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { isUuid } from '../../../platform/ids.js';
import { eventView, hazardView, noticeView, planView, rectificationView } from './hazard-views.js';
import * as repo from './hazards.repository.js';
import { shanghaiToday } from '../../../platform/dates.js';
import * as notices from './notices.repository.js';

/** One page of the hazard ledger (隐患台账) with open, overdue and major-open counts. */
export async function listHazards(
  ctx: AppContext,
  scope: DataScope,
  query: HazardListQuery,
): Promise<HazardPage> {
  const today = shanghaiToday(ctx);
  const pageSize = query.pageSize ?? 20;
  const { page: _page, pageSize: _size, ...filter } = query;
  const result = await repo.listHazards(ctx.db, ctx.dialect, scope, filter, today, {
    offset: ((query.page ?? 1) - 1) * pageSize,
    limit: pageSize,
  });
  return {
    items: result.items.map((row) => hazardView(row, today)),
    total: result.total,
    openCount: result.open,
    overdueCount: result.overdue,
    majorOpenCount: result.majorOpen,
  };
}

/** A hazard in scope, or 404 (a foreign id answers as a missing one). */
export async function hazardInScope(ctx: AppContext, scope: DataScope, id: string) {
  const row = isUuid(id) ? await repo.findHazard(ctx.db, scope, id) : undefined;
  if (!row) throw notFound('隐患');
  return row;
}

/** One hazard with its rectifications, plan, timeline and notices. */
export async function getHazard(ctx: AppContext, scope: DataScope, id: string): Promise<HazardDetail> {
  const row = await hazardInScope(ctx, scope, id);
  const [rectifications, plan, events, noticeRows] = await Promise.all([
    repo.rectificationsOf(ctx.db, id),
    repo.planOf(ctx.db, id),
    repo.eventsOf(ctx.db, id),
    notices.noticesOfHazard(ctx.db, id),
  ]);
  const hazardIds = await notices.hazardIdsOf(
    ctx.db,
    noticeRows.map((n) => n.id),
  );
  return {
    hazard: hazardView(row, shanghaiToday(ctx)),
    rectifications: rectifications.map(rectificationView),
    plan: plan ? planView(plan) : null,
    events: events.map(eventView),
    notices: noticeRows.map((n) => noticeView(n, hazardIds.get(n.id) ?? [])),
  };
}
