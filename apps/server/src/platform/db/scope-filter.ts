import { sql, type Expression, type SqlBool } from 'kysely';
import type { DataScope } from '../auth/data-scope.js';

/** Which columns of a table carry each kind of ownership; a missing one means "not visible in that scope". */
export interface ScopeColumns {
  enterprise?: string;
  subPark?: string;
  department?: string;
}

/**
 * The WHERE condition that limits a query to a data scope. Every repository read and write of
 * business data goes through this; a table that lacks the column a scope needs yields no rows.
 */
export function scopeFilter(scope: DataScope, columns: ScopeColumns): Expression<SqlBool> {
  switch (scope.kind) {
    case 'zone':
      return sql<SqlBool>`1 = 1`;
    case 'subParks':
      if (!columns.subPark || scope.subParkIds.length === 0) return sql<SqlBool>`1 = 0`;
      return sql<SqlBool>`${sql.ref(columns.subPark)} in (${sql.join([...scope.subParkIds])})`;
    case 'department':
      if (!columns.department || !scope.departmentId) return sql<SqlBool>`1 = 0`;
      return sql<SqlBool>`${sql.ref(columns.department)} = ${scope.departmentId}`;
    case 'enterprise':
      if (!columns.enterprise) return sql<SqlBool>`1 = 0`;
      return sql<SqlBool>`${sql.ref(columns.enterprise)} = ${scope.enterpriseId}`;
  }
}
