/**
 * The problem of a value a typed property refused (typed-properties.ts), said by core and
 * named after the property: loaded only when a page sets a value of the wrong type.
 */
import { notOfType, type ContentError, type PlainType } from '@rendir/core';
import { propertyFile } from './property-data.ts';

export function problemOf(
  host: Element,
  property: string,
  value: unknown,
  type: PlainType,
): ContentError {
  return notOfType(propertyFile(host, property), value, type);
}
