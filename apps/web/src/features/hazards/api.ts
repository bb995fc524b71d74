import type {
  DeadlineBody,
  HazardCreateBody,
  HazardDetail,
  HazardListQuery,
  HazardPage,
  NoticeCreateBody,
  NoticeListQuery,
  NoticePage,
  RectificationBody,
  RectificationNotice,
  ReinspectionBody,
  RemediationPlanBody,
  SafetyAgreement,
  SafetyAgreementCreateBody,
  SafetyAgreementListQuery,
  SafetyAgreementUpdateBody,
  SafetyAgreementYear,
  SupervisionBody,
} from '@kaifaqu/contracts';
import { downloadFile } from '../../shared/download';
import { http } from '../../shared/http';

/** Calls of the hazard loop (隐患整改闭环), notices (整改通知书) and safety agreements (安全生产责任书). */
export const hazardsApi = {
  list: (query: HazardListQuery) => http.get<HazardPage>('/hazards', { ...query }),
  get: (id: string) => http.get<HazardDetail>(`/hazards/${id}`),
  create: (body: HazardCreateBody) => http.post<HazardDetail>('/hazards', body),
  rectify: (id: string, body: RectificationBody) =>
    http.post<HazardDetail>(`/hazards/${id}/rectifications`, body),
  reinspect: (id: string, body: ReinspectionBody) =>
    http.post<HazardDetail>(`/hazards/${id}/reinspection`, body),
  plan: (id: string, body: RemediationPlanBody) => http.put<HazardDetail>(`/hazards/${id}/plan`, body),
  supervise: (id: string, body: SupervisionBody) =>
    http.post<HazardDetail>(`/hazards/${id}/supervision`, body),
  deadline: (id: string, body: DeadlineBody) => http.put<HazardDetail>(`/hazards/${id}/deadline`, body),

  notices: (query: NoticeListQuery) => http.get<NoticePage>('/rectification-notices', { ...query }),
  issueNotice: (body: NoticeCreateBody) => http.post<RectificationNotice>('/rectification-notices', body),
  downloadNotice: (notice: RectificationNotice) =>
    downloadFile(`/rectification-notices/${notice.id}/document`, `隐患整改通知书-${notice.number}.docx`),

  agreements: (query: SafetyAgreementListQuery) =>
    http.get<SafetyAgreementYear>('/safety-agreements', { ...query }),
  createAgreement: (body: SafetyAgreementCreateBody) =>
    http.post<SafetyAgreement>('/safety-agreements', body),
  updateAgreement: (id: string, body: SafetyAgreementUpdateBody) =>
    http.put<SafetyAgreement>(`/safety-agreements/${id}`, body),
  deleteAgreement: (id: string) => http.delete<void>(`/safety-agreements/${id}`),
};
