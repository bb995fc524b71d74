import {
  ProjectErrorCode,
  type EnterpriseProjectItem,
  type ProjectDetail,
  type ProjectEnterpriseLinkBody,
  type ProjectStage,
} from '@kaifaqu/contracts';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, conflict, versionConflict } from '../../platform/errors.js';
import { createEnterprise, enterprisesRepository, type EnterpriseFileSection } from '../enterprises/index.js';
import { warningCounts } from './agreements.service.js';
import { projectInScope } from './project-scope.js';
import * as repo from './projects.repository.js';
import { getProject } from './projects.service.js';

/**
 * Links the enterprise the investor registered in the zone: an existing one the caller can see,
 * or a new one registered through the enterprise registry (then linked). The project then shows
 * on that enterprise's 一企一档.
 */
export async function linkEnterprise(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  id: string,
  body: ProjectEnterpriseLinkBody,
): Promise<ProjectDetail> {
  const project = await projectInScope(ctx.db, scope, id);
  if (project.version !== body.version) throw versionConflict();
  let enterpriseId: string;
  if ('create' in body) {
    if (project.enterprise_id)
      throw conflict('项目已关联企业，不能再新建', ProjectErrorCode.enterpriseAlreadyLinked);
    enterpriseId = (await createEnterprise(ctx, caller, scope, body.create)).id;
  } else {
    const enterprise = await enterprisesRepository.findEnterprise(ctx.db, scope, body.enterpriseId);
    if (!enterprise) throw badRequest('企业不存在或无权访问', ProjectErrorCode.referenceUnknown);
    enterpriseId = enterprise.id;
  }
  await auditedChange(ctx, caller, 'project.enterprise.link', 'project', async (trx) => {
    const before = await projectInScope(trx, scope, id);
    const values = { enterprise_id: enterpriseId, updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'projects', id, body.version, values);
    return { objectId: id, before, after: { ...before, ...values, version }, value: undefined };
  });
  return getProject(ctx, scope, id);
}

/** 一企一档 section: the projects that became this enterprise, in the caller's scope. */
export const projectsFileSection: EnterpriseFileSection = {
  key: 'projects',
  titleZh: '投资项目',
  titleEn: 'Projects',
  async load(ctx, scope, enterpriseId): Promise<EnterpriseProjectItem[]> {
    const rows = await repo.projectsOfEnterprise(ctx.db, scope, enterpriseId);
    const counts = await warningCounts(ctx, rows);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      stage: r.stage as ProjectStage,
      stageSince: r.stage_since,
      currency: r.currency,
      plannedInvestment: Number(r.planned_investment),
      plannedInvestmentCnyFen: Number(r.planned_investment_cny_fen),
      warnings: counts.get(r.id) ?? 0,
    }));
  },
};
