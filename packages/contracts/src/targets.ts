import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, StrictObject, Timestamp, Version } from './common.js';

/** A target year; targets are annual (domain.md §3). */
export const TargetYear = Type.Integer({ minimum: 2000, maximum: 2100 });

/** Who counts a subject: 'indicator', 'enterprises' … — one kind per registered source module. */
export const TargetSubjectKind = Type.String({ pattern: '^[a-z][A-Za-z0-9]{1,31}$', maxLength: 32 });

/** A subject's code within its kind (an indicator code, 'newlySettled' …). */
export const TargetSubjectCode = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]{0,63}$', maxLength: 64 });

/** An annual target or actual as an integer of 10^-scale units; below 9e15 so it stays a safe integer. */
export const TargetValue = Type.Integer({ minimum: 0, maximum: 8_999_999_999_999_999 });

/** Stable codes of the module's refusals, for the web's English texts. */
export const TargetErrorCode = {
  subjectUnknown: 'TARGET_SUBJECT_UNKNOWN',
  duplicate: 'TARGET_DUPLICATE',
} as const;

/** Something a target can be set for: an indicator, a count of enterprises, of projects … */
export const TargetSubject = Type.Object({
  kind: Type.String(),
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  unit: Type.String(),
  /** Values are integers: value × 10^scale in `unit` (万元 with scale 6 is stored in 分). */
  scale: Type.Integer(),
});
export type TargetSubject = Static<typeof TargetSubject>;

/** An annual target (目标任务), owned by a department. */
export const Target = Type.Object({
  id: Id,
  year: Type.Integer(),
  subjectKind: Type.String(),
  subjectCode: Type.String(),
  /** value × 10^scale of the subject, in its unit. */
  targetValue: Type.Integer(),
  ownerDepartmentId: Id,
  note: Nullable(Type.String()),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Target = Static<typeof Target>;

const Note = Nullable(Type.String({ maxLength: 500 }));

/** Set a target; one per year and subject. */
export const TargetCreateBody = StrictObject({
  year: TargetYear,
  subjectKind: TargetSubjectKind,
  subjectCode: TargetSubjectCode,
  targetValue: TargetValue,
  ownerDepartmentId: Id,
  note: Note,
});
export type TargetCreateBody = Static<typeof TargetCreateBody>;

/** Change a target's figure, owner or note; its year and subject are fixed. */
export const TargetUpdateBody = StrictObject({
  targetValue: TargetValue,
  ownerDepartmentId: Id,
  note: Note,
  version: Version,
});
export type TargetUpdateBody = Static<typeof TargetUpdateBody>;

/** Query of the targets of a year. */
export const TargetListQuery = StrictObject({ year: TargetYear });
export type TargetListQuery = Static<typeof TargetListQuery>;

/** Query of progress: 1–`month`月 of `year`. */
export const TargetProgressQuery = StrictObject({
  year: TargetYear,
  month: Type.Integer({ minimum: 1, maximum: 12 }),
});
export type TargetProgressQuery = Static<typeof TargetProgressQuery>;

/** Query of a deletion: the version the caller last read. */
export const TargetDeleteQuery = StrictObject({ version: Version });
export type TargetDeleteQuery = Static<typeof TargetDeleteQuery>;

/** Where a target stands against 序时进度; 'unknown' without an actual or a positive target. */
export const TargetStanding = Type.Union([
  Type.Literal('ahead'),
  Type.Literal('behind'),
  Type.Literal('onPace'),
  Type.Literal('unknown'),
]);
export type TargetStanding = Static<typeof TargetStanding>;

/** A target with its actual to date, 完成率, 序时进度 and the gap between them. */
export const TargetProgress = Type.Object({
  ...Target.properties,
  /** Null when no registered source names the subject any more. */
  subject: Nullable(TargetSubject),
  /** 1–N月 actual in the subject's integer units, in the caller's data scope; null when unknown. */
  actual: Nullable(Type.Integer()),
  /** actual / target as a fraction (0.512 = 51.2%). */
  completionRate: Nullable(Type.Number()),
  /** months elapsed / 12 as a fraction. */
  timeElapsedProgress: Type.Number(),
  /** 完成率 − 序时进度 in percentage points, one decimal; positive = 超序时进度. */
  gapPoints: Nullable(Type.Number()),
  standing: TargetStanding,
});
export type TargetProgress = Static<typeof TargetProgress>;
