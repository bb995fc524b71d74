import type {
  AgreementBody,
  AgreementUpdateBody,
  FundsUpsertBody,
  Investor,
  Project,
  ProjectAgreement,
  ProjectCreateBody,
  ProjectDetail,
  ProjectEnterpriseLinkBody,
  ProjectFunds,
  ProjectListQuery,
  ProjectUpdateBody,
  StageTransitionBody,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** Calls of the projects module (项目库). */
export const projectsApi = {
  list: (query: ProjectListQuery) => http.get<{ items: Project[]; total: number }>('/projects', query),
  get: (id: string) => http.get<ProjectDetail>(`/projects/${id}`),
  create: (body: ProjectCreateBody) => http.post<ProjectDetail>('/projects', body),
  update: (id: string, body: ProjectUpdateBody) => http.put<ProjectDetail>(`/projects/${id}`, body),
  moveStage: (id: string, body: StageTransitionBody) =>
    http.post<ProjectDetail>(`/projects/${id}/stage`, body),
  linkEnterprise: (id: string, body: ProjectEnterpriseLinkBody) =>
    http.post<ProjectDetail>(`/projects/${id}/enterprise`, body),
  createAgreement: (id: string, body: AgreementBody) =>
    http.post<ProjectAgreement>(`/projects/${id}/agreements`, body),
  updateAgreement: (id: string, agreementId: string, body: AgreementUpdateBody) =>
    http.put<ProjectAgreement>(`/projects/${id}/agreements/${agreementId}`, body),
  deleteAgreement: (id: string, agreementId: string, version: number) =>
    http.delete<void>(`/projects/${id}/agreements/${agreementId}?version=${version}`),
  upsertFunds: (id: string, body: FundsUpsertBody) => http.put<ProjectFunds>(`/projects/${id}/funds`, body),
  deleteFunds: (id: string, fundsId: string) => http.delete<void>(`/projects/${id}/funds/${fundsId}`),
  /** The investor pick list (客商库 of the investment module). */
  investors: () => http.get<{ items: Investor[]; total: number }>('/investors', { pageSize: 200 }),
};
