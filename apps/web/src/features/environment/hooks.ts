import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AlarmAcknowledgeBody,
  AlarmHazardBody,
  DischargePermitListQuery,
  DischargePermitUpdateBody,
  MonitoringAlarmListQuery,
  MonitoringStationUpdateBody,
  ReadingSeriesQuery,
} from '@kaifaqu/contracts';
import { refetchIfStale } from '../../shared/query';
import { environmentApi } from './api';

/** Query keys of the environment module; a change refreshes everything under its branch. */
export const environmentKeys = {
  permits: ['environment', 'permits'] as const,
  permitList: (query: DischargePermitListQuery) => ['environment', 'permits', query] as const,
  monitoring: ['environment', 'monitoring'] as const,
  stations: ['environment', 'monitoring', 'stations'] as const,
  readings: (id: string, query: ReadingSeriesQuery) =>
    ['environment', 'monitoring', 'readings', id, query] as const,
  alarms: (query: MonitoringAlarmListQuery) => ['environment', 'monitoring', 'alarms', query] as const,
};

/** Permits in scope. */
export function usePermits(query: DischargePermitListQuery) {
  return useQuery({
    queryKey: environmentKeys.permitList(query),
    queryFn: () => environmentApi.permits(query),
    placeholderData: keepPreviousData,
  });
}

/** Registers a permit. */
export function useCreatePermit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: environmentApi.createPermit,
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.permits }),
  });
}

/** Corrects or renews a permit. */
export function useUpdatePermit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DischargePermitUpdateBody }) =>
      environmentApi.updatePermit(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.permits }),
    onError: (error) => refetchIfStale(client, environmentKeys.permits, error),
  });
}

/** Revokes a permit. */
export function useRevokePermit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      environmentApi.revokePermit(id, version),
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.permits }),
    onError: (error) => refetchIfStale(client, environmentKeys.permits, error),
  });
}

/** Stations with their latest readings; refreshed every minute while shown. */
export function useStations() {
  return useQuery({
    queryKey: environmentKeys.stations,
    queryFn: environmentApi.stations,
    refetchInterval: 60_000,
  });
}

/** A station's series. */
export function useReadings(id: string, query: ReadingSeriesQuery) {
  return useQuery({
    queryKey: environmentKeys.readings(id, query),
    queryFn: () => environmentApi.readings(id, query),
    placeholderData: keepPreviousData,
  });
}

/** Registers a station. */
export function useCreateStation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: environmentApi.createStation,
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.monitoring }),
  });
}

/** Edits a station and its limits. */
export function useUpdateStation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MonitoringStationUpdateBody }) =>
      environmentApi.updateStation(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.monitoring }),
    onError: (error) => refetchIfStale(client, environmentKeys.monitoring, error),
  });
}

/** Replaces a station's key. */
export function useRotateKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => environmentApi.rotateKey(id, version),
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.stations }),
    onError: (error) => refetchIfStale(client, environmentKeys.monitoring, error),
  });
}

/** Alarms; refreshed every minute while shown. */
export function useAlarms(query: MonitoringAlarmListQuery) {
  return useQuery({
    queryKey: environmentKeys.alarms(query),
    queryFn: () => environmentApi.alarms(query),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** Acknowledges an alarm. */
export function useAcknowledgeAlarm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AlarmAcknowledgeBody }) =>
      environmentApi.acknowledge(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.monitoring }),
    onError: (error) => refetchIfStale(client, environmentKeys.monitoring, error),
  });
}

/** Turns an alarm into a hazard. */
export function useRaiseHazard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AlarmHazardBody }) => environmentApi.raiseHazard(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: environmentKeys.monitoring }),
    onError: (error) => refetchIfStale(client, environmentKeys.monitoring, error),
  });
}
