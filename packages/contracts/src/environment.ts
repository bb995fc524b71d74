import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Name, Nullable, StrictObject, Timestamp, Version } from './common.js';

// Environment (环保): discharge permits (排污许可), monitoring stations, readings and alarms.
// Measured values and limits travel as decimal numbers (at most 3 decimals); the server keeps
// them as integers × 1000.

/** Stable codes of the module's refusals, for the web's English texts. */
export const EnvironmentErrorCode = {
  permitNoTaken: 'ENV_PERMIT_NO_TAKEN',
  permitDates: 'ENV_PERMIT_DATES_INVALID',
  permitRevoked: 'ENV_PERMIT_REVOKED',
  stationCodeTaken: 'ENV_STATION_CODE_TAKEN',
  stationEnterprise: 'ENV_STATION_ENTERPRISE_INVALID',
  thresholdInvalid: 'ENV_THRESHOLD_INVALID',
  /** Ingestion: missing, unknown or wrong station key, or an inactive station. */
  stationKeyInvalid: 'ENV_STATION_KEY_INVALID',
  /** Ingestion: a reading of the batch is unacceptable; nothing of the batch was stored. */
  readingInvalid: 'ENV_READING_INVALID',
  alarmNotOpen: 'ENV_ALARM_NOT_OPEN',
  alarmWithoutEnterprise: 'ENV_ALARM_WITHOUT_ENTERPRISE',
} as const;

/** 排污许可管理类别: 重点管理 / 简化管理 / 登记管理 (排污登记). */
export const PermitManagementClass = Type.Union([
  Type.Literal('key'),
  Type.Literal('simplified'),
  Type.Literal('registration'),
]);
export type PermitManagementClass = Static<typeof PermitManagementClass>;

/** A permit in force or revoked (注销/撤销); expiry is computed, never stored. */
export const PermitStatus = Type.Union([Type.Literal('active'), Type.Literal('revoked')]);
export type PermitStatus = Static<typeof PermitStatus>;

/** Years a permit (and a 排污登记) is valid for unless its dates say otherwise. */
export const PERMIT_VALIDITY_YEARS = 5;

