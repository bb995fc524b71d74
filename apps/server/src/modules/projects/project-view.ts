import type {
  AgreementCompliance,
  Project,
  ProjectAgreement,
  ProjectFunds,
  ProjectStage,
  ProjectStageEvent,
  ProjectType,
  WorksCategory,
} from '@kaifaqu/contracts';
import type { ProjectRow } from './projects.repository.js';
import type { ProjectAgreementTable, ProjectFundsTable, ProjectStageEventTable } from './projects.tables.js';

const num = (v: number | null) => (v === null ? null : Number(v));

/** A project row as lists show it. */
export function projectView(row: ProjectRow, warnings: number): Project {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    projectType: row.project_type as ProjectType,
    worksCategory: row.works_category as WorksCategory | null,
    investor: row.investor_id ? { id: row.investor_id, name: row.investor_name ?? '' } : null,
    leadId: row.lead_id,
    industryCode: row.industry_code,
    subParkId: row.sub_park_id,
    subParkName: row.sub_park_name,
    departmentId: row.department_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    currency: row.currency,
    plannedInvestment: Number(row.planned_investment),
    plannedInvestmentCnyFen: Number(row.planned_investment_cny_fen),
    exchangeRate:
      row.currency === 'USD' && Number(row.planned_investment) > 0
        ? Math.round((Number(row.planned_investment_cny_fen) / Number(row.planned_investment)) * 10_000) /
          10_000
        : null,
    signedAmount: num(row.signed_amount),
    signedAmountCnyFen: num(row.signed_amount_cny_fen),
    stage: row.stage as ProjectStage,
    stageSince: row.stage_since,
    isKey: row.is_key === 1,
    leaderName: row.leader_name,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    warnings,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function stageEventView(row: ProjectStageEventTable, names: Map<string, string>): ProjectStageEvent {
  return {
    id: row.id,
    fromStage: row.from_stage as ProjectStage | null,
    stage: row.stage as ProjectStage,
    enteredOn: row.entered_on,
    note: row.note,
    recordedBy: row.recorded_by ? (names.get(row.recorded_by) ?? null) : null,
    recordedAt: row.recorded_at,
  };
}

export function agreementView(row: ProjectAgreementTable, compliance: AgreementCompliance): ProjectAgreement {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    signedOn: row.signed_on,
    startDeadline: row.start_deadline,
    completionDeadline: row.completion_deadline,
    productionDeadline: row.production_deadline,
    landAreaCentimu: num(row.land_area_centimu),
    investmentIntensityFenPerMu: num(row.investment_intensity_fen_per_mu),
    outputPerMuFen: num(row.output_per_mu_fen),
    taxPerMuFen: num(row.tax_per_mu_fen),
    fileIds: JSON.parse(row.file_ids) as string[],
    note: row.note,
    compliance,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fundsView(row: ProjectFundsTable): ProjectFunds {
  return {
    id: row.id,
    projectId: row.project_id,
    period: row.period,
    origin: row.origin,
    amountCnyFen: Number(row.amount_cny_fen),
    amountUsdCents: num(row.amount_usd_cents),
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
