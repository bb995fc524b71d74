import type {
  Enterprise,
  EnterpriseContactBody,
  EnterpriseCounts,
  EnterpriseCreateBody,
  EnterpriseExportQuery,
  EnterpriseFile,
  EnterpriseListQuery,
  EnterpriseStatusBody,
  EnterpriseUpdateBody,
  FileMeta,
  ImportProblem,
  ImportResult,
  Industry,
  LeadingIndustry,
  LiaisonCandidate,
  Qualification,
  QualificationBody,
} from '@kaifaqu/contracts';
import { ImportErrorCode } from '@kaifaqu/contracts';
import { downloadFile } from '../../shared/download';
import { http } from '../../shared/http';
import { UploadError, uploadWithProgress, type ProgressHandler } from '../../shared/upload';

/** A page of enterprises. */
export interface EnterprisePage {
  items: Enterprise[];
  total: number;
}

/** The rows an import refused (IMPORT_INVALID), or null when the error is of another kind. */
export function importProblemsOf(error: unknown): ImportProblem[] | null {
  if (!(error instanceof UploadError) || error.code !== ImportErrorCode.rowsInvalid) return null;
  const problems = (error.body as { problems?: ImportProblem[] } | undefined)?.problems;
  return Array.isArray(problems) ? problems : [];
}

/** Calls of the enterprise registry: list, 一企一档, lifecycle, qualifications, dictionaries, Excel. */
export const enterprisesApi = {
  /** Enterprises matching the filters, one page. */
  list: (query: EnterpriseListQuery) => http.get<EnterprisePage>('/enterprises', { ...query }),
  /** One enterprise (404 outside the caller's scope). */
  get: (id: string) => http.get<Enterprise>(`/enterprises/${id}`),
  /** 一企一档: profile, qualifications, history, attachments and other modules' sections. */
  file: (id: string) => http.get<EnterpriseFile>(`/enterprises/${id}/file`),
  /** Registers an enterprise. */
  create: (body: EnterpriseCreateBody) => http.post<Enterprise>('/enterprises', body),
  /** Changes an enterprise's profile. */
  update: (id: string, body: EnterpriseUpdateBody) => http.put<Enterprise>(`/enterprises/${id}`, body),
  /** Moves an enterprise along its lifecycle; an illegal move answers 409 INVALID_TRANSITION. */
  changeStatus: (id: string, body: EnterpriseStatusBody) =>
    http.post<Enterprise>(`/enterprises/${id}/status`, body),
  /** The enterprise's own user changes its contact fields. */
  updateContact: (id: string, body: EnterpriseContactBody) =>
    http.put<Enterprise>(`/enterprises/${id}/contact`, body),
  /** Adds a qualification. */
  addQualification: (id: string, body: QualificationBody) =>
    http.post<Qualification>(`/enterprises/${id}/qualifications`, body),
  /** Revokes a qualification (the row is kept). */
  revokeQualification: (id: string, qualificationId: string, version: number) =>
    http.post<undefined>(`/enterprises/${id}/qualifications/${qualificationId}/revoke`, { version }),
  /** The headline counts on a date, optionally grouped. */
  counts: (asOf: string, groupBy: 'none' | 'subPark' | 'industry' = 'none') =>
    http.get<EnterpriseCounts[]>('/enterprises/counts', { asOf, groupBy }),
  /** The GB/T 4754-2017 table. */
  industries: () => http.get<Industry[]>('/industries'),
  /** The zone's leading industries (主导产业). */
  leadingIndustries: () => http.get<LeadingIndustry[]>('/leading-industries'),
  liaisonCandidates: () => http.get<LiaisonCandidate[]>('/enterprises/liaison-candidates'),
  /** Saves the import template. */
  downloadTemplate: () => downloadFile('/enterprises/import-template', '企业导入模板.xlsx'),
  /** Saves the list under the given filters as Excel. */
  downloadExport: (query: EnterpriseExportQuery) =>
    downloadFile('/enterprises/export', '企业名录.xlsx', { ...query }),
  /** Imports an Excel file, reporting upload progress; nothing is written unless every row passes. */
  importFile: (file: File, onProgress?: ProgressHandler) => {
    const form = new FormData();
    form.append('file', file);
    return uploadWithProgress<ImportResult>('/enterprises/import', form, onProgress);
  },
  /** Attaches a file to an enterprise. */
  uploadAttachment: (file: File, enterpriseId: string, subParkId: string | null) => {
    const form = new FormData();
    form.append('enterpriseId', enterpriseId);
    if (subParkId) form.append('subParkId', subParkId);
    form.append('file', file);
    return http.upload<FileMeta>('/files', form);
  },
};

/** The address that downloads an attachment. */
export function attachmentUrl(fileId: string): string {
  return `/api/v1/files/${fileId}`;
}
