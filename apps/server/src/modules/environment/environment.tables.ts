/** 排污许可: one permit (or 排污登记) of one enterprise. */
export interface DischargePermitTable {
  id: string;
  enterprise_id: string;
  /** The enterprise's sub-park when the permit was registered. */
  sub_park_id: string | null;
  /** The department of the staff member who registered it; receives the expiry reminders. */
  department_id: string | null;
  permit_no: string;
  management_class: 'key' | 'simplified' | 'registration';
  issued_on: string;
  valid_from: string;
  valid_to: string;
  pollutants: string;
  /** JSON list of attachment ids. */
  file_ids: string;
  note: string | null;
  status: 'active' | 'revoked';
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An air-quality station or an enterprise's wastewater outlet that sends readings. */
export interface MonitoringStationTable {
  id: string;
  code: string;
  name: string;
  kind: 'airQuality' | 'wastewaterOutlet';
  /** Required for wastewater outlets; null for zone-level air stations. */
  enterprise_id: string | null;
  sub_park_id: string | null;
  department_id: string | null;
  location: string;
  /** sha256 hex of the ingestion key; the key itself is shown once and never stored. */
  key_hash: string;
  key_rotated_at: string;
  active: number;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A station's limit for one pollutant, × 1000. */
export interface MonitoringThresholdTable {
  station_id: string;
  pollutant: string;
  unit: string;
  upper_limit: number | null;
  lower_limit: number | null;
}

/** One measured value, × 1000; (station, pollutant, measured_at) is unique. */
export interface MonitoringReadingTable {
  station_id: string;
  pollutant: string;
  measured_at: string;
  value: number;
  received_at: string;
}

/** 报警: readings beyond a limit, one open alarm per station and pollutant at a time. */
export interface MonitoringAlarmTable {
  id: string;
  station_id: string;
  pollutant: string;
  limit_kind: 'upper' | 'lower';
  limit_value: number;
  first_value: number;
  last_value: number;
  raised_at: string;
  last_at: string;
  count: number;
  status: 'open' | 'acknowledged' | 'hazardRaised';
  handled_by: string | null;
  handled_at: string | null;
  note: string | null;
  hazard_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/database.js' {
  interface Database {
    discharge_permits: DischargePermitTable;
    monitoring_stations: MonitoringStationTable;
    monitoring_thresholds: MonitoringThresholdTable;
    monitoring_readings: MonitoringReadingTable;
    monitoring_alarms: MonitoringAlarmTable;
  }
}
