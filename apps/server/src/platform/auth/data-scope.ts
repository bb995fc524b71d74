declare const scopeBrand: unique symbol;

type ScopeShape =
  | { kind: 'zone' }
  | { kind: 'subParks'; subParkIds: readonly string[] }
  | { kind: 'department'; departmentId: string | null }
  | { kind: 'enterprise'; enterpriseId: string };

/**
 * The data scope every business query receives: whole zone, listed sub-parks, own department or
 * own enterprise. It is branded so it can only be made here — from a signed-in user's record or,
 * for scheduled jobs, explicitly as the system — never from request data.
 */
export type DataScope = Readonly<ScopeShape> & {
  readonly [scopeBrand]: true;
  /** The user acting, or null for the system (jobs, seeding, CLI). */
  readonly actorUserId: string | null;
};

/** The stored scope columns of a user. */
export interface StoredScope {
  scope_kind: 'zone' | 'subParks' | 'department' | 'enterprise';
  scope_sub_park_ids: string;
  department_id: string | null;
  enterprise_id: string | null;
}

/** Builds the scope of a signed-in user from their account row. An incoherent row sees nothing. */
export function scopeOfUser(userId: string, row: StoredScope): DataScope {
  const make = (shape: ScopeShape) => ({ ...shape, actorUserId: userId }) as DataScope;
  switch (row.scope_kind) {
    case 'zone':
      return make({ kind: 'zone' });
    case 'subParks':
      return make({ kind: 'subParks', subParkIds: parseIdList(row.scope_sub_park_ids) });
    case 'department':
      return make({ kind: 'department', departmentId: row.department_id });
    case 'enterprise':
      // An enterprise account without its enterprise sees nothing rather than everything.
      return row.enterprise_id
        ? make({ kind: 'enterprise', enterpriseId: row.enterprise_id })
        : make({ kind: 'subParks', subParkIds: [] });
  }
}

/** The whole-zone scope for work the system does on its own (jobs, seeding, CLI). */
export function systemScope(): DataScope {
  return { kind: 'zone', actorUserId: null } as DataScope;
}

/** Parses the JSON list of ids kept in `scope_sub_park_ids`. */
export function parseIdList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
