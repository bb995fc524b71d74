import type {
  Checklist,
  ChecklistCreateBody,
  ChecklistUpdateBody,
  FileMeta,
  InspectionCreateBody,
  InspectionDetail,
  InspectionItem,
  InspectionItemCreateBody,
  InspectionItemUpdateBody,
  InspectionListQuery,
  InspectionPage,
  InspectionPlanCreateBody,
  InspectionPlanDetail,
  InspectionPlanListQuery,
  InspectionPlanPage,
  InspectionPlanUpdateBody,
  InspectionUpdateBody,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** Calls of the inspection module: plans, checklists and inspection records. */
export const inspectionsApi = {
  /** Inspections in the caller's scope, one page. */
  list: (query: InspectionListQuery) => http.get<InspectionPage>('/inspections', { ...query }),
  /** One inspection with its items and the hazards it registered. */
  get: (id: string) => http.get<InspectionDetail>(`/inspections/${id}`),
  /** Starts a draft inspection. */
  create: (body: InspectionCreateBody) => http.post<InspectionDetail>('/inspections', body),
  /** Changes a draft's date, inspectors and summary. */
  update: (id: string, body: InspectionUpdateBody) => http.put<InspectionDetail>(`/inspections/${id}`, body),
  /** Adds an ad-hoc item to a free-form draft. */
  addItem: (id: string, body: InspectionItemCreateBody) =>
    http.post<InspectionDetail>(`/inspections/${id}/items`, body),
  /** Answers one item. */
  updateItem: (id: string, itemId: string, body: InspectionItemUpdateBody) =>
    http.put<InspectionItem>(`/inspections/${id}/items/${itemId}`, body),
  /** Completes a draft; failed items register hazards. */
  complete: (id: string, version: number) =>
    http.post<InspectionDetail>(`/inspections/${id}/complete`, { version }),
  /** Uploads a site photo owned by the inspected enterprise (so it may download it). */
  uploadPhoto: (file: File, enterpriseId: string, subParkId: string | null) => {
    const form = new FormData();
    form.append('enterpriseId', enterpriseId);
    if (subParkId) form.append('subParkId', subParkId);
    form.append('file', file);
    return http.upload<FileMeta>('/files', form);
  },

  plans: (query: InspectionPlanListQuery) => http.get<InspectionPlanPage>('/inspections/plans', { ...query }),
  plan: (id: string) => http.get<InspectionPlanDetail>(`/inspections/plans/${id}`),
  createPlan: (body: InspectionPlanCreateBody) => http.post<InspectionPlanDetail>('/inspections/plans', body),
  updatePlan: (id: string, body: InspectionPlanUpdateBody) =>
    http.put<InspectionPlanDetail>(`/inspections/plans/${id}`, body),
  closePlan: (id: string, version: number) =>
    http.post<InspectionPlanDetail>(`/inspections/plans/${id}/close`, { version }),

  checklists: (includeArchived = false) =>
    http.get<Checklist[]>('/inspections/checklists', { includeArchived: includeArchived || undefined }),
  createChecklist: (body: ChecklistCreateBody) => http.post<Checklist>('/inspections/checklists', body),
  updateChecklist: (id: string, body: ChecklistUpdateBody) =>
    http.put<Checklist>(`/inspections/checklists/${id}`, body),
  copyChecklist: (id: string) => http.post<Checklist>(`/inspections/checklists/${id}/copy`),
  archiveChecklist: (id: string, version: number) =>
    http.post<Checklist>(`/inspections/checklists/${id}/archive`, { version }),
};

/** The address that shows a stored photo. */
export function photoUrl(fileId: string): string {
  return `/api/v1/files/${fileId}`;
}
