import { Type, type Static } from '@sinclair/typebox';
import { DateString, Id, Name, Nullable, PageQuery, StrictObject, Timestamp, Version } from './common.js';
import { FileMeta } from './files.js';

/** Lifecycle of an enterprise in the zone (签约/在建/投产/停产/迁出/注销). */
export const enterpriseStatuses = [
  'signed',
  'underConstruction',
  'inProduction',
  'suspended',
  'movedOut',
  'deregistered',
] as const;
export const EnterpriseStatus = Type.Union(enterpriseStatuses.map((s) => Type.Literal(s)));
export type EnterpriseStatus = Static<typeof EnterpriseStatus>;

/** Ownership (内资/外资/港澳台). */
export const ownerships = ['domestic', 'foreign', 'hkMacauTaiwan'] as const;
export const Ownership = Type.Union(ownerships.map((s) => Type.Literal(s)));
export type Ownership = Static<typeof Ownership>;

/** Currencies registered capital is stated in. */
export const currencies = ['CNY', 'USD', 'HKD', 'EUR', 'JPY'] as const;
export const Currency = Type.Union(currencies.map((s) => Type.Literal(s)));
export type Currency = Static<typeof Currency>;

/** Qualification kinds (规上, 高新技术, 科技型中小, 创新型中小, 专精特新, 小巨人, 上市). */
export const qualificationKinds = [
  'aboveScale',
  'highTech',
  'techSme',
  'innovativeSme',
  'specialisedSme',
  'littleGiant',
  'listed',
] as const;
export const QualificationKind = Type.Union(qualificationKinds.map((s) => Type.Literal(s)));
export type QualificationKind = Static<typeof QualificationKind>;

const CreditCode = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' });
const IndustryCode = Type.String({ pattern: '^\\d{4}$' });
const AreaMu = Nullable(Type.String({ pattern: '^\\d{1,9}(\\.\\d{1,2})?$' }));
const Phone = Nullable(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' }));
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 20, uniqueItems: true });

/** The GB/T 4754-2017 path of an industry code. */
export const IndustryPath = Type.Object({
  classCode: Type.String(),
  className: Type.String(),
  groupCode: Type.String(),
  groupName: Type.String(),
  divisionCode: Type.String(),
  divisionName: Type.String(),
  sectionCode: Type.String(),
  sectionName: Type.String(),
});
export type IndustryPath = Static<typeof IndustryPath>;

