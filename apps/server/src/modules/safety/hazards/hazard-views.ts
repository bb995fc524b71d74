import type {
  Hazard,
  HazardEvent,
  HazardStatus,
  Rectification,
  RectificationNotice,
  RemediationPlan,
} from '@kaifaqu/contracts';
import type { HazardWithName } from './hazards.repository.js';
import type {
  HazardEventTable,
  HazardPlanTable,
  HazardRectificationTable,
  RectificationNoticeTable,
} from './hazards.tables.js';
import { idList } from '../../../platform/dates.js';

/** A hazard row as the API shows it; `overdue` is worked out against today. */
export function hazardView(row: HazardWithName, today: string): Hazard {
  return {
    id: row.id,
    code: row.code,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    subParkId: row.sub_park_id,
    departmentId: row.department_id,
    source: row.source,
    inspectionId: row.inspection_id,
    alarmId: row.alarm_id,
    location: row.location,
    category: row.category,
    grade: row.grade,
    description: row.description,
    legalBasis: row.legal_basis,
    photoFileIds: idList(row.photo_file_ids),
    foundOn: row.found_on,
    deadline: row.deadline,
    responsiblePerson: row.responsible_person,
    responsiblePhone: row.responsible_phone,
    status: row.status as HazardStatus,
    overdue: row.status !== 'closed' && row.deadline < today,
    overdueSince: row.overdue_since,
    supervised: Number(row.supervised) === 1,
    supervisedLevel: row.supervised_level,
    closedOn: row.closed_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rectificationView(row: HazardRectificationTable): Rectification {
  return {
    id: row.id,
    doneOn: row.done_on,
    measures: row.measures,
    photoFileIds: idList(row.photo_file_ids),
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    outcome: row.outcome,
    reason: row.reason,
    evaluation: row.evaluation,
    onSiteReviewOn: row.on_site_review_on,
    reinspectedOn: row.reinspected_on,
    reinspectedBy: row.reinspected_by,
  };
}

export function planView(row: HazardPlanTable): RemediationPlan {
  return {
    objective: row.objective,
    methods: row.methods,
    funding: row.funding,
    organisation: row.organisation,
    timeline: row.timeline,
    safetyMeasures: row.safety_measures,
    fileIds: idList(row.file_ids),
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
  };
}

export function eventView(row: HazardEventTable): HazardEvent {
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    note: row.note,
    actor: row.actor_name,
    at: row.at,
  };
}

export function noticeView(
  row: RectificationNoticeTable & { enterprise_name: string },
  hazardIds: string[],
): RectificationNotice {
  return {
    id: row.id,
    number: row.number,
    year: Number(row.year),
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    deadline: row.deadline,
    issuingBody: row.issuing_body,
    issuedOn: row.issued_on,
    fileId: row.file_id,
    hazardIds,
    createdAt: row.created_at,
  };
}
