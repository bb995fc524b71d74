import {
  ProjectErrorCode,
  type AgreementBody,
  type AgreementCompliance,
  type AgreementUpdateBody,
  type ProjectAgreement,
} from '@kaifaqu/contracts';
import type { Transaction } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { auditedChange, type Caller } from '../../platform/audit/audited-change.js';
import type { AppContext } from '../../platform/context.js';
import type { Database } from '../../platform/db/database.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { badRequest, notFound, versionConflict } from '../../platform/errors.js';
import { findFileInScope } from '../../platform/files/files.repository.js';
import { newId } from '../../platform/ids.js';
import * as repo from './agreements.repository.js';
import { agreementWarnings, highestReached, perMu } from './compliance.js';
import { shanghaiToday } from '../../platform/dates.js';
import { agreementView } from './project-view.js';
import { projectInScope } from './project-scope.js';
import { stageEventsOf } from './projects.repository.js';
import type { ProjectAgreementTable, ProjectStageEventTable, ProjectTable } from './projects.tables.js';

type ProjectRef = Pick<ProjectTable, 'id' | 'stage' | 'enterprise_id'>;

/** Warning counts of projects (lists show them), from their agreements and stage history. */
export async function warningCounts(
  ctx: AppContext,
  projects: readonly ProjectRef[],
): Promise<Map<string, number>> {
  const ids = projects.map((p) => p.id);
  const agreements = await repo.agreementsOf(ctx.db, ids);
  const out = new Map<string, number>();
  if (agreements.length === 0) return out;
  const reached = highestReached(await stageEventsOf(ctx.db, ids));
  const stageOf = new Map(projects.map((p) => [p.id, p.stage]));
  const today = shanghaiToday(ctx);
  for (const a of agreements) {
    const n = agreementWarnings(a, stageOf.get(a.project_id)!, reached.get(a.project_id) ?? -1, today).length;
    out.set(a.project_id, (out.get(a.project_id) ?? 0) + n);
  }
  return out;
}

/** A project's agreements with their 履约: warnings, and committed beside actual per-亩 figures. */
export async function agreementsWithCompliance(
  ctx: AppContext,
  project: ProjectRef,
  events: readonly ProjectStageEventTable[],
): Promise<ProjectAgreement[]> {
  const agreements = await repo.agreementsOf(ctx.db, [project.id]);
  if (agreements.length === 0) return [];
  const reached = highestReached(events).get(project.id) ?? -1;
  const today = shanghaiToday(ctx);
  const actuals = project.enterprise_id
    ? await repo.lastFullYearActuals(ctx.db, project.enterprise_id)
    : undefined;
  const enterpriseArea =
    actuals && project.enterprise_id ? await repo.enterpriseLandArea(ctx.db, project.enterprise_id) : null;
  return agreements.map((a) => {
    const area = a.land_area_centimu === null ? enterpriseArea : Number(a.land_area_centimu);
    const compliance: AgreementCompliance = {
      warnings: agreementWarnings(a, project.stage, reached, today).map((w) => w.warning),
      actualFrom: actuals ? `${actuals.year}-01` : null,
      actualTo: actuals ? `${actuals.year}-12` : null,
      landAreaCentimu: actuals ? area : null,
      actualOutputPerMuFen: actuals ? perMu(actuals.grossOutputFen, area) : null,
      actualTaxPerMuFen: actuals ? perMu(actuals.taxFen, area) : null,
    };
    return agreementView(a, compliance);
  });
}

/** Refuses deadlines out of order and attachments that do not exist. */
async function checkAgreement(
  trx: Transaction<Database>,
  scope: DataScope,
  body: AgreementBody,
): Promise<void> {
  const chain = [body.signedOn, body.startDeadline, body.completionDeadline, body.productionDeadline].filter(
    (d): d is string => d !== null,
  );
  for (let i = 1; i < chain.length; i += 1)
    if (chain[i]! < chain[i - 1]!)
      throw badRequest('协议日期须依次为签约、开工、竣工投产、达产', ProjectErrorCode.deadlineOrder);
  for (const fileId of body.fileIds ?? []) {
    if (!(await findFileInScope(trx, scope, fileId)))
      throw badRequest('附件不存在', ProjectErrorCode.referenceUnknown);
  }
}

function agreementColumns(body: AgreementBody) {
  return {
    title: body.title,
    signed_on: body.signedOn,
    start_deadline: body.startDeadline,
    completion_deadline: body.completionDeadline,
    production_deadline: body.productionDeadline,
    land_area_centimu: body.landAreaCentimu,
    investment_intensity_fen_per_mu: body.investmentIntensityFenPerMu,
    output_per_mu_fen: body.outputPerMuFen,
    tax_per_mu_fen: body.taxPerMuFen,
    file_ids: JSON.stringify(body.fileIds ?? []),
    note: body.note ?? '',
  };
}

/** The agreements of a project in scope. */
export async function listAgreements(ctx: AppContext, scope: DataScope, projectId: string) {
  const project = await projectInScope(ctx.db, scope, projectId);
  return agreementsWithCompliance(ctx, project, await stageEventsOf(ctx.db, [projectId]));
}

async function agreementOf(ctx: AppContext, scope: DataScope, projectId: string, id: string) {
  const found = (await listAgreements(ctx, scope, projectId)).find((a) => a.id === id);
  if (!found) throw notFound('协议');
  return found;
}

/** Records an agreement (协议) of a project. */
export async function createAgreement(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  projectId: string,
  body: AgreementBody,
): Promise<ProjectAgreement> {
  const id = await auditedChange(ctx, caller, 'project.agreement.create', 'projectAgreement', async (trx) => {
    await projectInScope(trx, scope, projectId);
    await checkAgreement(trx, scope, body);
    const at = ctx.clock.now().toISOString();
    const row: ProjectAgreementTable = {
      id: newId(),
      project_id: projectId,
      ...agreementColumns(body),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertAgreement(trx, row);
    return { objectId: row.id, before: null, after: row, value: row.id };
  });
  return agreementOf(ctx, scope, projectId, id);
}

/** Edits an agreement. */
export async function updateAgreement(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  projectId: string,
  id: string,
  body: AgreementUpdateBody,
): Promise<ProjectAgreement> {
  await auditedChange(ctx, caller, 'project.agreement.update', 'projectAgreement', async (trx) => {
    await projectInScope(trx, scope, projectId);
    const before = await repo.findAgreement(trx, projectId, id);
    if (!before) throw notFound('协议');
    await checkAgreement(trx, scope, body);
    const values = { ...agreementColumns(body), updated_at: ctx.clock.now().toISOString() };
    const version = await updateVersioned(trx, 'project_agreements', id, body.version, values);
    return { objectId: id, before, after: { ...before, ...values, version }, value: undefined };
  });
  return agreementOf(ctx, scope, projectId, id);
}

/** Removes an agreement entered by mistake. */
export async function deleteAgreement(
  ctx: AppContext,
  caller: Caller,
  scope: DataScope,
  projectId: string,
  id: string,
  version: number,
): Promise<void> {
  await auditedChange(ctx, caller, 'project.agreement.delete', 'projectAgreement', async (trx) => {
    await projectInScope(trx, scope, projectId);
    const before = await repo.findAgreement(trx, projectId, id);
    if (!before) throw notFound('协议');
    if ((await repo.deleteAgreement(trx, id, version)) !== 1) throw versionConflict();
    return { objectId: id, before, after: null, value: undefined };
  });
}
