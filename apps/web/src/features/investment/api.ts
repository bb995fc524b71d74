import type {
  InvestmentActivity,
  InvestmentActivityCreateBody,
  InvestmentActivityListQuery,
  InvestmentActivityUpdateBody,
  InvestmentAgent,
  InvestmentAgentCreateBody,
  InvestmentAgentDetail,
  InvestmentAgentListQuery,
  InvestmentAgentUpdateBody,
  Investor,
  InvestorCreateBody,
  InvestorDetail,
  InvestorListQuery,
  InvestorUpdateBody,
  Lead,
  LeadCreateBody,
  LeadDropBody,
  LeadListQuery,
  LeadUpdateBody,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** A page of a list with its total. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

/** Calls of the investment module: investors (客商), agents, leads (线索) and activities. */
export const investmentApi = {
  investors: (query: InvestorListQuery) => http.get<PageOf<Investor>>('/investors', query),
  investor: (id: string) => http.get<InvestorDetail>(`/investors/${id}`),
  createInvestor: (body: InvestorCreateBody) => http.post<Investor>('/investors', body),
  updateInvestor: (id: string, body: InvestorUpdateBody) => http.put<Investor>(`/investors/${id}`, body),
  deleteInvestor: (id: string, version: number) => http.delete<void>(`/investors/${id}?version=${version}`),

  agents: (query: InvestmentAgentListQuery) => http.get<PageOf<InvestmentAgent>>('/investment-agents', query),
  agent: (id: string) => http.get<InvestmentAgentDetail>(`/investment-agents/${id}`),
  createAgent: (body: InvestmentAgentCreateBody) => http.post<InvestmentAgent>('/investment-agents', body),
  updateAgent: (id: string, body: InvestmentAgentUpdateBody) =>
    http.put<InvestmentAgent>(`/investment-agents/${id}`, body),

  leads: (query: LeadListQuery) => http.get<PageOf<Lead>>('/leads', query),
  createLead: (body: LeadCreateBody) => http.post<Lead>('/leads', body),
  updateLead: (id: string, body: LeadUpdateBody) => http.put<Lead>(`/leads/${id}`, body),
  dropLead: (id: string, body: LeadDropBody) => http.post<Lead>(`/leads/${id}/drop`, body),

  activities: (query: InvestmentActivityListQuery) =>
    http.get<PageOf<InvestmentActivity>>('/investment-activities', query),
  activity: (id: string) => http.get<InvestmentActivity>(`/investment-activities/${id}`),
  createActivity: (body: InvestmentActivityCreateBody) =>
    http.post<InvestmentActivity>('/investment-activities', body),
  updateActivity: (id: string, body: InvestmentActivityUpdateBody) =>
    http.put<InvestmentActivity>(`/investment-activities/${id}`, body),
  deleteActivity: (id: string, version: number) =>
    http.delete<void>(`/investment-activities/${id}?version=${version}`),
};
