import type {
  ReportForm,
  ReportListItem,
  ReportListQuery,
  ReportReturnBody,
  ReportRevision,
  ReportRevisionBody,
  ReportSaveBody,
  ReportCheck,
  ReportImportResult,
  ReportTask,
  ReportTaskCreateBody,
} from '@kaifaqu/contracts';
import { downloadFile } from '../../shared/download';
import { http } from '../../shared/http';
import { uploadWithProgress, type ProgressHandler } from '../../shared/upload';

/** A page of reports. */
export interface ReportPage {
  items: ReportListItem[];
  total: number;
}

/** Calls of monthly reporting: tasks, the enterprise's form, review, revisions and the Excel of a month. */
export const reportingApi = {
  /** The tasks of a year, with their reports counted by status. */
  tasks: (year?: number) => http.get<ReportTask[]>('/report-tasks', { year }),
  /** One task with its counts. */
  task: (id: string) => http.get<ReportTask>(`/report-tasks/${id}`),
  /** Opens a task for the enterprises of a category (409 when the period and category have one). */
  createTask: (body: ReportTaskCreateBody) => http.post<ReportTask>('/report-tasks', body),
  /** Reports matching the filters, one page; an enterprise user gets only its own. */
  reports: (query: ReportListQuery) => http.get<ReportPage>('/reports', { ...query }),
  /** One report with its form lines, explanations and current findings. */
  report: (id: string) => http.get<ReportForm>(`/reports/${id}`),
  /** Saves the form as a draft. */
  save: (id: string, body: ReportSaveBody) => http.put<ReportForm>(`/reports/${id}`, body),
  /** Runs the checks on the given values without saving them. */
  check: (id: string, body: ReportSaveBody) => http.post<ReportCheck[]>(`/reports/${id}/check`, body),
  /** Saves and submits; failing checks answer 422 REPORT_CHECKS_FAILED with one detail per finding. */
  submit: (id: string, body: ReportSaveBody) => http.post<ReportForm>(`/reports/${id}/submit`, body),
  /** Approves a submitted report, which locks it. */
  approve: (id: string, version: number) => http.post<ReportForm>(`/reports/${id}/approve`, { version }),
  /** Sends a submitted report back to the enterprise with the reason. */
  returnReport: (id: string, body: ReportReturnBody) => http.post<ReportForm>(`/reports/${id}/return`, body),
  /** Records a correction of an approved report with its reason. */
  revise: (id: string, body: ReportRevisionBody) => http.post<ReportForm>(`/reports/${id}/revisions`, body),
  /** The recorded corrections of a report. */
  revisions: (id: string) => http.get<ReportRevision[]>(`/reports/${id}/revisions`),
  /** Saves the Excel template of a task, one row per enterprise. */
  downloadTemplate: (taskId: string, fileName: string) =>
    downloadFile(`/report-tasks/${taskId}/template.xlsx`, fileName),
  /** Imports a filled template with upload progress; nothing is written unless every row passes. */
  importFile: (taskId: string, file: File, onProgress?: ProgressHandler) => {
    const form = new FormData();
    form.append('file', file);
    return uploadWithProgress<ReportImportResult>(`/report-tasks/${taskId}/import`, form, onProgress);
  },
};
