/**
 * Indicators given as JSON or as the `indicators` property: core's reader, with the CSV
 * reader's rules and messages (a bad value is an error naming its record and field).
 * Loaded only for them: a CSV page never downloads it.
 */
export { readIndicatorsJson } from '@rendir/core';
