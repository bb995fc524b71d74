import type {
  AlarmAcknowledgeBody,
  AlarmHazardBody,
  DischargePermit,
  DischargePermitCreateBody,
  DischargePermitListQuery,
  DischargePermitUpdateBody,
  MonitoringAlarm,
  MonitoringAlarmListQuery,
  MonitoringStation,
  MonitoringStationCreateBody,
  MonitoringStationUpdateBody,
  MonitoringStationWithKey,
  ReadingSeries,
  ReadingSeriesQuery,
} from '@kaifaqu/contracts';
import { http } from '../../shared/http';

/** Calls of the environment module: permits (排污许可), monitoring stations, readings and alarms. */
export const environmentApi = {
  /** Permits in the caller's scope, soonest end first. */
  permits: (query: DischargePermitListQuery) =>
    http.get<DischargePermit[]>('/discharge-permits', { ...query }),
  /** Registers a permit. */
  createPermit: (body: DischargePermitCreateBody) => http.post<DischargePermit>('/discharge-permits', body),
  /** Corrects or renews a permit. */
  updatePermit: (id: string, body: DischargePermitUpdateBody) =>
    http.put<DischargePermit>(`/discharge-permits/${id}`, body),
  /** Revokes (注销) a permit. */
  revokePermit: (id: string, version: number) =>
    http.post<DischargePermit>(`/discharge-permits/${id}/revoke`, { version }),
  /** Stations with limits, latest readings and open alarm counts. */
  stations: () => http.get<MonitoringStation[]>('/monitoring-stations'),
  /** Registers a station; the answer carries its key, shown once. */
  createStation: (body: MonitoringStationCreateBody) =>
    http.post<MonitoringStationWithKey>('/monitoring-stations', body),
  /** Edits a station and its limits. */
  updateStation: (id: string, body: MonitoringStationUpdateBody) =>
    http.put<MonitoringStation>(`/monitoring-stations/${id}`, body),
  /** Replaces a station's key; the new key is shown once. */
  rotateKey: (id: string, version: number) =>
    http.post<MonitoringStationWithKey>(`/monitoring-stations/${id}/key`, { version }),
  /** A station's readings in a range (7 days by default). */
  readings: (id: string, query: ReadingSeriesQuery) =>
    http.get<ReadingSeries>(`/monitoring-stations/${id}/readings`, { ...query }),
  /** Alarms, newest first. */
  alarms: (query: MonitoringAlarmListQuery) =>
    http.get<MonitoringAlarm[]>('/monitoring-alarms', { ...query }),
  /** Acknowledges an alarm. */
  acknowledge: (id: string, body: AlarmAcknowledgeBody) =>
    http.post<MonitoringAlarm>(`/monitoring-alarms/${id}/acknowledge`, body),
  /** Turns an outlet's alarm into a hazard. */
  raiseHazard: (id: string, body: AlarmHazardBody) =>
    http.post<MonitoringAlarm>(`/monitoring-alarms/${id}/hazard`, body),
};
