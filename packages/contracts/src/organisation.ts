import { Type, type Static } from '@sinclair/typebox';
import { Id, Name, Nullable, StrictObject, Timestamp, Version } from './common.js';

/** Administrative division code (行政区划代码): six digits. */
const DivisionCode = Type.String({ pattern: '^\\d{6}$' });

/** The zone (开发区) this deployment serves. */
export const Zone = Type.Object({
  id: Id,
  name: Type.String(),
  divisionCode: Type.String(),
  version: Version,
  updatedAt: Timestamp,
});
export type Zone = Static<typeof Zone>;

/** Editable fields of the zone. */
export const ZoneUpdateBody = StrictObject({ name: Name(100), divisionCode: DivisionCode, version: Version });
export type ZoneUpdateBody = Static<typeof ZoneUpdateBody>;

/** Record status shared by organisation units: archived ones are kept, not deleted. */
export const UnitStatus = Type.Union([Type.Literal('active'), Type.Literal('archived')]);
export type UnitStatus = Static<typeof UnitStatus>;

/** A sub-park (一区多园 的"园"). */
export const SubPark = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  /** 四至: the boundary as the zone describes it (east/south/west/north). */
  boundary: Type.String(),
  /** Planned area in 亩, as a decimal string to keep it exact. */
  areaMu: Nullable(Type.String()),
  status: UnitStatus,
  version: Version,
  updatedAt: Timestamp,
});
export type SubPark = Static<typeof SubPark>;

const AreaMu = Nullable(Type.String({ pattern: '^\\d{1,9}(\\.\\d{1,2})?$' }));
const Code = Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' });

/** Create a sub-park. */
export const SubParkCreateBody = StrictObject({
  code: Code,
  name: Name(100),
  boundary: Type.String({ maxLength: 500 }),
  areaMu: AreaMu,
});
export type SubParkCreateBody = Static<typeof SubParkCreateBody>;

/** Update a sub-park (including archiving it). */
export const SubParkUpdateBody = StrictObject({
  name: Name(100),
  boundary: Type.String({ maxLength: 500 }),
  areaMu: AreaMu,
  status: UnitStatus,
  version: Version,
});
export type SubParkUpdateBody = Static<typeof SubParkUpdateBody>;

/** A department (科室/部门) of the committee. */
export const Department = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  /** What the department does, in a line (e.g. 招商引资). */
  duties: Type.String(),
  /** 部门负责人 (a user id): overdue hazards escalate to them. */
  headUserId: Nullable(Id),
  status: UnitStatus,
  version: Version,
  updatedAt: Timestamp,
});
export type Department = Static<typeof Department>;

/** Create a department. */
export const DepartmentCreateBody = StrictObject({
  code: Code,
  name: Name(100),
  duties: Type.String({ maxLength: 500 }),
  headUserId: Type.Optional(Nullable(Id)),
});
export type DepartmentCreateBody = Static<typeof DepartmentCreateBody>;

/** Update a department. */
export const DepartmentUpdateBody = StrictObject({
  name: Name(100),
  duties: Type.String({ maxLength: 500 }),
  /** Omitted: unchanged. */
  headUserId: Type.Optional(Nullable(Id)),
  status: UnitStatus,
  version: Version,
});
export type DepartmentUpdateBody = Static<typeof DepartmentUpdateBody>;