/** A discharge permit (排污许可) of one enterprise. */
export const DischargePermit = Type.Object({
  id: Id,
  enterpriseId: Id,
  enterpriseName: Type.String(),
  subParkId: Nullable(Id),
  departmentId: Nullable(Id),
  permitNo: Type.String(),
  managementClass: PermitManagementClass,
  issuedOn: DateString,
  validFrom: DateString,
  validTo: DateString,
  /** Main pollutants and discharge modes, as written on the permit. */
  pollutants: Type.String(),
  fileIds: Type.Array(Id),
  note: Nullable(Type.String()),
  status: PermitStatus,
  /** Days from today (Asia/Shanghai) to validTo; negative once expired. */
  expiresInDays: Type.Integer(),
  expired: Type.Boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DischargePermit = Static<typeof DischargePermit>;

const permitFields = {
  permitNo: Type.String({ minLength: 3, maxLength: 40, pattern: '^[0-9A-Za-z-]+$' }),
  managementClass: PermitManagementClass,
  issuedOn: DateString,
  validFrom: DateString,
  /** Null: five years from validFrom, less one day. */
  validTo: Nullable(DateString),
  pollutants: Type.String({ maxLength: 1000 }),
  fileIds: Type.Array(Id, { maxItems: 20, uniqueItems: true }),
  note: Nullable(Type.String({ maxLength: 500 })),
};

/** Register an enterprise's permit. */
export const DischargePermitCreateBody = StrictObject({ enterpriseId: Id, ...permitFields });
export type DischargePermitCreateBody = Static<typeof DischargePermitCreateBody>;

/** Correct or renew (延续) a permit; its enterprise is fixed. */
export const DischargePermitUpdateBody = StrictObject({ ...permitFields, version: Version });
export type DischargePermitUpdateBody = Static<typeof DischargePermitUpdateBody>;

/** Filters of the permit list. */
export const DischargePermitListQuery = StrictObject({
  enterpriseId: Type.Optional(Id),
  status: Type.Optional(PermitStatus),
  /** Only active permits ending within this many days (expired ones included). */
  expiringWithinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
});
export type DischargePermitListQuery = Static<typeof DischargePermitListQuery>;

/** Pollutant codes the platform knows, with their usual unit. */
export const POLLUTANTS = {
  PM2_5: { nameZh: 'PM2.5', nameEn: 'PM2.5', unit: 'μg/m³', medium: 'air' },
  PM10: { nameZh: 'PM10', nameEn: 'PM10', unit: 'μg/m³', medium: 'air' },
  SO2: { nameZh: '二氧化硫', nameEn: 'SO₂', unit: 'μg/m³', medium: 'air' },
  NO2: { nameZh: '二氧化氮', nameEn: 'NO₂', unit: 'μg/m³', medium: 'air' },
  O3: { nameZh: '臭氧', nameEn: 'O₃', unit: 'μg/m³', medium: 'air' },
  CO: { nameZh: '一氧化碳', nameEn: 'CO', unit: 'mg/m³', medium: 'air' },
  COD: { nameZh: '化学需氧量', nameEn: 'COD', unit: 'mg/L', medium: 'water' },
  NH3_N: { nameZh: '氨氮', nameEn: 'NH₃-N', unit: 'mg/L', medium: 'water' },
  TP: { nameZh: '总磷', nameEn: 'Total P', unit: 'mg/L', medium: 'water' },
  TN: { nameZh: '总氮', nameEn: 'Total N', unit: 'mg/L', medium: 'water' },
  pH: { nameZh: 'pH 值', nameEn: 'pH', unit: '', medium: 'water' },
  FLOW: { nameZh: '流量', nameEn: 'Flow', unit: 'm³/h', medium: 'water' },
} as const;
export type PollutantCode = keyof typeof POLLUTANTS;

/** A pollutant code of POLLUTANTS. */
export const Pollutant = Type.Union(
  (Object.keys(POLLUTANTS) as PollutantCode[]).map((code) => Type.Literal(code)),
);

/** 空气质量监测站 or 污水排放口 (an enterprise's outlet). */
export const StationKind = Type.Union([Type.Literal('airQuality'), Type.Literal('wastewaterOutlet')]);
export type StationKind = Static<typeof StationKind>;

/** A measured value or limit: a finite decimal; three decimals are kept. */
export const MeasuredValue = Type.Number({ minimum: -1_000_000_000, maximum: 1_000_000_000 });

/** A limit of one pollutant at one station; a reading above upper (or below lower) raises an alarm. */
export const MonitoringThreshold = StrictObject({
  pollutant: Pollutant,
  unit: Type.String({ maxLength: 16 }),
  upperLimit: Nullable(MeasuredValue),
  /** pH and the like also have a lower limit. */
  lowerLimit: Nullable(MeasuredValue),
});
export type MonitoringThreshold = Static<typeof MonitoringThreshold>;

/** The latest reading of one pollutant. */
export const LatestReading = Type.Object({
  pollutant: Type.String(),
  measuredAt: Timestamp,
  value: Type.Number(),
  exceeded: Type.Boolean(),
});
export type LatestReading = Static<typeof LatestReading>;

/** A monitoring station with its limits, latest readings and open alarms. */
export const MonitoringStation = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  kind: StationKind,
  enterpriseId: Nullable(Id),
  enterpriseName: Nullable(Type.String()),
  subParkId: Nullable(Id),
  location: Type.String(),
  active: Type.Boolean(),
  keyRotatedAt: Timestamp,
  thresholds: Type.Array(MonitoringThreshold),
  latest: Type.Array(LatestReading),
  openAlarmCount: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MonitoringStation = Static<typeof MonitoringStation>;

const StationCode = Type.String({ minLength: 2, maxLength: 32, pattern: '^[A-Za-z0-9_-]+$' });
const Thresholds = Type.Array(MonitoringThreshold, { maxItems: 20 });

/** Register a station; an outlet names its enterprise, an air station may name a sub-park. */
export const MonitoringStationCreateBody = StrictObject({
  code: StationCode,
  name: Name(100),
  kind: StationKind,
  enterpriseId: Nullable(Id),
  subParkId: Nullable(Id),
  location: Type.String({ maxLength: 200 }),
  thresholds: Thresholds,
});
export type MonitoringStationCreateBody = Static<typeof MonitoringStationCreateBody>;

/** Rename, move, (de)activate a station or replace its limits. */
export const MonitoringStationUpdateBody = StrictObject({
  name: Name(100),
  location: Type.String({ maxLength: 200 }),
  active: Type.Boolean(),
  thresholds: Thresholds,
  version: Version,
});
export type MonitoringStationUpdateBody = Static<typeof MonitoringStationUpdateBody>;

/** A station with its new ingestion key, shown this once (only its hash is kept). */
export const MonitoringStationWithKey = Type.Object({
  station: MonitoringStation,
  /** Send as `Authorization: Bearer <apiKey>`; it begins with the station code. */
  apiKey: Type.String(),
});
export type MonitoringStationWithKey = Static<typeof MonitoringStationWithKey>;

/** Query of a station's series. */
export const ReadingSeriesQuery = StrictObject({
  pollutant: Type.Optional(Pollutant),
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
});
export type ReadingSeriesQuery = Static<typeof ReadingSeriesQuery>;

/** One stored reading. */
export const MonitoringReading = Type.Object({
  pollutant: Type.String(),
  measuredAt: Timestamp,
  value: Type.Number(),
});
export type MonitoringReading = Static<typeof MonitoringReading>;

/** Up to 5,000 readings of a station, oldest first (7 days by default). */
export const ReadingSeries = Type.Object({
  stationId: Id,
  from: Timestamp,
  to: Timestamp,
  readings: Type.Array(MonitoringReading),
  truncated: Type.Boolean(),
});
export type ReadingSeries = Static<typeof ReadingSeries>;

/** Body of the ingestion endpoint: 1–500 readings, stored all or none. */
export const ReadingIngestBody = StrictObject({
  readings: Type.Array(
    StrictObject({
      pollutant: Type.String({ minLength: 1, maxLength: 16 }),
      /** ISO-8601 with an offset (Z or +08:00). */
      measuredAt: Type.String({ format: 'date-time', maxLength: 40 }),
      value: MeasuredValue,
    }),
    { minItems: 1, maxItems: 500 },
  ),
});
export type ReadingIngestBody = Static<typeof ReadingIngestBody>;

/** What an ingestion stored. */
export const ReadingIngestResult = Type.Object({
  /** Readings stored now. */
  stored: Type.Integer(),
  /** Readings already stored earlier (same pollutant and time): ignored. */
  duplicates: Type.Integer(),
  /** Alarms raised by this batch (exceedances of an already open alarm only update it). */
  alarmsRaised: Type.Integer(),
});
export type ReadingIngestResult = Static<typeof ReadingIngestResult>;

/** 报警 state: open → acknowledged (已确认) or hazardRaised (已转隐患). */
export const AlarmStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('acknowledged'),
  Type.Literal('hazardRaised'),
]);
export type AlarmStatus = Static<typeof AlarmStatus>;

