import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ChecklistUpdateBody,
  InspectionDetail,
  InspectionItemCreateBody,
  InspectionItemUpdateBody,
  InspectionListQuery,
  InspectionPlanListQuery,
  InspectionPlanUpdateBody,
  InspectionUpdateBody,
} from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { inspectionsApi } from './api';

/** Query keys of the inspection module; everything under `inspections` is refreshed after a change. */
export const inspectionKeys = {
  all: ['inspections'] as const,
  list: (query: InspectionListQuery) => ['inspections', 'list', query] as const,
  detail: (id: string) => ['inspections', 'detail', id] as const,
  plans: (query: InspectionPlanListQuery) => ['inspections', 'plans', query] as const,
  plan: (id: string) => ['inspections', 'plan', id] as const,
  checklists: (includeArchived: boolean) => ['inspections', 'checklists', includeArchived] as const,
};

/** A page of inspections; the last answer stays while the next loads. */
export function useInspections(query: InspectionListQuery) {
  return useQuery({
    queryKey: inspectionKeys.list(query),
    queryFn: () => inspectionsApi.list(query),
    placeholderData: keepPreviousData,
  });
}

/** One inspection with items and hazards. */
export function useInspection(id: string) {
  return useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => inspectionsApi.get(id) });
}

/** A page of plans with progress. */
export function usePlans(query: InspectionPlanListQuery, enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.plans(query),
    queryFn: () => inspectionsApi.plans(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One plan with its enterprises. */
export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.plan(id ?? ''),
    queryFn: () => inspectionsApi.plan(id!),
    enabled: !!id,
  });
}

/** The checklist templates. */
export function useChecklists(includeArchived = false) {
  return useQuery({
    queryKey: inspectionKeys.checklists(includeArchived),
    queryFn: () => inspectionsApi.checklists(includeArchived),
    staleTime: 60_000,
  });
}

/** A mutation that refreshes the module after success and refetches on a stale version. */
function useModuleMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all }),
    onError: (error) => refetchIfStale(client, inspectionKeys.all, error),
  });
}

export const useCreateInspection = () => useModuleMutation(inspectionsApi.create);
export const useUpdateInspection = () =>
  useModuleMutation(({ id, body }: { id: string; body: InspectionUpdateBody }) =>
    inspectionsApi.update(id, body),
  );
export const useAddItem = () =>
  useModuleMutation(({ id, body }: { id: string; body: InspectionItemCreateBody }) =>
    inspectionsApi.addItem(id, body),
  );
export const useCompleteInspection = () =>
  useModuleMutation(({ id, version }: { id: string; version: number }) =>
    inspectionsApi.complete(id, version),
  );

/** Saves one item and puts the answer into the cached inspection at once (no full refetch on a phone). */
export function useUpdateItem(inspectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: InspectionItemUpdateBody }) =>
      inspectionsApi.updateItem(inspectionId, itemId, body),
    onSuccess: (item) =>
      client.setQueryData<InspectionDetail>(inspectionKeys.detail(inspectionId), (old) =>
        old ? { ...old, items: old.items.map((i) => (i.id === item.id ? item : i)) } : old,
      ),
    onError: (error) => refetchIfStale(client, inspectionKeys.detail(inspectionId), error),
  });
}

export const useCreatePlan = () => useModuleMutation(inspectionsApi.createPlan);
export const useUpdatePlan = () =>
  useModuleMutation(({ id, body }: { id: string; body: InspectionPlanUpdateBody }) =>
    inspectionsApi.updatePlan(id, body),
  );
export const useClosePlan = () =>
  useModuleMutation(({ id, version }: { id: string; version: number }) =>
    inspectionsApi.closePlan(id, version),
  );

export const useCreateChecklist = () => useModuleMutation(inspectionsApi.createChecklist);
export const useUpdateChecklist = () =>
  useModuleMutation(({ id, body }: { id: string; body: ChecklistUpdateBody }) =>
    inspectionsApi.updateChecklist(id, body),
  );
export const useCopyChecklist = () => useModuleMutation(inspectionsApi.copyChecklist);
export const useArchiveChecklist = () =>
  useModuleMutation(({ id, version }: { id: string; version: number }) =>
    inspectionsApi.archiveChecklist(id, version),
  );
