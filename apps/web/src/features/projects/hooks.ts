import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgreementBody,
  AgreementUpdateBody,
  FundsUpsertBody,
  ProjectEnterpriseLinkBody,
  ProjectListQuery,
  ProjectUpdateBody,
  StageTransitionBody,
} from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { projectsApi } from './api';

/** Query keys of the projects module; everything under `projects` is refreshed after a change. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (query: ProjectListQuery) => ['projects', 'list', query] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  investors: ['projects', 'investors'] as const,
};

/** A page of projects; the last answer stays while the next loads. */
export function useProjects(query: ProjectListQuery) {
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: () => projectsApi.list(query),
    placeholderData: keepPreviousData,
  });
}

/** One project with its history, agreements and funds. */
export function useProject(id: string) {
  return useQuery({ queryKey: projectKeys.detail(id), queryFn: () => projectsApi.get(id) });
}

/** Investors to pick from; fails quietly when the investment module is not there or not readable. */
export function useInvestors(enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.investors,
    queryFn: projectsApi.investors,
    enabled,
    retry: false,
    staleTime: 60_000,
  });
}

function useProjectMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.all }),
    onError: (error) => refetchIfStale(client, projectKeys.all, error),
  });
}

/** Every write of the module, each refreshing the module's queries. */
export function useProjectMutations() {
  return {
    create: useProjectMutation(projectsApi.create),
    update: useProjectMutation(({ id, body }: { id: string; body: ProjectUpdateBody }) =>
      projectsApi.update(id, body),
    ),
    moveStage: useProjectMutation(({ id, body }: { id: string; body: StageTransitionBody }) =>
      projectsApi.moveStage(id, body),
    ),
    linkEnterprise: useProjectMutation(({ id, body }: { id: string; body: ProjectEnterpriseLinkBody }) =>
      projectsApi.linkEnterprise(id, body),
    ),
    createAgreement: useProjectMutation(({ id, body }: { id: string; body: AgreementBody }) =>
      projectsApi.createAgreement(id, body),
    ),
    updateAgreement: useProjectMutation(
      ({ id, agreementId, body }: { id: string; agreementId: string; body: AgreementUpdateBody }) =>
        projectsApi.updateAgreement(id, agreementId, body),
    ),
    deleteAgreement: useProjectMutation(
      ({ id, agreementId, version }: { id: string; agreementId: string; version: number }) =>
        projectsApi.deleteAgreement(id, agreementId, version),
    ),
    upsertFunds: useProjectMutation(({ id, body }: { id: string; body: FundsUpsertBody }) =>
      projectsApi.upsertFunds(id, body),
    ),
    deleteFunds: useProjectMutation(({ id, fundsId }: { id: string; fundsId: string }) =>
      projectsApi.deleteFunds(id, fundsId),
    ),
  };
}
