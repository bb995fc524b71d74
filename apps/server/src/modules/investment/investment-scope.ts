import { sql, type Expression, type SqlBool } from 'kysely';
import type { DataScope } from '../../platform/auth/data-scope.js';
import { scopeFilter } from '../../platform/db/scope-filter.js';

/**
 * Investors, agents, leads and activities are zone-level records of the investment office: any
 * holder of investment:read sees all of them, whatever their sub-park or department. An
 * enterprise account never does, even if a role were to grant the permission by mistake.
 */
export function zoneRecords(scope: DataScope): Expression<SqlBool> {
  return scope.kind === 'enterprise' ? sql<SqlBool>`1 = 0` : sql<SqlBool>`1 = 1`;
}

/** Projects shown beside investment records follow the caller's data scope like every project read. */
export function projectsInScope(scope: DataScope): Expression<SqlBool> {
  return scopeFilter(scope, {
    enterprise: 'projects.enterprise_id',
    subPark: 'projects.sub_park_id',
    department: 'projects.department_id',
  });
}
