/**
 * Indicators given as JSON: core's reader, with the CSV reader's rules and messages (a bad
 * value is an error naming its record and field). Loaded only for JSON: a CSV or property
 * page never downloads it.
 */
export { readIndicatorsJson } from '@rendir/core';
