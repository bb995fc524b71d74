import type { Kysely, Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import type { Database } from '../../platform/db/database.js';
import { projectsInScope } from './investment-scope.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A project as investment records show it. */
export interface ProjectBriefRow {
  id: string;
  name: string;
  stage: string;
  planned_investment_cny_fen: number;
}

/** Which reference of a project points at an investment record. */
export type ProjectLink = 'investor_id' | 'agent_id' | 'promotion_event_id';

/** Projects in the caller's scope that name this investor, agent or promotion event, by name. */
export function linkedProjects(
  db: Db,
  scope: DataScope,
  link: ProjectLink,
  id: string,
): Promise<ProjectBriefRow[]> {
  return db
    .selectFrom('projects')
    .select(['projects.id', 'projects.name', 'projects.stage', 'projects.planned_investment_cny_fen'])
    .where(`projects.${link}`, '=', id)
    .where(projectsInScope(scope))
    .orderBy('projects.name')
    .orderBy('projects.id')
    .limit(500)
    .execute();
}

/** Projects in scope signed at any of these promotion events, keyed by event id. */
export async function projectsOfEvents(
  db: Db,
  scope: DataScope,
  eventIds: string[],
): Promise<Map<string, ProjectBriefRow[]>> {
  const byEvent = new Map<string, ProjectBriefRow[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .selectFrom('projects')
    .select([
      'projects.id',
      'projects.name',
      'projects.stage',
      'projects.planned_investment_cny_fen',
      'projects.promotion_event_id',
    ])
    .where('projects.promotion_event_id', 'in', eventIds)
    .where(projectsInScope(scope))
    .orderBy('projects.name')
    .orderBy('projects.id')
    .execute();
  for (const { promotion_event_id: eventId, ...project } of rows) {
    if (!eventId) continue;
    byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), project]);
  }
  return byEvent;
}

/** True when any project, in any scope, still points at the record (it may then not be deleted). */
export async function anyProjectLinked(db: Db, link: ProjectLink, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('projects')
    .select('projects.id')
    .where(`projects.${link}`, '=', id)
    .executeTakeFirst();
  return !!row;
}
