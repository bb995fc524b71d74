import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../../platform/auth/data-scope.js';
import type { Database } from '../../../platform/db/database.js';
import { scopeFilter } from '../../../platform/db/scope-filter.js';
import { PROJECT_SCOPE } from './scheduling.repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Key projects (重点项目) in scope with their scheduling counts as of `today`. */
export async function keyProjectOverview(db: Db, scope: DataScope, today: string) {
  const rows = await db
    .selectFrom('projects')
    .select([
      'projects.id',
      'projects.code',
      'projects.name',
      'projects.kind',
      'projects.stage',
      'projects.works_category',
      'projects.planned_investment_cny_fen',
      'projects.works_planned_quantity_centi',
    ])
    .select((eb) => [
      eb
        .selectFrom('project_milestones as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.project_id', '=', 'projects.id')
        .as('milestone_count'),
      eb
        .selectFrom('project_milestones as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.project_id', '=', 'projects.id')
        .where('m.actual_on', 'is', null)
        .where('m.planned_on', '<', today)
        .as('overdue_milestone_count'),
      eb
        .selectFrom('coordination_issues as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.project_id', '=', 'projects.id')
        .where('i.status', '<>', 'solved')
        .as('open_issue_count'),
      eb
        .selectFrom('coordination_issues as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.project_id', '=', 'projects.id')
        .where('i.status', '<>', 'solved')
        .where('i.deadline', '<', today)
        .as('overdue_issue_count'),
      eb
        .selectFrom('coordination_issues as i')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('i.project_id', '=', 'projects.id')
        .where('i.status', '<>', 'solved')
        .where('i.supervised', '=', 1)
        .as('supervised_issue_count'),
      eb
        .selectFrom('project_progress_reports as r')
        .select('r.period')
        .whereRef('r.project_id', '=', 'projects.id')
        .orderBy('r.period', 'desc')
        .limit(1)
        .as('latest_period'),
      eb
        .selectFrom('project_progress_reports as r')
        .select('r.investment_cumulative_fen')
        .whereRef('r.project_id', '=', 'projects.id')
        .orderBy('r.period', 'desc')
        .limit(1)
        .as('investment_cumulative_fen'),
      eb
        .selectFrom('project_progress_reports as r')
        .select('r.quantity_done_centi')
        .whereRef('r.project_id', '=', 'projects.id')
        .where('r.quantity_done_centi', 'is not', null)
        .orderBy('r.period', 'desc')
        .limit(1)
        .as('quantity_done_centi'),
    ])
    .where('projects.is_key', '=', 1)
    .where(scopeFilter(scope, PROJECT_SCOPE))
    .orderBy('projects.code')
    .limit(1000)
    .execute();
  return rows;
}

/** Unfinished milestones whose planned date is before `today`, with what a to-do needs. */
export function overdueMilestones(db: Db, today: string) {
  return db
    .selectFrom('project_milestones as m')
    .innerJoin('projects', 'projects.id', 'm.project_id')
    .select([
      'm.id',
      'm.name',
      'm.planned_on',
      'm.owner_user_id',
      'projects.id as project_id',
      'projects.name as project_name',
      'projects.owner_user_id as project_owner_user_id',
      'projects.department_id',
      'projects.enterprise_id',
      'projects.sub_park_id',
    ])
    .where('m.actual_on', 'is', null)
    .where('m.planned_on', '<', today)
    .orderBy('m.planned_on')
    .execute();
}

/** Unsolved issues whose deadline is before `today`, with their project. */
export function overdueIssues(db: Db, today: string) {
  return db
    .selectFrom('coordination_issues as i')
    .innerJoin('projects', 'projects.id', 'i.project_id')
    .selectAll('i')
    .select(['projects.name as project_name', 'projects.enterprise_id', 'projects.sub_park_id'])
    .where('i.status', '<>', 'solved')
    .where('i.deadline', '<', today)
    .orderBy('i.deadline')
    .execute();
}

/** Marks an issue supervised (督办) unless it already is; true when it was marked now. */
export async function markSupervised(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('coordination_issues')
    .set({ supervised: 1, supervised_at: at })
    .where('id', '=', id)
    .where('supervised', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
