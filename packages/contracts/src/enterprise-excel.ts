import { Type, type Static } from '@sinclair/typebox';
import { EnterpriseListQuery } from './enterprises.js';

// Excel import and export of the enterprise registry.

/** One problem of an import, located by row and column. */
export const ImportProblem = Type.Object({
  row: Type.Integer(),
  column: Type.String(),
  message: Type.String(),
});
export type ImportProblem = Static<typeof ImportProblem>;

/** Result of an import that passed: nothing is written unless every row is valid. */
export const ImportResult = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type ImportResult = Static<typeof ImportResult>;

/** Error codes of the enterprise import: a file that cannot be read, or rows that did not pass. */
export const ImportErrorCode = { fileInvalid: 'IMPORT_FILE_INVALID', rowsInvalid: 'IMPORT_INVALID' } as const;

/**
 * The 400 body of the import: the usual error body, plus `problems` (every row and column that
 * failed) when the code is IMPORT_INVALID. Nothing is written when this is the answer.
 */
export const ImportErrorBody = Type.Object({
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(
    Type.Array(Type.Object({ path: Type.String(), message: Type.String() }, { additionalProperties: false })),
  ),
  problems: Type.Optional(Type.Array(ImportProblem)),
});
export type ImportErrorBody = Static<typeof ImportErrorBody>;

/** Filters of the Excel export: the list's filters without paging. */
export const EnterpriseExportQuery = Type.Omit(EnterpriseListQuery, ['page', 'pageSize'], {
  additionalProperties: false,
});
export type EnterpriseExportQuery = Static<typeof EnterpriseExportQuery>;
