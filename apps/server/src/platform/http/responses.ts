import type { TSchema } from '@sinclair/typebox';
import { ErrorBody } from '@kaifaqu/contracts';

/** Error statuses every signed-in route can answer. */
const COMMON = [400, 401, 403] as const;

/**
 * The full response map of a route: its success schemas plus the error body for every error
 * status it can answer (architecture rule 3: every response code declared).
 */
export function responses<S extends Record<number, TSchema>>(
  success: S,
  extraErrors: readonly number[] = [],
): S & Record<number, TSchema> {
  const map: Record<number, TSchema> = { ...success };
  for (const status of [...COMMON, ...extraErrors, 500]) map[status] = ErrorBody;
  return map as S & Record<number, TSchema>;
}
