/**
 * Commitments and milestones from JSON: core's readers, with the CSV readers' rules and
 * messages (an unknown `completion` is an error naming its record and field). Loaded only
 * for JSON files, so a CSV or property page never downloads them.
 */
export { readCommitmentsJson, readMilestonesJson } from '@rendir/core';
