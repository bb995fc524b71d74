import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoordinationIssueListQuery } from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { schedulingApi } from './api';

/** Query keys of the scheduling module; everything under `scheduling` is refreshed after a change. */
export const schedulingKeys = {
  all: ['scheduling'] as const,
  overview: ['scheduling', 'overview'] as const,
  milestones: (id: string) => ['scheduling', 'milestones', id] as const,
  progress: (id: string) => ['scheduling', 'progress', id] as const,
  funding: (id: string) => ['scheduling', 'funding', id] as const,
  projectIssues: (id: string) => ['scheduling', 'project-issues', id] as const,
  issues: (query: CoordinationIssueListQuery) => ['scheduling', 'issues', query] as const,
  meetings: ['scheduling', 'meetings'] as const,
  meeting: (id: string) => ['scheduling', 'meeting', id] as const,
  projectOptions: (q: string) => ['scheduling', 'project-options', q] as const,
};

/** Key projects with their overdue counts (项目调度). */
export function useSchedulingOverview() {
  return useQuery({ queryKey: schedulingKeys.overview, queryFn: schedulingApi.overview });
}

/** The milestones of a project. */
export function useMilestones(projectId: string) {
  return useQuery({
    queryKey: schedulingKeys.milestones(projectId),
    queryFn: () => schedulingApi.milestones(projectId),
  });
}

/** The monthly progress reports of a project. */
export function useProgressReports(projectId: string) {
  return useQuery({
    queryKey: schedulingKeys.progress(projectId),
    queryFn: () => schedulingApi.progress(projectId),
  });
}

/** The funding sources of a government works project. */
export function useFunding(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: schedulingKeys.funding(projectId),
    queryFn: () => schedulingApi.funding(projectId),
    enabled,
  });
}

/** The coordination issues of a project. */
export function useProjectIssues(projectId: string) {
  return useQuery({
    queryKey: schedulingKeys.projectIssues(projectId),
    queryFn: () => schedulingApi.projectIssues(projectId),
  });
}

/** Coordination issues matching filters (the 督办 list); the last answer stays while the next loads. */
export function useIssues(query: CoordinationIssueListQuery) {
  return useQuery({
    queryKey: schedulingKeys.issues(query),
    queryFn: () => schedulingApi.issues(query),
    placeholderData: keepPreviousData,
  });
}

/** Scheduling meetings. */
export function useMeetings() {
  return useQuery({ queryKey: schedulingKeys.meetings, queryFn: schedulingApi.meetings });
}

/** One meeting with its issues. */
export function useMeeting(id: string | null) {
  return useQuery({
    queryKey: schedulingKeys.meeting(id ?? ''),
    queryFn: () => schedulingApi.meeting(id!),
    enabled: id !== null,
  });
}

/** Projects to pick a decision's project from. */
export function useProjectOptions(q: string) {
  return useQuery({
    queryKey: schedulingKeys.projectOptions(q),
    queryFn: () => schedulingApi.projectOptions(q),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** A change of scheduling data: on success (or a stale version) everything of the module is reloaded. */
export function useSchedulingMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: schedulingKeys.all }),
    onError: (error) => refetchIfStale(client, schedulingKeys.all, error),
  });
}
