import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ReportForm,
  ReportListQuery,
  ReportReturnBody,
  ReportRevisionBody,
  ReportSaveBody,
} from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import type { ProgressHandler } from '../../shared/upload';
import { reportingApi } from './api';

/** Query keys of monthly reporting; everything under `reporting` is refreshed after a change. */
export const reportingKeys = {
  all: ['reporting'] as const,
  tasks: (year: number | undefined) => ['reporting', 'tasks', year ?? 'all'] as const,
  task: (id: string) => ['reporting', 'task', id] as const,
  reports: (query: ReportListQuery) => ['reporting', 'reports', query] as const,
  report: (id: string) => ['reporting', 'report', id] as const,
  revisions: (id: string) => ['reporting', 'revisions', id] as const,
};

/** The tasks of a year (all years when undefined), with progress counts. */
export function useReportTasks(year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: reportingKeys.tasks(year),
    queryFn: () => reportingApi.tasks(year),
    enabled,
  });
}

/** One task with its counts by status. */
export function useReportTask(id: string) {
  return useQuery({ queryKey: reportingKeys.task(id), queryFn: () => reportingApi.task(id) });
}

/** One page of reports; the previous page stays on screen while the next loads. */
export function useReports(query: ReportListQuery, enabled = true) {
  return useQuery({
    queryKey: reportingKeys.reports(query),
    queryFn: () => reportingApi.reports(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One report with its form lines. */
export function useReport(id: string | null) {
  return useQuery({
    queryKey: reportingKeys.report(id ?? ''),
    queryFn: () => reportingApi.report(id ?? ''),
    enabled: Boolean(id),
  });
}

/** The recorded corrections of a report, loaded only when it has any. */
export function useReportRevisions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: reportingKeys.revisions(id),
    queryFn: () => reportingApi.revisions(id),
    enabled,
  });
}

/**
 * The changes of reports. Each success puts the answered form in the cache and refreshes the lists;
 * a stale version (409) or a vanished report refetches them.
 */
export function useReportMutations() {
  const client = useQueryClient();
  const options = {
    onSuccess: (form: ReportForm) => {
      client.setQueryData(reportingKeys.report(form.id), form);
      void client.invalidateQueries({
        queryKey: reportingKeys.all,
        predicate: (q) => q.queryKey[1] !== 'report',
      });
    },
    onError: (error: unknown) => refetchIfStale(client, reportingKeys.all, error),
  };
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ReportSaveBody }) => reportingApi.save(id, body),
      ...options,
    }),
    submit: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ReportSaveBody }) => reportingApi.submit(id, body),
      ...options,
    }),
    approve: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) => reportingApi.approve(id, version),
      ...options,
    }),
    returnReport: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ReportReturnBody }) =>
        reportingApi.returnReport(id, body),
      ...options,
    }),
    revise: useMutation({
      mutationFn: ({ id, body }: { id: string; body: ReportRevisionBody }) => reportingApi.revise(id, body),
      ...options,
    }),
  };
}

/** Runs the checks on the form's values without saving (校验). */
export function useCheckReport() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReportSaveBody }) => reportingApi.check(id, body),
  });
}

/** Opens a task; the task lists refresh. */
export function useCreateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: reportingApi.createTask,
    onSuccess: () => client.invalidateQueries({ queryKey: reportingKeys.all }),
  });
}

/** Imports a month's values of a task with upload progress; a success refreshes reporting. */
export function useImportReports(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: ProgressHandler }) =>
      reportingApi.importFile(taskId, file, onProgress),
    onSuccess: () => client.invalidateQueries({ queryKey: reportingKeys.all }),
  });
}
