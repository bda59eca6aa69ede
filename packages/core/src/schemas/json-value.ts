/**
 * A JSON value as a problem quotes it, and the problem of a value that is not of the type
 * its place takes. Small and free of the readers: a widget's first chunk checks the values
 * a page sets on its typed properties with it.
 */
import { contentError } from '../errors.ts';
import { msg } from '../message.ts';
import type { ContentError } from '../types.ts';

/** A value as an error quotes it: text as it is, other values as JSON (objects and lists elided). */
export function jsonValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  return String(value);
}

/** The JSON types a value set on a widget's attribute-backed property may have. */
export type PlainType = 'string' | 'number' | 'boolean';

/**
 * The problem of `value` where a text, a whole number or true/false goes, named by `file`
 * (a page's property: «<rendir-dataset> keywords: […] no es un texto»).
 */
export function notOfType(file: string, value: unknown, type: PlainType): ContentError {
  const quoted = jsonValueText(value);
  if (type === 'boolean')
    return contentError({
      file,
      code: 'schema.invalid_value',
      value: quoted,
      expected: msg('schema.invalid_value.expected', { allowed: 'true, false' }),
      message: msg('schema.invalid_value'),
    });
  const [code, expected] =
    type === 'string'
      ? (['json.not_text', 'json.not_text.expected'] as const)
      : (['json.not_count', 'json.not_count.expected'] as const);
  return contentError({ file, code, value: quoted, expected: msg(expected), message: msg(code) });
}