/** An alarm: a run of readings beyond a station's limit for one pollutant. */
export const MonitoringAlarm = Type.Object({
  id: Id,
  stationId: Id,
  stationCode: Type.String(),
  stationName: Type.String(),
  enterpriseId: Nullable(Id),
  pollutant: Type.String(),
  /** 'upper': above the upper limit; 'lower': below the lower limit. */
  limitKind: Type.Union([Type.Literal('upper'), Type.Literal('lower')]),
  limit: Type.Number(),
  firstValue: Type.Number(),
  lastValue: Type.Number(),
  raisedAt: Timestamp,
  lastAt: Timestamp,
  count: Type.Integer(),
  status: AlarmStatus,
  handledBy: Nullable(Id),
  handledAt: Nullable(Timestamp),
  note: Nullable(Type.String()),
  hazardId: Nullable(Id),
  version: Version,
});
export type MonitoringAlarm = Static<typeof MonitoringAlarm>;

/** Filters of the alarm list (newest first, at most 200). */
export const MonitoringAlarmListQuery = StrictObject({
  status: Type.Optional(AlarmStatus),
  stationId: Type.Optional(Id),
});
export type MonitoringAlarmListQuery = Static<typeof MonitoringAlarmListQuery>;

/** Acknowledge (确认) an alarm: staff looked at it; nothing more to do. */
export const AlarmAcknowledgeBody = StrictObject({
  note: Type.String({ minLength: 1, maxLength: 500 }),
  version: Version,
});
export type AlarmAcknowledgeBody = Static<typeof AlarmAcknowledgeBody>;

/** Turn an outlet's alarm into a hazard (转为隐患) of its enterprise. */
export const AlarmHazardBody = StrictObject({
  grade: Type.Union([Type.Literal('general'), Type.Literal('major')]),
  deadline: DateString,
  responsiblePerson: Name(50),
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  version: Version,
});
export type AlarmHazardBody = Static<typeof AlarmHazardBody>;