/** An enterprise of the registry (入驻企业). */
export const Enterprise = Type.Object({
  id: Id,
  creditCode: Type.String(),
  name: Type.String(),
  legalRepresentative: Type.String(),
  /** Registered capital in 分 of `registeredCapitalCurrency`. */
  registeredCapitalFen: Type.Integer(),
  registeredCapitalCurrency: Currency,
  establishedOn: Nullable(DateString),
  settledOn: Nullable(DateString),
  subParkId: Nullable(Id),
  address: Type.String(),
  industryCode: Type.String(),
  industry: Nullable(IndustryPath),
  leadingIndustryCode: Nullable(Type.String()),
  ownership: Ownership,
  landAreaMu: Nullable(Type.String()),
  employees: Type.Integer(),
  contactName: Type.String(),
  contactPhone: Nullable(Type.String()),
  liaisonUserId: Nullable(Id),
  tags: Type.Array(Type.String()),
  status: EnterpriseStatus,
  statusSince: DateString,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Enterprise = Static<typeof Enterprise>;

const editable = {
  name: Name(100),
  legalRepresentative: Type.String({ maxLength: 50 }),
  registeredCapitalFen: Type.Integer({ minimum: 0, maximum: 9_000_000_000_000_000 }),
  registeredCapitalCurrency: Currency,
  establishedOn: Nullable(DateString),
  settledOn: Nullable(DateString),
  subParkId: Nullable(Id),
  address: Type.String({ maxLength: 200 }),
  industryCode: IndustryCode,
  leadingIndustryCode: Nullable(Type.String({ maxLength: 32 })),
  ownership: Ownership,
  landAreaMu: AreaMu,
  employees: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  contactName: Type.String({ maxLength: 50 }),
  contactPhone: Phone,
  liaisonUserId: Nullable(Id),
  tags: Tags,
};

/** Register an enterprise; it starts as 签约 on `statusSince`. */
export const EnterpriseCreateBody = StrictObject({
  creditCode: CreditCode,
  ...editable,
  status: EnterpriseStatus,
  statusSince: DateString,
});
export type EnterpriseCreateBody = Static<typeof EnterpriseCreateBody>;

/** Change an enterprise's profile (staff). */
export const EnterpriseUpdateBody = StrictObject({ ...editable, version: Version });
export type EnterpriseUpdateBody = Static<typeof EnterpriseUpdateBody>;

/** The contact fields an enterprise user may change on its own record. */
export const EnterpriseContactBody = StrictObject({
  contactName: Type.String({ maxLength: 50 }),
  contactPhone: Phone,
  address: Type.String({ maxLength: 200 }),
  version: Version,
});
export type EnterpriseContactBody = Static<typeof EnterpriseContactBody>;

/** A lifecycle change with the date it took effect. */
export const EnterpriseStatusBody = StrictObject({
  status: EnterpriseStatus,
  effectiveOn: DateString,
  note: Type.String({ maxLength: 200 }),
  version: Version,
});
export type EnterpriseStatusBody = Static<typeof EnterpriseStatusBody>;

/** Sort keys the list accepts (an allowlist: no SQL from requests). */
export const enterpriseSortKeys = [
  'name',
  'creditCode',
  'settledOn',
  'employees',
  'landAreaMu',
  'updatedAt',
] as const;

/** Filters of the enterprise list. */
export const EnterpriseListQuery = StrictObject({
  keyword: Type.Optional(Type.String({ maxLength: 100 })),
  subParkId: Type.Optional(Id),
  section: Type.Optional(Type.String({ pattern: '^[A-T]$' })),
  division: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
  status: Type.Optional(EnterpriseStatus),
  qualification: Type.Optional(QualificationKind),
  leadingIndustryCode: Type.Optional(Type.String({ maxLength: 32 })),
  liaisonUserId: Type.Optional(Id),
  sort: Type.Optional(Type.Union(enterpriseSortKeys.map((k) => Type.Literal(k)))),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
  ...PageQuery,
});
export type EnterpriseListQuery = Static<typeof EnterpriseListQuery>;

/** A qualification with its validity (规上 per year; others by dates). */
export const Qualification = Type.Object({
  id: Id,
  enterpriseId: Id,
  kind: QualificationKind,
  year: Nullable(Type.Integer()),
  certificateNo: Type.String(),
  validFrom: Nullable(DateString),
  validTo: Nullable(DateString),
  board: Nullable(Type.String()),
  version: Version,
});
export type Qualification = Static<typeof Qualification>;

/** Add a qualification. */
export const QualificationBody = StrictObject({
  kind: QualificationKind,
  year: Nullable(Type.Integer({ minimum: 2000, maximum: 2100 })),
  certificateNo: Type.String({ maxLength: 64 }),
  validFrom: Nullable(DateString),
  validTo: Nullable(DateString),
  board: Nullable(Type.String({ maxLength: 32 })),
});
export type QualificationBody = Static<typeof QualificationBody>;

/** One entry of the lifecycle history. */
export const StatusHistoryEntry = Type.Object({
  status: EnterpriseStatus,
  effectiveOn: DateString,
  note: Type.String(),
  recordedAt: Timestamp,
  recordedBy: Nullable(Type.String()),
});

/** One field-level change (who, when, old → new). */
export const FieldChange = Type.Object({
  field: Type.String(),
  oldValue: Nullable(Type.String()),
  newValue: Nullable(Type.String()),
  changedAt: Timestamp,
  changedBy: Nullable(Type.String()),
});

/** Lifecycle and field history of an enterprise. */
export const EnterpriseHistory = Type.Object({
  statuses: Type.Array(StatusHistoryEntry),
  changes: Type.Array(FieldChange),
});
export type EnterpriseHistory = Static<typeof EnterpriseHistory>;

/** Query of the headline counts. */
export const EnterpriseCountsQuery = StrictObject({
  asOf: DateString,
  groupBy: Type.Optional(
    Type.Union([Type.Literal('none'), Type.Literal('subPark'), Type.Literal('industry')]),
  ),
});
export type EnterpriseCountsQuery = Static<typeof EnterpriseCountsQuery>;

/** The numbers the summaries open with, for one group. */
export const EnterpriseCounts = Type.Object({
  groupKey: Nullable(Type.String()),
  groupName: Type.String(),
  settled: Type.Integer(),
  underConstruction: Type.Integer(),
  inProduction: Type.Integer(),
  aboveScale: Type.Integer(),
  highTech: Type.Integer(),
  foreignFunded: Type.Integer(),
  listed: Type.Integer(),
});
export type EnterpriseCounts = Static<typeof EnterpriseCounts>;

/** A node of the GB/T 4754-2017 table. */
export const Industry = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.String(),
  parent: Nullable(Type.String()),
});
export type Industry = Static<typeof Industry>;

/** A leading industry of the zone (主导产业). */
export const LeadingIndustry = Type.Object({ code: Type.String(), name: Type.String() });
export type LeadingIndustry = Static<typeof LeadingIndustry>;

/** A section another module adds to 一企一档. */
export const EnterpriseFileSectionView = Type.Object({
  key: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  data: Type.Unknown(),
});

/** 一企一档: everything the zone knows about one enterprise, on one page. */
export const EnterpriseFile = Type.Object({
  enterprise: Enterprise,
  qualifications: Type.Array(Qualification),
  history: EnterpriseHistory,
  attachments: Type.Array(FileMeta),
  sections: Type.Array(EnterpriseFileSectionView),
});
export type EnterpriseFile = Static<typeof EnterpriseFile>;

/** A contact field change by the enterprise itself, or a qualification revocation. */
export const QualificationParams = StrictObject({ id: Id, qualificationId: Id });
export type QualificationParams = Static<typeof QualificationParams>;

/** A staff member who may be assigned as 企业秘书 (names only, for the picker). */
export const LiaisonCandidate = Type.Object({
  id: Id,
  displayName: Type.String(),
  departmentId: Nullable(Id),
});
export type LiaisonCandidate = Static<typeof LiaisonCandidate>;
