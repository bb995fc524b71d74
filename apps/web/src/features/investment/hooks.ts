import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type {
  InvestmentActivityListQuery,
  InvestmentAgentListQuery,
  InvestorListQuery,
  LeadListQuery,
} from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { investmentApi } from './api';

/** Query keys; every change refreshes everything under `investment` (records refer to each other). */
export const investmentKeys = {
  all: ['investment'] as const,
  investors: (q: InvestorListQuery) => ['investment', 'investors', q] as const,
  investor: (id: string) => ['investment', 'investor', id] as const,
  agents: (q: InvestmentAgentListQuery) => ['investment', 'agents', q] as const,
  agent: (id: string) => ['investment', 'agent', id] as const,
  leads: (q: LeadListQuery) => ['investment', 'leads', q] as const,
  activities: (q: InvestmentActivityListQuery) => ['investment', 'activities', q] as const,
  activity: (id: string) => ['investment', 'activity', id] as const,
};

/** A page of investors; the last answer stays while the next loads. */
export function useInvestors(query: InvestorListQuery, enabled = true) {
  return useQuery({
    queryKey: investmentKeys.investors(query),
    queryFn: () => investmentApi.investors(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One investor with its leads, projects and activities. */
export function useInvestor(id: string | undefined) {
  return useQuery({
    queryKey: investmentKeys.investor(id ?? ''),
    queryFn: () => investmentApi.investor(id ?? ''),
    enabled: Boolean(id),
  });
}

/** A page of agents with what each brought. */
export function useAgents(query: InvestmentAgentListQuery, enabled = true) {
  return useQuery({
    queryKey: investmentKeys.agents(query),
    queryFn: () => investmentApi.agents(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One agent with the leads and projects it brought. */
export function useAgent(id: string | undefined) {
  return useQuery({
    queryKey: investmentKeys.agent(id ?? ''),
    queryFn: () => investmentApi.agent(id ?? ''),
    enabled: Boolean(id),
  });
}

/** A page of leads. */
export function useLeads(query: LeadListQuery) {
  return useQuery({
    queryKey: investmentKeys.leads(query),
    queryFn: () => investmentApi.leads(query),
    placeholderData: keepPreviousData,
  });
}

/** A page of activities, newest first. */
export function useActivities(query: InvestmentActivityListQuery) {
  return useQuery({
    queryKey: investmentKeys.activities(query),
    queryFn: () => investmentApi.activities(query),
    placeholderData: keepPreviousData,
  });
}

/** One activity; an event with the projects signed there. */
export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: investmentKeys.activity(id ?? ''),
    queryFn: () => investmentApi.activity(id ?? ''),
    enabled: Boolean(id),
  });
}

/** A write of the module: refreshes every investment query, and a stale record on 409. */
function useInvestmentMutation<V, R>(mutationFn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  const key: QueryKey = investmentKeys.all;
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
    onError: (error) => refetchIfStale(client, key, error),
  });
}

type Versioned<B> = { id: string; body: B };

/** Records an investor. */
export const useCreateInvestor = () => useInvestmentMutation(investmentApi.createInvestor);
/** Changes an investor. */
export const useUpdateInvestor = () =>
  useInvestmentMutation(({ id, body }: Versioned<Parameters<typeof investmentApi.updateInvestor>[1]>) =>
    investmentApi.updateInvestor(id, body),
  );
/** Deletes an unreferenced investor. */
export const useDeleteInvestor = () =>
  useInvestmentMutation(({ id, version }: { id: string; version: number }) =>
    investmentApi.deleteInvestor(id, version),
  );
/** Records an agent. */
export const useCreateAgent = () => useInvestmentMutation(investmentApi.createAgent);
/** Changes an agent. */
export const useUpdateAgent = () =>
  useInvestmentMutation(({ id, body }: Versioned<Parameters<typeof investmentApi.updateAgent>[1]>) =>
    investmentApi.updateAgent(id, body),
  );
/** Records a lead. */
export const useCreateLead = () => useInvestmentMutation(investmentApi.createLead);
/** Changes a lead. */
export const useUpdateLead = () =>
  useInvestmentMutation(({ id, body }: Versioned<Parameters<typeof investmentApi.updateLead>[1]>) =>
    investmentApi.updateLead(id, body),
  );
/** Gives up a lead. */
export const useDropLead = () =>
  useInvestmentMutation(({ id, body }: Versioned<Parameters<typeof investmentApi.dropLead>[1]>) =>
    investmentApi.dropLead(id, body),
  );
/** Records an activity. */
export const useCreateActivity = () => useInvestmentMutation(investmentApi.createActivity);
/** Changes an activity. */
export const useUpdateActivity = () =>
  useInvestmentMutation(({ id, body }: Versioned<Parameters<typeof investmentApi.updateActivity>[1]>) =>
    investmentApi.updateActivity(id, body),
  );
/** Deletes an activity recorded by mistake. */
export const useDeleteActivity = () =>
  useInvestmentMutation(({ id, version }: { id: string; version: number }) =>
    investmentApi.deleteActivity(id, version),
  );
