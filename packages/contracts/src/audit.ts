import { Type, type Static } from '@sinclair/typebox';
import { DateString, Nullable, PageQuery, StrictObject, Timestamp } from './common.js';

/** Outcome of an audited action. */
export const AuditResult = Type.Union([
  Type.Literal('success'),
  Type.Literal('failure'),
  Type.Literal('denied'),
]);
export type AuditResult = Static<typeof AuditResult>;

/** One append-only audit row (security.md 19). */
export const AuditEvent = Type.Object({
  seq: Type.Integer(),
  at: Timestamp,
  userId: Nullable(Type.String()),
  username: Nullable(Type.String()),
  roleCodes: Type.String(),
  enterpriseId: Nullable(Type.String()),
  ip: Type.String(),
  action: Type.String(),
  objectType: Nullable(Type.String()),
  objectId: Nullable(Type.String()),
  result: AuditResult,
  detail: Type.String(),
  changeDigest: Nullable(Type.String()),
  hash: Type.String(),
});
export type AuditEvent = Static<typeof AuditEvent>;

/** Filters of the audit trail. */
export const AuditQuery = StrictObject({
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  username: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 64 })),
  result: Type.Optional(AuditResult),
  ...PageQuery,
});
export type AuditQuery = Static<typeof AuditQuery>;

/** Result of walking the hash chain. */
export const AuditVerification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstBrokenSeq: Nullable(Type.Integer()),
});
export type AuditVerification = Static<typeof AuditVerification>;
