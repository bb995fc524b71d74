import type {
  HazardCategory,
  HazardGrade,
  Inspection,
  InspectionHazard,
  InspectionItem,
} from '@kaifaqu/contracts';

import type { HazardTable } from '../safety.tables.js';
import type { InspectionRow } from './inspections.repository.js';
import type { InspectionItemTable } from './inspections.tables.js';
import { idList } from '../../../platform/dates.js';

/** An inspection as listed. */
export function inspectionView(row: InspectionRow): Inspection {
  return {
    id: row.id,
    planId: row.plan_id,
    planTitle: row.plan_title,
    checklistId: row.checklist_id,
    checklistTitle: row.checklist_title,
    kind: row.kind,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    subParkId: row.sub_park_id,
    departmentId: row.department_id,
    inspectedOn: row.inspected_on,
    inspectors: row.inspectors,
    status: row.status,
    summary: row.summary,
    itemCount: row.item_count,
    failedCount: row.failed_count,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An item of an inspection. */
export function itemView(row: InspectionItemTable): InspectionItem {
  return {
    id: row.id,
    checklistItemId: row.checklist_item_id,
    seq: row.seq,
    content: row.content,
    legalBasis: row.legal_basis,
    result: row.result,
    note: row.note,
    photoFileIds: idList(row.photo_file_ids),
    hazardGrade: row.hazard_grade,
    hazardCategory: row.hazard_category as HazardCategory,
    hazardLocation: row.hazard_location,
    hazardDescription: row.hazard_description,
    hazardDeadline: row.hazard_deadline,
    responsiblePerson: row.responsible_person,
    responsiblePhone: row.responsible_phone,
    hazardId: row.hazard_id,
    version: row.version,
  };
}

/** A hazard an inspection registered, in brief. */
export function inspectionHazardView(row: HazardTable): InspectionHazard {
  return {
    id: row.id,
    code: row.code,
    inspectionItemId: row.inspection_item_id,
    grade: row.grade as HazardGrade,
    status: row.status,
    deadline: row.deadline,
    description: row.description,
  };
}
