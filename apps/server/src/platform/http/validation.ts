import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const shared: Options = { removeAdditional: false, useDefaults: true, allErrors: true, addUsedSchema: false };

/**
 * Request validation with two validators. Query strings, path parameters and headers arrive as
 * text, so they are coerced to the declared types. JSON bodies are not: coercion would turn a
 * typed 0 into null for a nullable number (or null into "" or 0, depending on the order of a
 * union), silently changing what the caller sent.
 */
export function requestValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const coercing = addFormats.default(new Ajv({ ...shared, coerceTypes: 'array' }));
  const exact = addFormats.default(new Ajv({ ...shared, coerceTypes: false }));
  return ({ schema, httpPart }) => (httpPart === 'body' ? exact : coercing).compile(schema as object);
}
