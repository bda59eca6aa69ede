/**
 * Reading the `population` attribute with the core's number reader (`7900000`,
 * `7.900.000`, `7,900,000`): loaded only when a viewer has a population, so that the
 * bundle does not carry the number reader for everyone.
 */
import { parseNumber } from '@rendir/core';

/** The population as an exact whole number, else undefined. */
export function wholePopulation(raw: string): string | undefined {
  const parsed = parseNumber(raw, undefined);
  if (!('value' in parsed) || parsed.isPercent || !/^[1-9]\d*$/.test(parsed.value)) {
    return undefined;
  }
  return parsed.value;
}
