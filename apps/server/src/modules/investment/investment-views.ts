import type {
  InvestmentActivity,
  InvestmentAgent,
  InvestmentProjectBrief,
  Investor,
  InvestorRef,
  Lead,
  LeadSource,
} from '@kaifaqu/contracts';
import { maskPhone } from '../../platform/units.js';
import type { AgentRow } from './agents.repository.js';
import type { InvestmentActivityTable, InvestorTable } from './investment.tables.js';
import type { LeadRow } from './leads.repository.js';
import type { ProjectBriefRow } from './linked-projects.repository.js';

/** Lists mask contact phones; a single record shows them in full (security.md: personal data). */
export interface ViewOptions {
  maskContact?: boolean;
}

/** An investor as the API shows it. */
export function investorView(row: InvestorTable, options: ViewOptions = {}): Investor {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    region: row.region,
    isForeign: row.is_foreign === 1,
    industryCode: row.industry_code,
    contactName: row.contact_name,
    contactPhone: options.maskContact ? maskPhone(row.contact_phone) : row.contact_phone,
    contactTitle: row.contact_title,
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An agent with its counts as the API shows it. */
export function agentView(row: AgentRow, options: ViewOptions = {}): InvestmentAgent {
  return {
    id: row.id,
    name: row.name,
    contactName: row.contact_name,
    contactPhone: options.maskContact ? maskPhone(row.contact_phone) : row.contact_phone,
    contractFrom: row.contract_from,
    contractTo: row.contract_to,
    note: row.note,
    leadCount: row.lead_count,
    projectCount: row.project_count,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A lead with the names of what it refers to. */
export function leadView(row: LeadRow): Lead {
  return {
    id: row.id,
    title: row.title,
    investorId: row.investor_id,
    investorName: row.investor_name,
    source: row.source as LeadSource,
    agentId: row.agent_id,
    agentName: row.agent_name,
    industryCode: row.industry_code,
    estimatedInvestmentFen:
      row.estimated_investment_fen === null ? null : Number(row.estimated_investment_fen),
    receivedOn: row.received_on,
    followerUserId: row.follower_user_id,
    followerName: row.follower_name,
    departmentId: row.department_id,
    status: row.status,
    dropReason: row.drop_reason ?? null,
    droppedOn: row.dropped_on ?? null,
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A project beside an investment record. */
export function projectBriefView(row: ProjectBriefRow): InvestmentProjectBrief {
  return {
    id: row.id,
    name: row.name,
    stage: row.stage,
    plannedInvestmentCnyFen: Number(row.planned_investment_cny_fen),
  };
}

/** The investor ids stored on an activity. */
export function investorIdsOf(row: Pick<InvestmentActivityTable, 'investor_ids'>): string[] {
  const value: unknown = JSON.parse(row.investor_ids);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** An activity with the investors met (by name) and, for an event, the projects signed there. */
export function activityView(
  row: InvestmentActivityTable,
  names: Map<string, string>,
  signed: ProjectBriefRow[],
): InvestmentActivity {
  const investors: InvestorRef[] = investorIdsOf(row)
    .filter((id) => names.has(id))
    .map((id) => ({ id, name: names.get(id) ?? '' }));
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    place: row.place,
    participants: row.participants,
    counterparts: row.counterparts,
    investors,
    outcome: row.outcome,
    departmentId: row.department_id,
    signedProjects: row.kind === 'promotionEvent' ? signed.map(projectBriefView) : [],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
